"""Reads of who takes part in an event."""

from django.db.models import QuerySet

from events.models import Event, Participation


def event_participations(*, event: Event) -> QuerySet[Participation]:
    return event.participations.select_related("user__organisation").order_by(
        "role", "-is_lead", "user__first_name", "user__last_name"
    )


def event_core_group(*, event: Event) -> list[Participation]:
    return list(event_participations(event=event).filter(role=Participation.Role.CORE_GROUP))
