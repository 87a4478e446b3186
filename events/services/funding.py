"""Writes to the event's budget lines."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from cdfacil.writes import validated_save
from events.models import BudgetLine


@transaction.atomic
def budget_line_save(*, line: BudgetLine) -> BudgetLine:
    if line.amount is not None and line.amount < Decimal(0):
        raise ValidationError({"amount": _("An amount cannot be negative.")})
    return validated_save(line)


@transaction.atomic
def budget_line_delete(*, line: BudgetLine) -> None:
    line.delete()
