"""The event's own pages: creating it, its overview, editing it, moving it to the next phase."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from cdfacil.web import (
    act_and_redirect,
    apply_errors,
    event_page,
    form_page,
    model_form_page,
    object_view,
)
from events.agenda import weekend_days
from events.core_group import core_group_warnings
from events.forms import EventForm, ReasonForm, time_zone_proposal_field
from events.models import EVENT_DAYS, Event, RegistrationRequest
from events.permissions import event_view
from events.phases import phase_changes
from events.selectors.audit import phase_step_backs
from events.selectors.invitations import pending_core_group_count
from events.selectors.people import event_core_group
from events.selectors.preparation import checklist_items
from events.services import event as event_services


def warn_of_weekend(request, event: Event) -> None:
    """A warning, not a refusal, when any of the five days falls on a weekend: the core group
    and the broad group are meant to meet on working days."""
    weekend = weekend_days(event.day1, EVENT_DAYS)
    if weekend:
        days = ", ".join(
            _("day %(number)d (%(date)s)") % {"number": number, "date": date_format(date, "l j F")}
            for number, date in weekend
        )
        messages.warning(
            request,
            _(
                "The five days cross a weekend: %(days)s. Stakeholders and the core group meet "
                "on working days; day 1 on a Monday keeps all five from Monday to Friday."
            )
            % {"days": days},
        )


@object_view("events.create_event")
def event_create(request):
    form = EventForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            event = event_services.event_create(by=request.user, **form.cleaned_data)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(
                request,
                _("The event was created with its five-day agenda and preparation checklist."),
            )
            warn_of_weekend(request, event)
            return redirect(event.get_absolute_url())
    return form_page(
        request,
        form=form,
        title=_("New event"),
        submit=_("Create the event"),
        cancel_url=reverse("dashboard"),
        intro=_(
            "The agenda of the five days and the preparation checklist are generated from "
            "day 1; you can change both afterwards."
        ),
    )


@object_view(None)
def time_zone_proposal(request):
    """The time zone select of the event form, with the zone of the country chosen (htmx asks
    when the country changes); a plain GET shows the same select."""
    field = time_zone_proposal_field(request.GET.get("country", ""))
    return HttpResponse(field.as_widget(attrs={"aria-describedby": "id_time_zone_helptext"}))


@event_view("events.view_event")
def event_detail(request, event):
    core_group = event_core_group(event=event)
    next_phase = event_services.event_next_phase(event=event)
    can_manage = request.user.has_perm("events.manage_event", event)
    can_see_core_group = request.user.has_perm("events.view_core_group", event)
    pending = pending_core_group_count(event=event) if can_manage else 0
    context = {
        "event": event,
        "core_group": core_group if can_see_core_group else [],
        "can_see_core_group": can_see_core_group,
        "core_group_pending": pending,
        "core_group_warnings": (
            core_group_warnings(members=core_group, pending=pending) if can_manage else []
        ),
        "next_phase": next_phase and Event.Phase(next_phase),
        "phase_blockers": (
            event_services.event_phase_blockers(event=event, phase=next_phase)
            if next_phase and can_manage
            else []
        ),
        "phases": Event.Phase.choices,
        "can_manage": can_manage,
        "can_step_back": can_manage and event_services.event_previous_phase(event=event),
        "step_backs": phase_step_backs(event=event),
    }
    if can_manage:
        items = checklist_items(event=event, open_only=True)
        context["open_items"] = items[:8]
        context["overdue_count"] = sum(item.overdue for item in items)
        context["pending_registrations"] = event.registrations.filter(
            status=RegistrationRequest.Status.PENDING
        ).count()
    return render(request, "events/event_detail.html", context)


def event_details_page(request, event, *, form_class, done_url, **page):
    """A form page for some of the event's details, saved by `event_update`. The form works on
    a fresh copy of the event, without the viewer's annotations. Moving day 1 onto dates that
    cross a weekend is saved with a warning."""
    form = form_class(request.POST or None, instance=Event.objects.get(pk=event.pk))

    def save(form):
        saved = event_services.event_update(
            event=Event.objects.get(pk=event.pk),
            data={name: form.cleaned_data[name] for name in form.fields},
        )
        if "day1" in form.changed_data:
            warn_of_weekend(request, saved)
        return saved

    return model_form_page(
        request,
        event=event,
        form=form,
        save=save,
        done_url=done_url,
        **page,
    )


@event_view("events.manage_event")
def event_edit(request, event):
    return event_details_page(
        request,
        event,
        form_class=EventForm,
        title=_("Edit the event"),
        success_message=_("The event was saved."),
        done_url=event.get_absolute_url(),
        intro=_("Moving day 1 moves the preparation due dates with it."),
    )


@event_view("events.manage_event")
def event_phase_advance(request, event):
    """GET: what starting the next phase opens and closes, and what still blocks it; only the
    POST of its button moves the event (the phase it names, so a second click does not skip)."""
    done_url = reverse("events:detail", args=[event.pk])
    if request.method == "POST":
        return act_and_redirect(
            request,
            act=lambda: event_services.event_advance_phase(
                event=event, to_phase=request.POST.get("phase", "")
            ),
            done_message=lambda event: (
                _("The event is now in the %(phase)s phase.") % {"phase": event.get_phase_display()}
            ),
            done_url=done_url,
        )
    next_phase = event_services.event_next_phase(event=event)
    if next_phase is None:
        messages.info(request, _("The event is closed; it has no further phase."))
        return redirect(done_url)
    opens, closes = phase_changes(phase=next_phase)
    blockers = event_services.event_phase_blockers(event=event, phase=next_phase)
    return event_page(
        request,
        event,
        "events/phase_confirm.html",
        title=_("Start the %(phase)s phase?") % {"phase": Event.Phase(next_phase).label},
        next_phase=Event.Phase(next_phase),
        opens=opens,
        closes=closes,
        blockers=blockers,
        disabled=bool(blockers),
        action_url=request.path,
        cancel_url=done_url,
    )


@event_view("events.manage_event")
def event_step_back(request, event):
    """A form for the reason; the event goes back one phase and the reason is kept."""
    done_url = reverse("events:detail", args=[event.pk])
    previous = event_services.event_previous_phase(event=event)
    if previous is None:
        messages.info(request, _("The event is in its first phase; there is none before it."))
        return redirect(done_url)
    words = {"left": event.get_phase_display(), "phase": Event.Phase(previous).label}
    blockers = event_services.event_step_back_blockers(event=event)
    return model_form_page(
        request,
        event=event,
        form=ReasonForm(request.POST or None),
        save=lambda form: event_services.event_step_back(
            event=event, by=request.user, reason=form.cleaned_data["reason"]
        ),
        title=_("Step back from %(left)s to %(phase)s") % words,
        submit=_("Step back to %(phase)s") % words,
        success_message=_("The event is back in the %(phase)s phase.") % words,
        done_url=done_url,
        intro=" ".join(
            [
                _(
                    "What the %(phase)s phase opens is open again, and what %(left)s opened "
                    "closes. Nothing recorded is lost. The reason is kept in the audit log and "
                    "shown on the overview."
                )
                % words,
                *blockers,
            ]
        ),
    )
