"""Lets event pages show the plan's state without the events app importing this one, and
writes the exchange rate a pledge was converted with and an indicator's values."""

from django import template

from actionplans.models import PlanVersion
from cdfacil.currencies import rate_format
from cdfacil.templatetags.figures import number

register = template.Library()


@register.simple_tag
def latest_plan_version(event):
    """The event's most recent frozen plan version, or None."""
    return (
        PlanVersion.objects.filter(plan__event=event)
        .order_by("-number")
        .only("number", "status", "fingerprint", "frozen_at", "plan_id")
    ).first()


register.filter("rate", rate_format)


@register.filter
def measure(value, missing="—"):
    """An indicator's value as people write it: 65, not 65.00 (PostgreSQL keeps the field's
    decimal places, SQLite does not), 65.5 (not 65.50) with its decimals, grouped by the
    language; `missing` when there is none."""
    return number(value, missing)
