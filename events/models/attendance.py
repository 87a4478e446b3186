"""Who was present at each session."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from events.models.agenda import Session
from events.models.people import Participation


class Attendance(models.Model):
    """Whether a participant was present at one session."""

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="attendances")
    participation = models.ForeignKey(
        Participation, on_delete=models.CASCADE, related_name="attendances"
    )
    present = models.BooleanField(_("present"), default=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    recorded_at = models.DateTimeField(_("recorded at"), auto_now=True)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.UniqueConstraint(
                fields=["session", "participation"], name="attendance_once_per_session"
            ),
        ]

    def __str__(self):
        return f"{self.participation} @ {self.session}"
