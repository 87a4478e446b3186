"""The agenda's pages: the five days, the run-sheet, and changing sessions."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from cdfacil.web import ItemPages, event_page, refusal_messages
from events.forms import SessionForm
from events.models import Session
from events.permissions import event_view
from events.selectors.agenda import agenda_days, session_overlaps
from events.services import agenda as agenda_services


@event_view("events.view_event")
def agenda(request, event):
    return event_page(
        request,
        event,
        "events/agenda.html",
        days=agenda_days(event=event),
        can_manage=request.user.has_perm("events.manage_event", event),
    )


@event_view("events.manage_event")
def run_sheet(request, event):
    return event_page(request, event, "events/run_sheet.html", days=agenda_days(event=event))


def _session_new(request, event) -> Session:
    day = request.GET.get("day", "1")
    return Session(event=event, day=int(day) if day in {"1", "2", "3", "4", "5"} else 1)


def _session_save(request, form) -> None:
    saved = agenda_services.session_save(session=form.instance)
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
    session = get_object_or_404(event.sessions, pk=pk)
    try:
        agenda_services.session_move(session=session, direction=request.POST.get("direction", ""))
    except ValidationError as error:
        refusal_messages(request, error, level=messages.WARNING)
    if request.htmx:
        day = next(d for d in agenda_days(event=event) if d[0] == session.day)
        return event_page(request, event, "events/agenda.html#day", day=day, can_manage=True)
    return redirect(reverse("events:agenda", args=[event.pk]) + f"#day-{session.day}")
