"""The People page: who takes part, their roles, and the core group."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from cdfacil.web import apply_errors, confirm_action, event_page, form_page, page_of
from events.core_group import core_group_warnings
from events.forms import ParticipationForm
from events.models import Participation
from events.permissions import event_view
from events.selectors.invitations import event_pending_invitations
from events.selectors.people import event_participations
from events.selectors.registration import event_registrations
from events.services import people as people_services


def waiting_invitations(event) -> list:
    """The invitations waiting for an answer, each marked `expired` when its link no longer
    works."""
    invitations = list(event_pending_invitations(event=event))
    now = timezone.now()
    for invitation in invitations:
        invitation.expired = invitation.expires_at <= now
    return invitations


@event_view("events.manage_event")
def people(request, event):
    participations = list(event_participations(event=event))
    core_group = [p for p in participations if p.role == Participation.Role.CORE_GROUP]
    invitations = waiting_invitations(event)
    pending = sum(
        1 for i in invitations if i.role == Participation.Role.CORE_GROUP and not i.expired
    )
    return event_page(
        request,
        event,
        "events/people.html",
        participations=participations,
        core_group=core_group,
        core_group_warnings=core_group_warnings(members=core_group, pending=pending),
        invitations=invitations,
        registrations=page_of(event_registrations(event=event), request),
        registration_link=request.build_absolute_uri(
            reverse("events:register", args=[event.public_id])
        ),
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
            people_services.participation_update(
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
    name = participation.user.display_name
    return confirm_action(
        request,
        act=lambda: people_services.participation_remove(
            participation=participation, by=request.user
        ),
        done_message=_("%(name)s was removed from the event.") % {"name": name},
        done_url=reverse("events:people", args=[event.pk]),
        event=event,
        title=_("Remove %(name)s from the event?") % {"name": name},
        message=_("They will no longer see the event. Their attendance records are removed too."),
        button=_("Remove"),
    )
