"""Lets event pages show the plan's state without the events app importing this one, and
writes the exchange rate a pledge was converted with."""

from django import template

from actionplans.models import PlanVersion
from cdfacil.currencies import rate_format

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
