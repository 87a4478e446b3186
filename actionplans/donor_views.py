"""Donor pages (portfolio, plan, pledges), the event's view of its pledges, and the follow-up.

Donors are platform-wide: their pages load the plan version through `selectors.donor_version`,
which hides (404) every version they may not read. Event pages use `event_view` as elsewhere.
"""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import path, reverse
from django.utils.translation import gettext as _

from actionplans import selectors, services
from actionplans.donor_forms import (
    MeasurementForm,
    PledgeForm,
    PortfolioFilterForm,
    ProgressUpdateForm,
)
from actionplans.models import Action, Indicator, IndicatorMeasurement, Pledge, ProgressUpdate
from cdfacil.web import model_form_page
from events.permissions import event_view

PORTFOLIO_PAGE_SIZE = 25


# --- Donors ---------------------------------------------------------------------------------------


@login_required
def donor_portfolio(request):
    if not request.user.has_perm("actionplans.view_portfolio"):
        raise PermissionDenied
    # Only countries with plans to see: a shorter list to choose from, and a lighter page.
    form = PortfolioFilterForm(request.GET or None, country_codes=selectors.portfolio_countries())
    filters = form.filters() if request.GET else {}
    versions = selectors.portfolio_versions(user=request.user, **filters)
    page = Paginator(versions, PORTFOLIO_PAGE_SIZE).get_page(request.GET.get("page"))
    funding = selectors.version_funding(versions=page.object_list)
    rows = [{"version": version, "funding": funding[version.pk]} for version in page]
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "actionplans/donor_portfolio.html",
        {
            "form": form,
            "page": page,
            "rows": rows,
            "filtered": bool(filters),
            "query": query.urlencode(),
        },
    )


def _readable_version(request, version_pk):
    version = selectors.donor_version(user=request.user, pk=version_pk)
    if version is None:
        raise Http404
    return version


@login_required
def donor_plan(request, version_pk):
    version = _readable_version(request, version_pk)
    event = version.plan.event
    user = request.user
    show_pledges = user.has_perm("actionplans.view_version_pledges", version)
    pledges_by_action: dict[int, list] = {}
    if show_pledges:
        for pledge in selectors.version_pledges(version=version):
            pledges_by_action.setdefault(pledge.action_id, []).append(pledge)
    objectives = []
    for objective in version.snapshot.get("objectives", []):
        outputs = []
        for output in objective.get("outputs", []):
            actions = []
            for action in output.get("actions", []):
                pledges = pledges_by_action.get(action["id"], [])
                actions.append(
                    {
                        **action,
                        "pledges": pledges,
                        "own_pledges": [p for p in pledges if p.donor_id == user.pk],
                    }
                )
            outputs.append({**output, "actions": actions})
        objectives.append({**objective, "outputs": outputs})
    return render(
        request,
        "actionplans/donor_plan.html",
        {
            "version": version,
            "plan_event": event,
            "snapshot": version.snapshot,
            "objectives": objectives,
            "funding": selectors.version_funding(versions=[version])[version.pk],
            "show_pledges": show_pledges,
            "can_pledge": user.has_perm("actionplans.pledge", version),
        },
    )


def _action_title(version, action_pk) -> str:
    for action in selectors.snapshot_actions(version.snapshot):
        if action["id"] == action_pk:
            return action["title"]
    return _("an action")


def _pledge_page(request, *, version, pledge, title):
    form = PledgeForm(request.POST or None, instance=pledge)
    done_url = reverse("actionplans:donor_plan", args=[version.pk])
    return model_form_page(
        request,
        event=None,
        form=form,
        save=lambda form: services.pledge_save(pledge=form.instance, by=request.user),
        title=title,
        success_message=_("Your pledge was saved."),
        done_url=done_url,
    )


@login_required
def pledge_create(request, version_pk, action_pk):
    version = _readable_version(request, version_pk)
    if not request.user.has_perm("actionplans.pledge", version):
        raise PermissionDenied
    pledge = Pledge(
        action_id=action_pk,
        version=version,
        donor=request.user,
        organisation_id=request.user.organisation_id,
    )
    title = _("Pledge to “%(action)s”") % {"action": _action_title(version, action_pk)}
    return _pledge_page(request, version=version, pledge=pledge, title=title)


