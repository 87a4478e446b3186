"""A person's role in one event."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from events.models.event import Event


class Participation(models.Model):
    """A person's role in one event."""

    class Role(models.TextChoices):
        FACILITATOR = "facilitator", _("Facilitator")
        CORE_GROUP = "core_group", _("Core-group member")
        STAKEHOLDER = "stakeholder", _("Stakeholder")

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="participations")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="participations"
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    is_lead = models.BooleanField(
        _("lead of the core group"),
        default=False,
        help_text=_("The lead must belong to a government organisation."),
    )
    joined_at = models.DateTimeField(_("joined at"), auto_now_add=True)

    class Meta:
        verbose_name = _("participation")
        verbose_name_plural = _("participations")
        constraints = [
            models.UniqueConstraint(
                fields=["event", "user"],
                name="participation_once_per_event",
                violation_error_message=_("This person already takes part in the event."),
            ),
            models.UniqueConstraint(
                fields=["event"],
                condition=models.Q(is_lead=True),
                name="participation_one_lead_per_event",
                violation_error_message=_("The core group already has a lead."),
            ),
            models.CheckConstraint(
                condition=models.Q(is_lead=False) | models.Q(role="core_group"),
                name="participation_lead_is_core_group",
                violation_error_message=_("Only a core-group member can be the lead."),
            ),
        ]

    def __str__(self):
        return f"{self.user} - {self.get_role_display()}"
