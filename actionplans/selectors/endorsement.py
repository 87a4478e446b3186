"""Reads for the endorsement: who may take a position, and the positions taken."""

from django.db.models import QuerySet

from actionplans.models import PlanVersion, Position
from cdfacil.models import Organisation
from events.models import Event


def event_organisations(*, event: Event) -> QuerySet[Organisation]:
    """Organisations present in the event: those of its participants."""
    return Organisation.objects.filter(
        pk__in=event.participations.filter(user__organisation__isnull=False).values(
            "user__organisation"
        )
    ).order_by("name")


def version_positions(*, version: PlanVersion) -> QuerySet[Position]:
    return version.positions.select_related("organisation", "recorded_by").order_by(
        "organisation__name"
    )
