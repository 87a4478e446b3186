"""Donors' pledges to the actions of a published version."""

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from actionplans.models.plan import Action
from actionplans.models.versions import PlanVersion
from cdfacil.currencies import CurrencyField
from cdfacil.models import Organisation


class Pledge(models.Model):
    """A donor's support to an action of a published, endorsed plan version."""

    class Status(models.TextChoices):
        INDICATED = "indicated", _("Indicated")
        COMMITTED = "committed", _("Committed")
        DISBURSED = "disbursed", _("Disbursed")

    action = models.ForeignKey(Action, on_delete=models.PROTECT, related_name="pledges")
    version = models.ForeignKey(PlanVersion, on_delete=models.PROTECT, related_name="pledges")
    donor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="pledges"
    )
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.PROTECT, related_name="+"
    )
    amount = models.DecimalField(
        _("amount"), max_digits=14, decimal_places=2, validators=[MinValueValidator(0)]
    )
    currency = CurrencyField(_("currency"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.INDICATED
    )
    note = models.CharField(_("note"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("pledged at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("pledge")
        verbose_name_plural = _("pledges")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(condition=Q(amount__gte=0), name="pledge_amount_not_negative"),
        ]

    def __str__(self):
        return f"{self.organisation}: {self.amount} {self.currency}"