@login_required
def pledge_edit(request, pk):
    # Someone else's pledge does not exist for this person.
    pledge = get_object_or_404(Pledge.objects.select_related("version"), pk=pk, donor=request.user)
    version = _readable_version(request, pledge.version_id)
    if not request.user.has_perm("actionplans.pledge", version):
        raise PermissionDenied
    title = _("Your pledge to “%(action)s”") % {"action": _action_title(version, pledge.action_id)}
    return _pledge_page(request, version=version, pledge=pledge, title=title)


# --- The event's pledges and the follow-up ------------------------------------------------------


@event_view("actionplans.view_pledges")
def plan_pledges(request, event):
    pledges = list(selectors.event_pledges(event=event))
    versions = {pledge.version_id: pledge.version for pledge in pledges}
    funding = selectors.version_funding(versions=versions.values())
    return render(
        request,
        "actionplans/pledge_list.html",
        {
            "event": event,
            "pledges": pledges,
            "totals": [
                {"version": version, "funding": funding[version.pk]}
                for version in versions.values()
            ],
        },
    )


@event_view("actionplans.view_plan")
def plan_dashboard(request, event):
    followup = selectors.plan_followup(event=event, today=event.local_today())
    return render(
        request,
        "actionplans/progress_dashboard.html",
        {
            "event": event,
            "followup": followup,
            "can_edit": request.user.has_perm("actionplans.edit_plan", event),
        },
    )


@event_view("actionplans.edit_plan")
def progress_create(request, event, action_pk):
    action = get_object_or_404(Action, pk=action_pk, output__objective__plan__event=event)
    form = ProgressUpdateForm(
        request.POST or None,
        instance=ProgressUpdate(action=action),
        initial={"date": event.local_today()},
    )
    return model_form_page(
        request,
        event=event,
        form=form,
        save=lambda form: services.progress_record(
            action=action, recorded_by=request.user, **form.cleaned_data
        ),
        title=_("Progress on “%(action)s”") % {"action": action.title},
        success_message=_("The progress update was recorded."),
        done_url=reverse("actionplans:plan_dashboard", args=[event.pk]),
    )


@event_view("actionplans.edit_plan")
def measurement_create(request, event, indicator_pk):
    indicator = get_object_or_404(
        Indicator.objects.filter(
            Q(objective__plan__event=event) | Q(output__objective__plan__event=event)
        ),
        pk=indicator_pk,
    )
    form = MeasurementForm(
        request.POST or None,
        instance=IndicatorMeasurement(indicator=indicator),
        initial={"date": event.local_today()},
    )
    return model_form_page(
        request,
        event=event,
        form=form,
        save=lambda form: services.measurement_record(
            indicator=indicator, recorded_by=request.user, **form.cleaned_data
        ),
        title=_("Measure “%(indicator)s”") % {"indicator": indicator.description},
        success_message=_("The measurement was recorded."),
        done_url=reverse("actionplans:plan_dashboard", args=[event.pk]),
    )


urlpatterns = [
    path("donors/", donor_portfolio, name="donor_portfolio"),
    path("donors/plans/<int:version_pk>/", donor_plan, name="donor_plan"),
    path(
        "donors/plans/<int:version_pk>/actions/<int:action_pk>/pledge/",
        pledge_create,
        name="pledge_create",
    ),
    path("donors/pledges/<int:pk>/", pledge_edit, name="pledge_edit"),
    path("events/<int:event_pk>/plan/pledges/", plan_pledges, name="plan_pledges"),
    path("events/<int:event_pk>/plan/dashboard/", plan_dashboard, name="plan_dashboard"),
    path(
        "events/<int:event_pk>/plan/follow-up/actions/<int:action_pk>/progress/",
        progress_create,
        name="progress_create",
    ),
    path(
        "events/<int:event_pk>/plan/follow-up/indicators/<int:indicator_pk>/measurement/",
        measurement_create,
        name="measurement_create",
    ),
]
