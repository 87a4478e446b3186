"""PDF reports of the plan: the donor-ready action plan of a frozen version, and the event
report, which holds everything (this app sits on top of the others, so it can gather them)."""

from itertools import groupby

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from actionplans.models import Action, ImplementationBody, PlanVersion, Risk
from actionplans.selectors.donors import donor_version
from actionplans.selectors.endorsement import version_positions
from actionplans.selectors.key_issues import ballot_of, key_issues_ranked
from actionplans.selectors.versions import snapshot_actions, snapshot_cost_totals
from actionplans.services.versions import plan_snapshot
from assessments import reports as assessment_reports
from assessments.models import CDMethod
from assessments.selectors.rounds import rounds_of_event
from cdfacil import reports
from events import reports as event_reports
from events.selectors.agenda import agenda_days
from events.selectors.people import event_participations


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
    )
)


# --- The event report: everything ----------------------------------------------------------------


def _report_version(event):
    """The version the event report shows: the latest endorsed one, else the latest frozen."""
    versions = PlanVersion.objects.filter(plan__event=event).select_related("plan", "frozen_by")
    return (
        versions.filter(status=PlanVersion.Status.ENDORSED).order_by("-number").first()
        or versions.order_by("-number").first()
    )


def _key_issues_as_shown(event) -> list:
    """The ranking with its totals once they show to everyone; while the vote hides them, the
    issues in the order they were written, without totals (as on the page)."""
    shown = ballot_of(event=event).totals_shown
    issues = list(key_issues_ranked(event=event, ranked=shown))
    if not shown:
        for issue in issues:
            issue.total_dots = None
    return issues


def _key_issues(event) -> list:
    return [
        [issue.pk, issue.title, issue.description, issue.total_dots]
        for issue in _key_issues_as_shown(event)
    ]


def event_content(event) -> dict:
    version = _report_version(event)
    plan = getattr(event, "plan", None)
    return {
        "agenda": event_reports.agenda_content(event),
        "people": event_reports.participants_content(event),
        "rounds": [
            assessment_reports.results_content(r)
            for r in rounds_of_event(event=event).order_by("number")
        ],
        "key_issues": _key_issues(event),
        "version": version and version_content(version),
        "draft": None if version is not None or plan is None else plan_snapshot(plan=plan),
        "chapters": {chapter.name: chapter.content(event) for chapter in reports.event_chapters()},
    }


def event_context(event) -> dict:
    participations = sorted(
        event_participations(event=event),
        key=lambda p: (str(p.user.organisation or ""), p.role, p.user.display_name),
    )
    by_organisation = [
        {"organisation": name, "people": list(people)}
        for name, people in groupby(participations, key=lambda p: str(p.user.organisation or ""))
    ]
    rounds = []
    for assessment_round in rounds_of_event(event=event).order_by("number"):
        assessment_round.event = event
        rounds.append(assessment_reports.results_context(assessment_round))
    version = _report_version(event)
    plan = getattr(event, "plan", None)
    return {
        "days": agenda_days(event=event),
        "by_organisation": by_organisation,
        "people_count": len(participations),
        "rounds": rounds,
        "key_issues": _key_issues_as_shown(event),
        "plan_version": version,
        **(version_context(version) if version is not None else {}),
        "draft": None
        if version is not None or plan is None
        else snapshot_for_print(plan_snapshot(plan=plan)),
        # Chapters of the apps above this one (the workshops' evaluations)
        "chapters": [
            {"template": chapter.template, **chapter.context(event)}
            for chapter in reports.event_chapters()
        ],
    }


EVENT = event_reports.event_kind(
    name="event",
    label=_("Event report"),
    description=_(
        "everything: the event, agenda, participants, assessment results with charts, key "
        "issues, the action plan and its endorsement with the fingerprint"
    ),
    template="actionplans/reports/event.html",
    content=event_content,
    back_to="events:detail",
    context=event_context,
    order=10,
)
