"""The PDF report of the plan: the donor-ready action plan of a frozen version. The event
report, which holds everything, is in `actionplans.event_report`."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from actionplans.models import Action, ImplementationBody, PlanVersion, Risk
from actionplans.selectors.donors import donor_version
from actionplans.selectors.endorsement import version_positions
from actionplans.selectors.versions import snapshot_actions, snapshot_cost_totals
from assessments.models import CDMethod
from cdfacil import reports
from cdfacil.downloads import sector_and_country
from events import reports as event_reports


def _label(choices, value) -> str:
    try:
        return str(choices(value).label)
    except ValueError:
        return value or ""


def snapshot_for_print(snapshot: dict) -> dict:
    """The frozen plan with the labels of its coded fields, in the active language."""
    objectives = []
    for objective in snapshot.get("objectives", []):
        outputs = []
        for output in objective.get("outputs", []):
            actions = [
                {
                    **action,
                    "cd_method_label": _label(CDMethod, action.get("cd_method")),
                    "funding_status_label": _label(
                        Action.FundingStatus, action.get("funding_status")
                    ),
                    "status_label": _label(Action.Status, action.get("status")),
                }
                for action in output.get("actions", [])
            ]
            outputs.append({**output, "actions": actions})
        objectives.append({**objective, "outputs": outputs})
    return {
        **snapshot,
        "objectives": objectives,
        "risks": [
            {**risk, "kind_label": _label(Risk.Kind, risk.get("kind"))}
            for risk in snapshot.get("risks", [])
        ],
        "bodies": [
            {**body, "kind_label": _label(ImplementationBody.Kind, body.get("kind"))}
            for body in snapshot.get("bodies", [])
        ],
        "action_count": len(snapshot_actions(snapshot)),
    }


# --- The action plan of a frozen version ---------------------------------------------------------


def version_for(user, pk):
    if user is None:
        return PlanVersion.objects.select_related("plan__event", "frozen_by").filter(pk=pk).first()
    return donor_version(user=user, version_pk=pk)


def _positions(version) -> list:
    return [
        [p.organisation_id, str(p.organisation), p.stance, p.comment, p.on_behalf]
        for p in version_positions(version=version)
    ]


def snapshot_costs(snapshot: dict) -> list[dict]:
    """The estimated cost of a frozen plan per currency. Pledges are not printed: the plan's
    readers include stakeholders, who never see pledges."""
    totals = snapshot_cost_totals(snapshot)
    return [{"currency": currency, "cost": totals[currency]} for currency in sorted(totals)]


def version_content(version) -> dict:
    return {
        "fingerprint": version.fingerprint,
        "number": version.number,
        "status": version.status,
        "reasons": version.outcome_reasons,
        "closed_at": version.closed_at and version.closed_at.isoformat(),
        "published_at": version.published_at and version.published_at.isoformat(),
        "positions": _positions(version),
        "event": event_reports.event_facts(version.plan.event),
    }


def version_context(version) -> dict:
    return {
        "version": version,
        "snapshot": snapshot_for_print(version.snapshot),
        "positions": version_positions(version=version),
        "costs": snapshot_costs(version.snapshot),
    }


def _versions_offered(event, user):
    offered = []
    versions = PlanVersion.objects.filter(plan__event=event).select_related("plan")
    for version in versions.order_by("-number"):
        # The event carries the person's role, so each version's rule asks it without a query.
        version.plan.event = event
        if user.has_perm("actionplans.view_version", version):
            label = _("Action plan: version %(number)d (%(status)s)") % {
                "number": version.number,
                "status": version.get_status_display(),
            }
            offered.append((version, label))
    return offered


PLAN = reports.register(
    reports.ReportKind(
        name="plan",
        label=_("Action plan"),
        description=_(
            "a frozen version, donor-ready: objectives, outputs, actions, costs and the "
            "endorsement, with its fingerprint and status on every page"
        ),
        template="actionplans/reports/plan.html",
        load_for=version_for,
        content=version_content,
        # The plan's reading page, open to its event's participants and, once published, donors.
        back_url=lambda version: reverse("actionplans:donor_plan", args=[version.pk]),
        event_of=lambda version: version.plan.event,
        context=version_context,
        subjects=_versions_offered,
        order=50,
        file_words=lambda version: [sector_and_country(version.plan.event), f"v{version.number}"],
    )
)
