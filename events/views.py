"""Event pages. Each view declares the rule it needs with `event_view`; writes go to services."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _l
from django.views.decorators.http import require_POST

from cdfacil import navigation
from cdfacil.web import (
    PAGE_SIZE,
    apply_errors,
    confirm_page,
    delete_page,
    form_page,
    model_form_page,
    site_root,
)
from events import selectors, services
from events.forms import (
    AttendanceForm,
    BudgetLineForm,
    ChecklistItemForm,
    ChecklistStatusForm,
    EventForm,
    InvitationForm,
    ParticipationForm,
    RegistrationForm,
    RegistrationSettingsForm,
    SessionForm,
)
from events.models import (
    BudgetLine,
    ChecklistItem,
    Event,
    Participation,
    RegistrationRequest,
    Session,
)
from events.permissions import event_view


@login_required
def dashboard(request):
    context = selectors.dashboard_context(
        user=request.user,
        page=request.GET.get("page"),
        member_page=request.GET.get("member_page"),
    )
    no_events = not context["facilitated_page"].paginator.count
    if no_events and not context["member_page"].paginator.count:
        landing = navigation.landing_url(user=request.user)
        if landing:
            return redirect(landing)
    return render(request, "events/dashboard.html", context)


# --- The event --------------------------------------------------------------------------------


@login_required
def event_create(request):
    if not request.user.has_perm("events.create_event"):
        raise PermissionDenied
    form = EventForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            event = services.event_create(created_by=request.user, **form.cleaned_data)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(
                request,
                _("The event was created with its five-day agenda and preparation checklist."),
            )
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


@event_view("events.view_event")
def event_detail(request, event):
    core_group = selectors.event_core_group(event=event)
    next_phase = services.event_next_phase(event)
    can_manage = request.user.has_perm("events.manage_event", event)
    can_see_core_group = request.user.has_perm("events.view_core_group", event)
    context = {
        "event": event,
        "core_group": core_group if can_see_core_group else [],
        "can_see_core_group": can_see_core_group,
        "core_group_warnings": (
            services.core_group_warnings(event=event, members=core_group) if can_manage else []
        ),
        "next_phase": next_phase and Event.Phase(next_phase),
        "phase_blockers": (
            services.event_phase_blockers(event=event, phase=next_phase)
            if next_phase and can_manage
            else []
        ),
        "phases": Event.Phase.choices,
        "can_manage": can_manage,
    }
    if can_manage:
        items = selectors.checklist_items(event=event, open_only=True)
        context["open_items"] = items[:8]
        context["overdue_count"] = sum(item.overdue for item in items)
        context["pending_registrations"] = event.registrations.filter(
            status=RegistrationRequest.Status.PENDING
        ).count()
    return render(request, "events/event_detail.html", context)


@event_view("events.manage_event")
def event_edit(request, event):
    form = EventForm(request.POST or None, instance=Event.objects.get(pk=event.pk))
    if request.method == "POST" and form.is_valid():
        try:
            services.event_update(
                event=Event.objects.get(pk=event.pk),
                **{name: form.cleaned_data[name] for name in form.changed_data},
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("The event was saved."))
            return redirect(event.get_absolute_url())
    return form_page(
        request,
        event=event,
        form=form,
        title=_("Edit the event"),
        cancel_url=event.get_absolute_url(),
        intro=_("Moving day 1 moves the preparation due dates with it."),
    )


@require_POST
@event_view("events.manage_event")
def event_phase_advance(request, event):
    try:
        event = services.event_advance_phase(event=event, to_phase=request.POST.get("phase", ""))
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(
            request,
            _("The event is now in the %(phase)s phase.") % {"phase": event.get_phase_display()},
        )
    return redirect(reverse("events:detail", args=[event.pk]))


# --- Agenda -----------------------------------------------------------------------------------


@event_view("events.view_event")
def agenda(request, event):
    return render(
        request,
        "events/agenda.html",
        {
            "event": event,
            "days": selectors.agenda_days(event=event),
            "can_manage": request.user.has_perm("events.manage_event", event),
        },
    )


@event_view("events.manage_event")
def run_sheet(request, event):
    return render(
        request,
        "events/run_sheet.html",
        {"event": event, "days": selectors.agenda_days(event=event)},
    )


def _session_form(request, event, session, title):
    def save(form):
        saved = services.session_save(session=form.instance)
        overlapping = selectors.session_overlaps(session=saved)
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
        delete=lambda: services.session_delete(session=session),
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
        services.session_move(session=session, direction=request.POST.get("direction", ""))
    except ValidationError as error:
        for message in error.messages:
            messages.warning(request, message)
    if request.htmx:
        day = next(d for d in selectors.agenda_days(event=event) if d[0] == session.day)
        return render(
            request,
            "events/agenda.html#day",
            {"event": event, "day": day, "can_manage": True},
        )
    return redirect(reverse("events:agenda", args=[event.pk]) + f"#day-{session.day}")


# --- Preparation checklist --------------------------------------------------------------------


@event_view("events.manage_event")
def checklist(request, event):
    items = selectors.checklist_items(event=event)
    return render(
        request,
        "events/checklist.html",
        {"event": event, "items": items, "statuses": ChecklistItem.Status.choices},
    )


def _checklist_form(request, event, item, title):
    return model_form_page(
        request,
        event=event,
        form=ChecklistItemForm(request.POST or None, instance=item, event=event),
        save=lambda form: services.checklist_item_save(item=form.instance),
        title=title,
        success_message=_("The checklist was saved."),
        done_url=reverse("events:checklist", args=[event.pk]),
    )


@event_view("events.manage_event")
def checklist_item_create(request, event):
    return _checklist_form(request, event, ChecklistItem(event=event), _("New preparation task"))


@event_view("events.manage_event")
def checklist_item_edit(request, event, pk):
    item = get_object_or_404(event.checklist_items, pk=pk)
    return _checklist_form(request, event, item, _("Edit the preparation task"))


@event_view("events.manage_event")
def checklist_item_delete(request, event, pk):
    item = get_object_or_404(event.checklist_items, pk=pk)
    return delete_page(
        request,
        event=event,
        delete=lambda: services.checklist_item_delete(item=item),
        title=_("Remove this task?"),
        message=_("“%(title)s” will be removed from the checklist.") % {"title": item.title},
        button=_("Remove the task"),
        done_message=_("The task “%(title)s” was removed.") % {"title": item.title},
        done_url=reverse("events:checklist", args=[event.pk]),
    )


@require_POST
@event_view("events.manage_event")
def checklist_item_status(request, event, pk):
    item = get_object_or_404(event.checklist_items.select_related("owner"), pk=pk)
    form = ChecklistStatusForm(request.POST)
    if form.is_valid():
        try:
            item = services.checklist_item_set_status(item=item, status=form.cleaned_data["status"])
        except ValidationError as error:
            item.refresh_from_db()
            for message in error.messages:
                messages.error(request, message)
    else:
        messages.error(request, _("Choose a valid status."))
    if request.htmx:
        item.overdue = item.is_overdue(event.local_today())
        return render(
            request,
            "events/checklist.html#item",
            {"event": event, "item": item, "statuses": ChecklistItem.Status.choices},
        )
    return redirect("events:checklist", event.pk)


# --- People -----------------------------------------------------------------------------------


@event_view("events.manage_event")
def people(request, event):
    participations = list(selectors.event_participations(event=event))
    core_group = [p for p in participations if p.role == Participation.Role.CORE_GROUP]
    registrations = Paginator(selectors.event_registrations(event=event), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "events/people.html",
        {
            "event": event,
            "participations": participations,
            "core_group": core_group,
            "core_group_warnings": services.core_group_warnings(event=event, members=core_group),
            "invitations": selectors.event_pending_invitations(event=event),
            "registrations": registrations,
            "registration_link": request.build_absolute_uri(
                reverse("events:register", args=[event.public_id])
            ),
            "invite_form": InvitationForm(),
        },
    )


@event_view("events.manage_event")
def invite(request, event):
    form = InvitationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        name, kind = data.pop("new_organisation_name"), data.pop("new_organisation_kind")
        try:
            if not data["organisation"]:
                data["organisation"] = services.organisation_for_event(
                    event=event, name=name, kind=kind
                )
            invitation = services.invitation_send(
                event=event, invited_by=request.user, base_url=site_root(request), **data
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(
                request, _("An invitation was sent to %(email)s.") % {"email": invitation.email}
            )
            return redirect("events:people", event.pk)
    return form_page(
        request,
        event=event,
        form=form,
        title=_("Invite someone"),
        submit=_("Send the invitation"),
        cancel_url=reverse("events:people", args=[event.pk]),
        intro=_(
            "The person receives a link by email that lets them in without creating a password "
            "first. It works once and expires after %(days)d days."
        )
        % {"days": settings.CDFACIL_INVITATION_MAX_AGE_DAYS},
    )


@event_view("events.manage_event")
def participation_edit(request, event, pk):
    participation = get_object_or_404(
        event.participations.select_related("user__organisation"), pk=pk
    )
    form = ParticipationForm(request.POST or None, instance=participation)
    previous_lead = event.participations.filter(is_lead=True).select_related("user").first()
    if request.method == "POST" and form.is_valid():
        try:
            services.participation_update(
                participation=Participation.objects.get(pk=participation.pk),
                role=form.cleaned_data["role"],
                is_lead=form.cleaned_data["is_lead"],
                by=request.user,
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(
                request, _("%(name)s's role was saved.") % {"name": participation.user.display_name}
            )
            if form.cleaned_data["is_lead"] and previous_lead and previous_lead != participation:
                messages.info(
                    request,
                    _("%(name)s is no longer the lead of the core group.")
                    % {"name": previous_lead.user.display_name},
                )
            return redirect("events:people", event.pk)
    return form_page(
        request,
        event=event,
        form=form,
        title=_("Role of %(name)s (%(organisation)s)")
        % {
            "name": participation.user.display_name,
            "organisation": participation.user.organisation,
        },
        cancel_url=reverse("events:people", args=[event.pk]),
    )


@event_view("events.manage_event")
def participation_remove(request, event, pk):
    participation = get_object_or_404(event.participations.select_related("user"), pk=pk)
    if request.method == "POST":
        try:
            services.participation_remove(participation=participation, by=request.user)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        else:
            messages.success(
                request,
                _("%(name)s was removed from the event.")
                % {"name": participation.user.display_name},
            )
        return redirect("events:people", event.pk)
    return confirm_page(
        request,
        event=event,
        title=_("Remove %(name)s from the event?") % {"name": participation.user.display_name},
        message=_("They will no longer see the event. Their attendance records are removed too."),
        action_url=request.path,
        cancel_url=reverse("events:people", args=[event.pk]),
        button=_("Remove"),
    )


@require_POST
@event_view("events.manage_event")
def invitation_withdraw(request, event, pk):
    invitation = get_object_or_404(event.invitations, pk=pk)
    try:
        services.invitation_withdraw(invitation=invitation, by=request.user)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(
            request, _("The invitation to %(email)s was withdrawn.") % {"email": invitation.email}
        )
    return redirect("events:people", event.pk)


@require_POST
@event_view("events.manage_event")
def registration_decide(request, event, pk):
    registration = get_object_or_404(event.registrations, pk=pk)
    decision = request.POST.get("decision")
    try:
        if decision == "approve":
            services.registration_approve(
                registration=registration, decided_by=request.user, base_url=site_root(request)
            )
            messages.success(
                request,
                _("%(name)s was approved and sent an invitation link.")
                % {"name": registration.full_name},
            )
        elif decision == "decline":
            services.registration_decline(registration=registration, decided_by=request.user)
            messages.success(
                request,
                _("The request from %(name)s was declined.") % {"name": registration.full_name},
            )
        else:
            messages.error(request, _("Choose to approve or to decline."))
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    return redirect("events:people", event.pk)


@event_view("events.manage_event")
def registration_settings(request, event):
    form = RegistrationSettingsForm(request.POST or None, instance=Event.objects.get(pk=event.pk))
    if request.method == "POST" and form.is_valid():
        try:
            services.event_update(
                event=Event.objects.get(pk=event.pk),
                **{name: form.cleaned_data[name] for name in form.fields},
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("The registration settings were saved."))
            return redirect("events:people", event.pk)
    return form_page(
        request,
        event=event,
        form=form,
        title=_("Public registration"),
        cancel_url=reverse("events:people", args=[event.pk]),
        intro=_(
            "Stakeholders can ask to join through the public link until the deadline, while "
            "places remain. You approve or decline each request."
        ),
    )


# --- Attendance -------------------------------------------------------------------------------


@event_view("events.manage_event")
def attendance(request, event, pk):
    session = get_object_or_404(event.sessions, pk=pk)
    session.event = event
    rows = selectors.session_attendance(session=session)
    participations = [p for p, _present in rows]
    form = AttendanceForm(
        request.POST or None,
        participations=participations,
        initial={"present": [p.pk for p, present in rows if present]},
    )
    if request.method == "POST" and form.is_valid():
        try:
            count = services.attendance_record(
                session=session,
                present_ids={int(pk) for pk in form.cleaned_data["present"]},
                recorded_by=request.user,
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(
                request,
                _("Attendance saved: %(count)d of %(total)d present.")
                % {"count": count, "total": len(participations)},
            )
            return redirect("events:agenda", event.pk)
    return render(
        request,
        "events/attendance.html",
        {"event": event, "session": session, "form": form, "rows": rows},
    )


# --- Funding ----------------------------------------------------------------------------------


@event_view("events.manage_event")
def budget(request, event):
    return render(
        request,
        "events/budget.html",
        {
            "event": event,
            "lines": selectors.budget_lines(event=event),
            "totals": selectors.budget_totals(event=event),
        },
    )


def _budget_form(request, event, line, title):
    return model_form_page(
        request,
        event=event,
        form=BudgetLineForm(request.POST or None, instance=line),
        save=lambda form: services.budget_line_save(line=form.instance),
        title=title,
        success_message=_("The budget was saved."),
        done_url=reverse("events:budget", args=[event.pk]),
    )


@event_view("events.manage_event")
def budget_line_create(request, event):
    return _budget_form(request, event, BudgetLine(event=event), _("New budget line"))


@event_view("events.manage_event")
def budget_line_edit(request, event, pk):
    line = get_object_or_404(event.budget_lines, pk=pk)
    return _budget_form(request, event, line, _("Edit the budget line"))


@event_view("events.manage_event")
def budget_line_delete(request, event, pk):
    line = get_object_or_404(event.budget_lines, pk=pk)
    return delete_page(
        request,
        event=event,
        delete=lambda: services.budget_line_delete(line=line),
        title=_("Remove this budget line?"),
        message=str(line),
        button=_("Remove the line"),
        done_message=_("The budget line was removed."),
        done_url=reverse("events:budget", args=[event.pk]),
    )


# --- Public pages: registration and invitation links ------------------------------------------


def register(request, public_id):
    """The public registration page; it needs no account."""
    event = get_object_or_404(Event, public_id=public_id)
    closed_reason = services.registration_closed_reason(event=event)
    form = RegistrationForm(request.POST or None, event=event)
    if request.method == "POST" and closed_reason is None and form.is_valid():
        try:
            services.registration_submit(event=event, **form.cleaned_data)
        except ValidationError as error:
            apply_errors(form, error)
            closed_reason = services.registration_closed_reason(event=event)
        else:
            return render(request, "events/register_done.html", {"public_event": event})
    return render(
        request,
        "events/register.html",
        {"public_event": event, "form": form, "closed_reason": closed_reason},
        status=200,
    )


INVITATION_PROBLEMS = {
    services.InvitationError.EXPIRED: (
        _l("This invitation has expired"),
        _l("Invitation links work for a limited time. Ask the facilitator to send you a new one."),
    ),
    services.InvitationError.USED: (
        _l("This invitation has already been used"),
        _l(
            "Each link works once. If it was you, sign in with your username and password; if "
            "you have not set a password yet, ask the facilitator for a new invitation."
        ),
    ),
    services.InvitationError.INVALID: (
        _l("This invitation link is not valid"),
        _l(
            "The link may have been cut or changed. Copy the whole link from the email, or ask "
            "the facilitator to send it again."
        ),
    ),
    services.InvitationError.WITHDRAWN: (
        _l("This invitation was withdrawn"),
        _l("The facilitator withdrew this invitation or sent a newer one. Use the latest email."),
    ),
}


def _invitation_problem(request, error):
    title, explanation = INVITATION_PROBLEMS[error.reason]
    return render(
        request,
        "events/invitation_problem.html",
        {"title": title, "explanation": explanation},
        status=410 if error.reason != services.InvitationError.INVALID else 400,
    )


def invitation_accept(request, token):
    """GET shows the invitation; only the POST of its button uses it."""
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    try:
        invitation = services.invitation_from_token(token)
    except services.InvitationError as error:
        return _invitation_problem(request, error)
    holder = services.invitation_account(invitation=invitation)
    if holder is not None and holder.has_usable_password() and request.user != holder:
        # A link alone never opens an account that has a password: its owner signs in first.
        messages.info(
            request,
            _("This invitation is for an account that has a password. Sign in to accept it."),
        )
        return redirect_to_login(request.get_full_path())
    if request.method == "POST":
        try:
            user = services.invitation_accept(invitation=invitation)
        except services.InvitationError as error:
            return _invitation_problem(request, error)
        except ValidationError as error:
            return render(
                request,
                "events/invitation_problem.html",
                {
                    "title": _("This invitation cannot be used"),
                    "explanation": " ".join(error.messages),
                },
                status=409,
            )
        if request.user != user:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(
            request,
            _("Welcome, %(name)s. You take part in %(event)s.")
            % {"name": user.display_name, "event": invitation.event.title},
        )
        if not user.has_usable_password():
            messages.info(request, _("Set a password so that you can sign in again later."))
        return redirect(invitation.event.get_absolute_url())
    return render(request, "events/invitation_accept.html", {"invitation": invitation})
