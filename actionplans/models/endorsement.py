"""Organisations' positions on a frozen version."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from actionplans.models.versions import PlanVersion
from cdfacil.models import Organisation


class Position(models.Model):
    """One organisation's position on a frozen plan version."""

    class Stance(models.TextChoices):
        ENDORSE = "endorse", _("Endorse")
        ENDORSE_WITH_RESERVATIONS = "reservations", _("Endorse with reservations")
        OBJECT = "object", _("Object")
        ABSTAIN = "abstain", _("Abstain")

    version = models.ForeignKey(PlanVersion, on_delete=models.CASCADE, related_name="positions")
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.PROTECT, related_name="+"
    )
    stance = models.CharField(_("position"), max_length=20, choices=Stance.choices)
    comment = models.TextField(_("comment"), blank=True, max_length=4000)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    on_behalf = models.BooleanField(
        _("recorded by a facilitator on the organisation's behalf"), default=False
    )
    recorded_at = models.DateTimeField(_("recorded at"), auto_now=True)

    class Meta:
        verbose_name = _("position")
        verbose_name_plural = _("positions")
        constraints = [
            models.UniqueConstraint(
                fields=["version", "organisation"], name="position_once_per_organisation"
            ),
        ]

    def __str__(self):
        return f"{self.organisation}: {self.get_stance_display()}"
