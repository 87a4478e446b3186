"""Writes to the agenda: generating the five days, changing, moving and removing sessions."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from events import agenda as agenda_template
from events.agenda import minutes_of, retime, time_of
from events.models import EVENT_DAYS, Event, Method, Session
from events.services.locking import event_lock

DAY_MINUTES = 24 * 60


def agenda_generate(*, event: Event) -> list[Session]:
    """The five-day agenda of the process, in the event's language."""
    library = dict(Method.objects.values_list("code", "pk"))
    with translation.override(event.language):
        sessions = [
            Session(event=event, library_method_id=library.get(item.pop("library", "")), **item)
            for item in agenda_template.default_sessions()
        ]
    return Session.objects.bulk_create(sessions)


def _check_day_fits(sessions: list[Session]) -> None:
    for session in sessions:
        if minutes_of(session.start_time) + session.duration_minutes > DAY_MINUTES:
            raise ValidationError(
                {
                    "duration_minutes": _(
                        "This change would make “%(title)s” end after midnight. Shorten a "
                        "session or move one to another day."
                    )
                    % {"title": session.title}
                }
            )


def _later_sessions_shifted(*, session: Session, before: Session) -> list[Session]:
    """The sessions after `before` on its day, each moved by the change of its duration."""
    delta = session.duration_minutes - before.duration_minutes
    if not delta:
        return []
    # Compared in minutes: a session ending at midnight has an end_time of 00:00.
    old_end = minutes_of(before.start_time) + before.duration_minutes
    following = [
        other
        for other in session.event.sessions.filter(day=session.day)
        .exclude(pk=session.pk)
        .order_by("start_time")
        if minutes_of(other.start_time) >= old_end
    ]
    for other in following:
        start = minutes_of(other.start_time) + delta
        if not 0 <= start < DAY_MINUTES:
            raise ValidationError(
                {
                    "duration_minutes": _("This change would push “%(title)s” past midnight.")
                    % {"title": other.title}
                }
            )
        other.start_time = time_of(start)
    return following


@transaction.atomic
def session_save(*, session: Session) -> Session:
    """Create or change a session. When its duration changes, the later sessions of that day
    move by the same amount, so the day stays in step."""
    event_lock(session.event)
    session.full_clean()
    before = Session.objects.filter(pk=session.pk).first() if session.pk else None
    following = []
    if before and before.day == session.day and before.start_time == session.start_time:
        following = _later_sessions_shifted(session=session, before=before)
    _check_day_fits([session, *following])
    session.save()
    if following:
        Session.objects.bulk_update(following, ["start_time"])
    return session


@transaction.atomic
def session_move(*, session: Session, direction: str) -> None:
    """Swap a session with its neighbour on the same day; the pair keeps its slot and gap."""
    if direction not in ("up", "down"):
        raise ValidationError(_("Move a session up or down."))
    event_lock(session.event)
    day = list(session.event.sessions.filter(day=session.day).order_by("start_time", "pk"))
    index = next(i for i, s in enumerate(day) if s.pk == session.pk)
    other_index = index - 1 if direction == "up" else index + 1
    if not 0 <= other_index < len(day):
        raise ValidationError(
            _("“%(title)s” is already at that end of the day.") % {"title": session.title}
        )
    first, second = sorted([day[index], day[other_index]], key=lambda s: minutes_of(s.start_time))
    gap = minutes_of(second.start_time) - (minutes_of(first.start_time) + first.duration_minutes)
    start = minutes_of(first.start_time)
    second.start_time = time_of(start)
    first.start_time = time_of(start + second.duration_minutes + max(gap, 0))
    Session.objects.bulk_update([first, second], ["start_time"])


@transaction.atomic
def agenda_reorder(*, event: Event, order: dict[int, list[int]]) -> list[Session]:
    """Put the sessions of some days in a new order, moving sessions between those days, and
    re-time each of them (`events.agenda.retime`: the day starts where it did, sessions follow
    end to end, and none starts in a gap the day had, so lunch keeps its time). `order` maps
    each day to its sessions' ids in the new order.

    It must name exactly the sessions those days hold now: otherwise someone changed the agenda
    since the page was loaded (added, removed or moved a session), and nothing is written. Taken
    under the event's lock, like every write to the agenda. Returns the sessions of those days."""
    if not order or any(day not in range(1, EVENT_DAYS + 1) for day in order):
        raise ValidationError(
            _("Choose a day of the event, from 1 to %(days)d.") % {"days": EVENT_DAYS}
        )
    event_lock(event)
    current = list(event.sessions.filter(day__in=order).order_by("start_time", "pk"))
    wanted = [pk for pks in order.values() for pk in pks]
    if sorted(wanted) != sorted(session.pk for session in current):
        raise ValidationError(
            _(
                "The agenda was changed by someone else after you opened it; it is shown below "
                "as it stands now. Move the session again."
            ),
            code="stale",
        )
    slots = {
        day: [(s.start_time, s.duration_minutes) for s in current if s.day == day] for day in order
    }
    by_pk = {session.pk: session for session in current}
    for day, pks in order.items():
        sessions = [by_pk[pk] for pk in pks]
        if retime(sessions, slots=slots[day]) > DAY_MINUTES:
            raise ValidationError(
                _(
                    "Day %(day)d would end after midnight. Move a session to another day or "
                    "shorten one."
                )
                % {"day": day}
            )
        for session in sessions:
            session.day = day
    Session.objects.bulk_update(current, ["day", "start_time"])
    return current


@transaction.atomic
def session_move_to_day(*, session: Session, day: int) -> Session:
    """Move a session to the end of another day; both days are re-timed as `agenda_reorder`
    does."""
    if day not in range(1, EVENT_DAYS + 1):
        raise ValidationError(
            _("Choose a day of the event, from 1 to %(days)d.") % {"days": EVENT_DAYS}
        )
    event_lock(session.event)
    if day == session.day:
        raise ValidationError(
            _("“%(title)s” is already on day %(day)d.") % {"title": session.title, "day": day}
        )
    order: dict[int, list[int]] = {session.day: [], day: []}
    for other in session.event.sessions.filter(day__in=order).order_by("start_time", "pk"):
        if other.pk != session.pk:
            order[other.day].append(other.pk)
    order[day].append(session.pk)
    moved = agenda_reorder(event=session.event, order=order)
    return next(other for other in moved if other.pk == session.pk)


@transaction.atomic
def session_delete(*, session: Session) -> None:
    session.delete()
