"""The agenda's pages: the five days, the run-sheet, and changing sessions."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cdfacil.web import delete_page, model_form_page, refusal_messages
from events.forms import SessionForm
from events.models import Session
from events.permissions import event_view
from events.selectors.agenda import agenda_days, session_overlaps
from events.services import agenda as agenda_services


@event_view("events.view_event")
def agenda(request, event):
    return render(
        request,
        "events/agenda.html",
        {
            "event": event,
            "days": agenda_days(event=event),
            "can_manage": request.user.has_perm("events.manage_event", event),
        },
    )


@event_view("events.manage_event")
def run_sheet(request, event):
    return render(
        request, "events/run_sheet.html", {"event": event, "days": agenda_days(event=event)}
    )


def _session_form(request, event, session, title):
    def save(form):
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

    return model_form_page(
        request,
        event=event,
        form=SessionForm(request.POST or None, instance=session),
        save=save,
        title=title,
        success_message=_("The agenda was saved."),
        done_url=reverse("events:agenda", args=[event.pk]) + f"#day-{session.day}",
        cancel_url=reverse("events:agenda", args=[event.pk]),
    )


@event_view("events.manage_event")
def session_create(request, event):
    day = request.GET.get("day", "1")
    session = Session(event=event, day=int(day) if day in {"1", "2", "3", "4", "5"} else 1)
    return _session_form(request, event, session, _("New session"))


@event_view("events.manage_event")
def session_edit(request, event, pk):
    session = get_object_or_404(event.sessions, pk=pk)
    return _session_form(request, event, session, _("Edit the session"))


@event_view("events.manage_event")
def session_delete(request, event, pk):
    session = get_object_or_404(event.sessions, pk=pk)
    return delete_page(
        request,
        event=event,
        delete=lambda: agenda_services.session_delete(session=session),
        title=_("Remove this session?"),
        message=_(
            "“%(title)s” on day %(day)d will be removed from the agenda, with its attendance."
        )
        % {"title": session.title, "day": session.day},
        button=_("Remove the session"),
        done_message=_("The session “%(title)s” was removed.") % {"title": session.title},
        done_url=reverse("events:agenda", args=[event.pk]),
    )


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
        return render(
            request,
            "events/agenda.html#day",
            {"event": event, "day": day, "can_manage": True},
        )
    return redirect(reverse("events:agenda", args=[event.pk]) + f"#day-{session.day}")
