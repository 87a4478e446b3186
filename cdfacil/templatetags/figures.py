"""Figures as the active language writes them, on pages and in PDFs, frozen snapshots included:

- `{{ amount|money:currency }}`: grouped, with the currency's ISO 4217 minor units
  ("510,000,000 UGX", "120,000.00 USD"; "510 000 000 UGX" and "120 000,00 USD" in French);
- `{{ value|number }}`: a count or a measure, grouped, with its significant decimals only
  (35.00 -> "35", 2.50 -> "2,5" in French), a dash when there is none;
- `{{ value|decimal1 }}`: one decimal, for scores and averages ("1,8" in French);
- `{{ value|day }}`: a date, or an ISO date string of a snapshot, in the language ("1 mars 2027").
"""

import datetime
from decimal import Decimal, InvalidOperation

from django import template
from django.utils import formats

from cdfacil.currencies import amount_format

register = template.Library()

DASH = "–"


@register.filter
def money(amount, currency=""):
    return amount_format(amount, currency) if amount not in (None, "") else DASH


@register.filter
def number(value, missing=DASH):
    if value is None or value == "":
        return missing
    try:
        decimal = Decimal(str(value))
        if not decimal.is_finite():
            return missing
        decimal = decimal.quantize(Decimal(1)) if decimal == decimal.to_integral() else decimal
    except (InvalidOperation, ValueError):
        return value
    return formats.number_format(decimal.normalize(), force_grouping=True)


@register.filter
def decimal1(value, missing=DASH):
    if value is None or value == "":
        return missing
    try:
        return formats.number_format(round(float(value), 1), decimal_pos=1)
    except (TypeError, ValueError, OverflowError):
        return value


@register.filter(expects_localtime=True)
def day(value, style="DATE_FORMAT"):
    """`style` is a Django format name (DATE_FORMAT: "1 March 2027"; SHORT_DATE_FORMAT). A
    moment is dated in the current time zone (a report's is its event's), as `date` does."""
    if value in (None, ""):
        return DASH
    if isinstance(value, str):
        try:
            value = datetime.date.fromisoformat(value[:10])
        except ValueError:
            return value
    return formats.date_format(value, style)
