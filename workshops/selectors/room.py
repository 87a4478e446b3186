"""Reads of the room view: where the agenda stands now, in the event's time zone."""

import datetime
import math
from dataclasses import dataclass

from django.utils import timezone

from events.models import Event, Session
from workshops.models import Room


@dataclass(frozen=True)
class RoomClock:
    now: datetime.datetime  # in the event's time zone
    current: Session | None
    next: Session | None

    @property
    def minutes_left(self) -> int | None:
        if self.current is None:
            return None
        return math.ceil((self.current.ends_at - self.now).total_seconds() / 60)

    @property
    def minutes_to_next(self) -> int | None:
        if self.next is None:
            return None
        return math.ceil((self.next.starts_at - self.now).total_seconds() / 60)


def room_clock(*, event: Event, now: datetime.datetime | None = None) -> RoomClock:
    """The session under way and the one after it, from the agenda as it stands: a session
    retimed a moment ago counts at once."""
    now = timezone.localtime(now or timezone.now(), event.tzinfo)
    sessions = list(event.sessions.order_by("day", "start_time", "pk"))
    for session in sessions:
        session.event = event  # spares a query per session for starts_at
    current = next((s for s in sessions if s.starts_at <= now < s.ends_at), None)
    upcoming = next((s for s in sessions if s.starts_at > now and s is not current), None)
    return RoomClock(now=now, current=current, next=upcoming)


def room_for_code(*, code: str) -> Room | None:
    """The room a phone joins with `code`, typed in any case, or None."""
    return Room.objects.select_related("event").filter(code=code.strip().upper()).first()
