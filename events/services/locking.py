"""The lock that serialises concurrent writes to one event."""

from events.models import Event


def event_lock(event: Event) -> None:
    """Lock the event's row until the transaction ends. Taken before checking a rule that counts
    rows of the event (the core group's make-up, the registration places, a day's sessions), so
    that two people acting at the same moment cannot both slip past it."""
    Event.objects.select_for_update().filter(pk=event.pk).first()
