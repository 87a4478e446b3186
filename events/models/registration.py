"""Stakeholders' requests, through the public link, to join an event."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from cdfacil.models import Organisation
from events.models.event import Event


class RegistrationRequest(models.Model):
    """A stakeholder's request, through the public link, to join an event."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for approval")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="registrations")
    full_name = models.CharField(_("full name"), max_length=150)
    email = models.EmailField(_("email"))
    job_title = models.CharField(_("job title"), max_length=150, blank=True)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
    )
    organisation_name = models.CharField(
        _("organisation not in the list"), max_length=200, blank=True
    )
    organisation_kind = models.CharField(
        _("kind of organisation"),
        max_length=30,
        blank=True,
        choices=Organisation.Kind.choices,
    )
    message = models.TextField(_("message to the facilitators"), blank=True, max_length=2000)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    created_at = models.DateTimeField(_("asked at"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("registration request")
        verbose_name_plural = _("registration requests")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "email"],
                condition=~models.Q(status="declined"),
                name="registration_once_per_email",
            ),
        ]

    def __str__(self):
        return f"{self.full_name} <{self.email}>"
