"""Reads of events: which ones a person may see, each with that person's role on it."""

from django.db.models import OuterRef, QuerySet, Subquery, Value

from events.models import Event, Participation


def event_visible_to(*, user) -> QuerySet[Event]:
    """Events the person takes part in (all events for administrators), each annotated with
    `viewer_role`. Anyone else gets nothing, so event pages answer 404, not 403."""
    if not user.is_authenticated:
        return Event.objects.none()
    role = Participation.objects.filter(event=OuterRef("pk"), user=user).values("role")[:1]
    events = Event.objects.annotate(viewer_role=Subquery(role), viewer_id=Value(user.pk))
    if user.is_superuser:
        return events
    # A subquery rather than a join, so counts annotated later are not narrowed to this person.
    return events.filter(pk__in=Participation.objects.filter(user=user).values("event"))


def event_for(*, user, event_pk: int) -> Event | None:
    """The event as this person sees it, or None when they take no part in it."""
    return event_visible_to(user=user).filter(pk=event_pk).first()
