"""The event's budget lines: what the process costs and who pays."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from cdfacil.currencies import CurrencyField
from cdfacil.models import Organisation
from events.models.event import Event


class BudgetLine(models.Model):
    class Category(models.TextChoices):
        FACILITATOR_FEES = "facilitator_fees", _("Facilitator fees")
        TRAVEL = "travel", _("Travel")
        VENUE_LOGISTICS = "venue_logistics", _("Venue and local logistics")
        OTHER = "other", _("Other")

    class Source(models.TextChoices):
        BASKET_FUND = "basket_fund", _("Donor basket fund")
        COUNTRY_PARTNER = "country_partner", _("Country partner")
        OTHER = "other", _("Other")

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="budget_lines")
    category = models.CharField(_("category"), max_length=20, choices=Category.choices)
    description = models.CharField(_("description"), max_length=200, blank=True)
    funder = models.ForeignKey(
        Organisation, verbose_name=_("funder"), on_delete=models.PROTECT, related_name="+"
    )
    source = models.CharField(_("source"), max_length=20, choices=Source.choices)
    amount = models.DecimalField(
        _("amount"),
        max_digits=14,
        decimal_places=2,
        validators=[MinValueValidator(0), MaxValueValidator(10**11)],
    )
    currency = CurrencyField(_("currency"), default="USD")

    class Meta:
        verbose_name = _("budget line")
        verbose_name_plural = _("budget lines")
        ordering = ["category", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(amount__gte=0), name="budget_amount_positive"
            ),
        ]

    def __str__(self):
        return f"{self.get_category_display()}: {self.amount} {self.currency}"
