"""The agenda's pages: the five days, the run-sheet, and changing sessions."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.formats import time_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from cdfacil.web import NUMBER, ItemPages, event_page, refusal_messages
from events.agenda import LATE_END
from events.forms import SessionForm
from events.models import EVENT_DAYS, Session
from events.permissions import event_view
from events.selectors.agenda import agenda_day, agenda_days, agenda_plan, session_overlaps
from events.services import agenda as agenda_services


@event_view("events.view_event")
def agenda(request, event):
    return event_page(
        request,
        event,
        "events/agenda.html",
        days=agenda_plan(event=event),
        can_manage=request.user.has_perm("events.manage_event", event),
        day_numbers=range(1, EVENT_DAYS + 1),
    )


@event_view("events.manage_event")
def run_sheet(request, event):
    return event_page(request, event, "events/run_sheet.html", days=agenda_days(event=event))


def _session_new(request, event) -> Session:
    day = request.GET.get("day", "1")
    return Session(event=event, day=int(day) if day in {"1", "2", "3", "4", "5"} else 1)


def warn_of_late_days(request, event, numbers) -> None:
    """A warning for each of these days that ends after `LATE_END`: saved, but said."""
    for number in sorted(set(numbers)):
        day = agenda_day(event=event, number=number)
        if day.ends_late:
            messages.warning(
                request,
                gettext(
                    "Day %(day)d now ends at %(end)s, after %(late)s. People leave; check that "
                    "the day is meant to run so late."
                )
                % {
                    "day": number,
                    "end": time_format(day.ends, "H:i"),
                    "late": time_format(LATE_END, "H:i"),
                },
            )


def _session_save(request, form) -> None:
    saved = agenda_services.session_save(session=form.instance)
    warn_of_late_days(request, saved.event, [saved.day])
    overlapping = session_overlaps(session=saved)
    if overlapping:
        messages.warning(
            request,
            _("“%(title)s” overlaps %(others)s on day %(day)d; check the times.")
            % {
                "title": saved.title,
                "others": ", ".join(f"“{other.title}”" for other in overlapping),
                "day": saved.day,
            },
        )


session_pages = ItemPages(
    guard=event_view("events.manage_event"),
    items="sessions",
    new=_session_new,
    form=SessionForm,
    save=_session_save,
    remove=lambda session: agenda_services.session_delete(session=session),
    list_url=lambda event: reverse("events:agenda", args=[event.pk]),
    anchor=lambda session: f"#day-{session.day}",
    new_title=_("New session"),
    edit_title=_("Edit the session"),
    saved=_("The agenda was saved."),
    remove_title=_("Remove this session?"),
    remove_message=lambda session: (
        _("“%(title)s” on day %(day)d will be removed from the agenda, with its attendance.")
        % {"title": session.title, "day": session.day}
    ),
    remove_button=_("Remove the session"),
    removed=lambda session: _("The session “%(title)s” was removed.") % {"title": session.title},
)
session_create = session_pages.create
session_edit = session_pages.edit
session_delete = session_pages.delete


@require_POST
@event_view("events.manage_event")
def session_move(request, event, pk):
    """Up or down inside the day (`direction`), or to the end of another day (`day`)."""
    session = get_object_or_404(event.sessions, pk=pk)
    to_day = request.POST.get("day", "")
    try:
        if to_day:
            if not NUMBER.fullmatch(to_day):
                raise ValidationError(gettext("Choose the day to move the session to."))
            from_day = session.day
            session = agenda_services.session_move_to_day(session=session, day=int(to_day))
            messages.success(
                request,
                gettext("“%(title)s” moved to day %(day)d, at %(time)s.")
                % {
                    "title": session.title,
                    "day": session.day,
                    "time": time_format(session.start_time, "H:i"),
                },
            )
            warn_of_late_days(request, event, [from_day, session.day])
        else:
            agenda_services.session_move(
                session=session, direction=request.POST.get("direction", "")
            )
    except ValidationError as error:
        refusal_messages(request, error, level=messages.WARNING)
    return _agenda_answer(request, event, session=session, whole=bool(to_day))


def _agenda_answer(request, event, *, session=None, whole=True):
    """The agenda again: for htmx the days (or the one day that changed), else the page at the
    session's day."""
    if request.htmx:
        context = {"can_manage": True, "day_numbers": range(1, EVENT_DAYS + 1)}
        if not whole:
            day = agenda_day(event=event, number=session.day)
            return event_page(request, event, "events/agenda.html#day", day=day, **context)
        return event_page(
            request,
            event,
            "events/agenda.html#days",
            days=agenda_plan(event=event),
            focus=session and session.pk,
            **context,
        )
    anchor = f"#day-{session.day}" if session else ""
    return redirect(reverse("events:agenda", args=[event.pk]) + anchor)


def _posted_order(post) -> tuple[dict[int, list[int]], int | None]:
    """The days' new order as the page posts it: `day-N` = the ids of day N's sessions, in
    order, separated by commas; `moved` = the session that was dragged."""
    order = {}
    for number in range(1, EVENT_DAYS + 1):
        value = post.get(f"day-{number}")
        if value is None:
            continue
        ids = [part for part in value.split(",") if part]
        if not all(NUMBER.fullmatch(part) for part in ids):
            raise ValidationError(gettext("The new order of the sessions could not be read."))
        order[number] = [int(part) for part in ids]
    moved = post.get("moved", "")
    return order, int(moved) if NUMBER.fullmatch(moved) else None


@require_POST
@event_view("events.manage_event")
def agenda_reorder(request, event):
    """The order of one or two days after a session was dragged (SortableJS, in
    `static/js/agenda-sortable.js`); the days are re-timed and shown again."""
    moved = None
    try:
        order, moved_pk = _posted_order(request.POST)
        sessions = agenda_services.agenda_reorder(event=event, order=order)
    except ValidationError as error:
        refusal_messages(request, error, level=messages.WARNING)
    else:
        moved = next((s for s in sessions if s.pk == moved_pk), None)
        if moved:
            messages.success(
                request,
                gettext("“%(title)s” moved to day %(day)d, at %(time)s.")
                % {
                    "title": moved.title,
                    "day": moved.day,
                    "time": time_format(moved.start_time, "H:i"),
                },
            )
        warn_of_late_days(request, event, order)
    return _agenda_answer(request, event, session=moved)
