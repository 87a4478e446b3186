"""Writes to an event's capacity-development efforts inventory."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from assessments.models import CDInitiative
from cdfacil.currencies import normalise_currency
from cdfacil.writes import validated_save


def cd_initiative_save(*, initiative: CDInitiative) -> CDInitiative:
    """Save an initiative of the inventory; a budget needs its currency."""
    initiative.currency = normalise_currency(initiative.currency)
    errors = {}
    if initiative.budget is not None and not initiative.currency:
        errors["currency"] = _("Say in which currency the budget is.")
    if initiative.budget is not None and initiative.budget < 0:
        errors["budget"] = _("A budget cannot be negative.")
    if initiative.starts_on and initiative.ends_on and initiative.ends_on < initiative.starts_on:
        errors["ends_on"] = _("The end cannot come before the start.")
    if errors:
        raise ValidationError(errors)
    return validated_save(initiative)


@transaction.atomic
def cd_initiative_delete(*, initiative: CDInitiative) -> None:
    initiative.delete()
