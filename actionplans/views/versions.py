"""Pages of frozen versions: freezing the plan, reading a version (with the position form while
it is open), publishing an endorsed one to donors and withdrawing it."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from actionplans.forms.endorsement import PositionForm
from actionplans.models import PlanVersion
from actionplans.selectors.endorsement import (
    endorsement_tally,
    event_organisations,
    version_positions,
)
from actionplans.selectors.versions import plan_version_for
from actionplans.services import versions as version_services
from actionplans.views.plan import plan_or_404
from cdfacil.web import confirm_action, event_page, model_form_page, object_view
from events.forms import ReasonForm
from events.permissions import event_view
from events.phases import act_refusals


def version_url(version: PlanVersion) -> str:
    return reverse("actionplans:version_detail", args=[version.plan.event_id, version.number])


def version_view(permission: str):
    """A page of one frozen version, loaded by its event and number for the person."""
    return object_view(permission, load=plan_version_for)


@event_view("actionplans.manage_plan")
def plan_freeze(request, event):
    plan = plan_or_404(event)
    problems = []
    closed = act_refusals(event=event, act="plan_freeze")
    if request.method == "POST":
        try:
            version = version_services.plan_freeze(plan=plan, by=request.user)
        except ValidationError as error:
            problems = [reason for reason in error.messages if reason not in closed]
        else:
            messages.success(
                request,
                _("Version %(number)d was frozen and is open for positions.")
                % {"number": version.number},
            )
            return redirect(version_url(version))
    return event_page(
        request,
        event,
        "actionplans/plan_freeze.html",
        plan=plan,
        problems=problems,
        closed=closed,
        disabled=bool(closed),
    )


def position_form(request, version: PlanVersion, data=None) -> PositionForm:
    """A facilitator picks any organisation present; anyone else records for their own."""
    if request.user.has_perm("actionplans.manage_version", version):
        return PositionForm(data, organisations=event_organisations(event=version.plan.event))
    return PositionForm(data, organisations=None, own_organisation=request.user.organisation)


def version_page(request, version: PlanVersion, form=None):
    may_record = (
        request.user.has_perm("actionplans.record_position", version)
        and version.status == PlanVersion.Status.OPEN
    )
    position_refusals = (
        act_refusals(event=version.viewer_event, act="position") if may_record else []
    )
    can_record = may_record and not position_refusals
    if can_record and form is None:
        form = position_form(request, version)
    return render(
        request,
        "actionplans/version_detail.html",
        {
            "event": version.viewer_event,
            "version": version,
            "snapshot": version.snapshot,
            "positions": version_positions(version=version),
            "tally": endorsement_tally(version=version),
            "can_manage": request.user.has_perm("actionplans.manage_version", version),
            "can_record": can_record,
            "position_refusals": position_refusals,
            "form": form,
            "own_organisation": request.user.organisation,
        },
    )


@version_view("actionplans.view_version")
def version_detail(request, version):
    return version_page(request, version)


@version_view("actionplans.manage_version")
def version_publish(request, version):
    return confirm_action(
        request,
        act=lambda: version_services.plan_version_publish(version=version, by=request.user),
        done_message=_("The version is published to donors."),
        done_url=version_url(version),
        event=version.viewer_event,
        title=_("Publish version %(number)d to donors?") % {"number": version.number},
        message=_(
            "Every donor on the platform sees this version, its actions and their costs in "
            "their portfolio, and may pledge to its actions. You can withdraw it later with a "
            "reason; the donors who pledged are then told by email."
        ),
        button=_("Publish to donors"),
    )


@version_view("actionplans.manage_version")
def version_withdraw(request, version):
    """A form for the reason; the version leaves the donors' portfolio."""
    return model_form_page(
        request,
        event=version.viewer_event,
        form=ReasonForm(request.POST or None),
        save=lambda form: version_services.plan_version_withdraw(
            version=version, by=request.user, reason=form.cleaned_data["reason"]
        ),
        title=_("Withdraw version %(number)d from donors") % {"number": version.number},
        submit=_("Withdraw from donors"),
        success_message=_("The version is withdrawn from donors; those who pledged are told."),
        done_url=version_url(version),
        intro=_(
            "The version leaves the donors' portfolio and takes no new pledge. The pledges made "
            "stay on record, and the donors who made them receive an email with your reason."
        ),
    )
