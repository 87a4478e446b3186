"""Reads of the agenda: the days with their sessions, and overlapping sessions."""

import datetime

from events.agenda import minutes_of
from events.models import EVENT_DAYS, Event, Session


def agenda_days(*, event: Event) -> list[tuple[int, datetime.date, list[Session]]]:
    """The agenda as (day number, date, sessions), every day of the event present."""
    by_day: dict[int, list[Session]] = {day: [] for day in range(1, EVENT_DAYS + 1)}
    for session in event.sessions.order_by("day", "start_time", "pk"):
        session.event = event  # spares a query per session for starts_at
        by_day[session.day].append(session)
    return [(day, event.date_of_day(day), sessions) for day, sessions in by_day.items()]


def session_overlaps(*, session: Session) -> list[Session]:
    """Other sessions of the same day whose time overlaps this one's."""
    start = minutes_of(session.start_time)
    end = start + session.duration_minutes
    return [
        other
        for other in session.event.sessions.filter(day=session.day).exclude(pk=session.pk)
        if start < minutes_of(other.start_time) + other.duration_minutes
        and minutes_of(other.start_time) < end
    ]
