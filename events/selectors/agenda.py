"""Reads of the agenda: the days with their sessions, their totals, and overlapping sessions."""

import dataclasses
import datetime

from events.agenda import (
    LATE_END,
    day_end,
    day_minutes,
    ends_late,
    hours_and_minutes,
    minutes_of,
    time_of,
)
from events.models import EVENT_DAYS, Event, Session


def agenda_days(*, event: Event) -> list[tuple[int, datetime.date, list[Session]]]:
    """The agenda as (day number, date, sessions), every day of the event present."""
    by_day: dict[int, list[Session]] = {day: [] for day in range(1, EVENT_DAYS + 1)}
    sessions = event.sessions.select_related("library_method")
    for session in sessions.order_by("day", "start_time", "pk"):
        session.event = event  # spares a query per session for starts_at
        by_day[session.day].append(session)
    return [(day, event.date_of_day(day), sessions) for day, sessions in by_day.items()]


@dataclasses.dataclass
class AgendaDay:
    """One day of the agenda page: its sessions and what they add up to."""

    number: int
    date: datetime.date
    sessions: list[Session]
    work_minutes: int
    break_minutes: int
    end_minutes: int | None

    @property
    def work(self) -> tuple[int, int]:
        return hours_and_minutes(self.work_minutes)

    @property
    def starts(self) -> datetime.time | None:
        return self.sessions[0].start_time if self.sessions else None

    @property
    def ends(self) -> datetime.time | None:
        return None if self.end_minutes is None else time_of(self.end_minutes % (24 * 60))

    late_end = LATE_END

    @property
    def ends_late(self) -> bool:
        return ends_late(self.end_minutes)


def agenda_plan(*, event: Event) -> list[AgendaDay]:
    """The five days with their planned hours (breaks apart) and when each ends."""
    return [
        AgendaDay(number, date, sessions, *day_minutes(sessions), day_end(sessions))
        for number, date, sessions in agenda_days(event=event)
    ]


def agenda_day(*, event: Event, number: int) -> AgendaDay:
    return next(day for day in agenda_plan(event=event) if day.number == number)


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
