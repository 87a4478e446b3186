"""Checking people in, by day: one page per day of the event, or per session of that day.

At the door a tick checks a person in for the day: present at every session of the day their
audience expects them at. Choosing a session narrows the list to its audience and the ticks to
that session (who left early, who came late). Each tick is saved at once (htmx) and the page
works as a plain form too; the search filters as you type.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from cdfacil.web import event_page, posted_ids, refusal_messages
from events.models.event import EVENT_DAYS
from events.permissions import event_view
from events.selectors.attendance import attendance_sheet, day_sessions
from events.services.attendance import attendance_mark

SEARCH_MAX = 100


@event_view("events.manage_event")
def attendance_days(request, event):
    """The day under way while the event runs, else day 1."""
    day = (event.local_today() - event.day1).days + 1
    return redirect("events:attendance_day", event.pk, day if 1 <= day <= EVENT_DAYS else 1)


@event_view("events.manage_event")
def attendance_day(request, event, day):
    if not 1 <= day <= EVENT_DAYS:
        raise Http404
    return _sheet_page(request, event, day=day, session=None)


@event_view("events.manage_event")
def attendance(request, event, pk):
    """One session of a day: its audience only, ticks for that session alone."""
    session = get_object_or_404(event.sessions, pk=pk)
    return _sheet_page(request, event, day=session.day, session=session)


def _sheet_page(request, event, *, day, session):
    sessions = day_sessions(event=event, day=day)
    for one in [*sessions, session]:
        if one is not None:
            one.event = event
    scope = [session] if session else sessions
    data = request.POST if request.method == "POST" else request.GET
    search = data.get("q", "").strip()[:SEARCH_MAX]
    if request.method == "POST":
        return _mark(request, event, scope=scope, search=search)
    sheet = attendance_sheet(event=event, sessions=scope, search=search)
    context = {
        "day": day,
        "date": event.date_of_day(day),
        "days": [(n, event.date_of_day(n)) for n in range(1, EVENT_DAYS + 1)],
        "sessions": sessions,
        "session": session,
        "sheet": sheet,
        "search": search,
    }
    if request.htmx and request.htmx.target == "attendance-people":
        return render(request, "events/attendance.html#people", {"event": event, **context})
    return event_page(request, event, "events/attendance.html", **context)


def _ids(values) -> set[int]:
    """The ids a form sent; anything else is left out (a tampered form changes nothing)."""
    return set(posted_ids(values))


def _mark(request, event, *, scope, search):
    post = request.POST
    present = _ids(post.getlist("present"))
    toggled = _ids([post.get("toggle", "")])
    if "all" in post:
        listed = attendance_sheet(event=event, sessions=scope, search=search).shown
        marks = {person.participation.pk: True for person in listed}
    elif toggled:
        marks = {pk: pk in present for pk in toggled}
    else:
        # Only what the person changed on the page: the boxes ticked or unticked since it was
        # loaded. Someone checked in meanwhile at another door stays checked in.
        was = _ids(post.getlist("was"))
        marks = {
            pk: pk in present
            for pk in _ids(post.getlist("shown"))
            if (pk in present) != (pk in was)
        }
    error = None
    try:
        attendance_mark(event=event, sessions=scope, marks=marks, by=request.user)
    except ValidationError as refusal:
        error = refusal
    if toggled and request.htmx:
        return _count(request, event, scope=scope, marks=marks, error=error)
    if error is not None:
        refusal_messages(request, error)
    else:
        sheet = attendance_sheet(event=event, sessions=scope)
        if "all" in post:
            messages.success(
                request,
                ngettext(
                    "%(count)d person marked present. Untick anyone who is not here.",
                    "%(count)d people marked present. Untick anyone who is not here.",
                    len(marks),
                )
                % {"count": len(marks)},
            )
        else:
            messages.success(
                request,
                _("Attendance saved: %(count)d of %(total)d present.")
                % {"count": sheet.present, "total": len(sheet.people)},
            )
    return redirect(request.path + (f"?{urlencode({'q': search})}" if search else ""))


def _count(request, event, *, scope, marks, error):
    """The answer to one tick: the count, and what was saved, for the screen reader too."""
    sheet = attendance_sheet(event=event, sessions=scope)
    saved, group = None, None
    if error is None:
        [(pk, present)] = marks.items()
        person = next((p for p in sheet.people if p.participation.pk == pk), None)
        if person is not None:
            name = person.participation.user.display_name
            saved = (
                _("%(name)s is checked in.") if present else _("%(name)s is marked absent.")
            ) % {"name": name}
            group = next(g for g in sheet.groups if person in g.people)
    return render(
        request,
        "events/attendance.html#count",
        {
            "event": event,
            "sheet": sheet,
            "saved": saved,
            "changed_group": group,
            "errors": error.messages if error else [],
        },
    )
