"""The PDF report of the plan: the donor-ready action plan of a frozen version, as a logframe
(results chain, timeline, cost per objective, funding now), then its endorsement record and how
to check its fingerprint. The event report, which holds everything, is in
`actionplans.event_report` and prints the same parts."""

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from actionplans.logframe import snapshot_for_print
from actionplans.models import PlanVersion
from actionplans.selectors.donors import donor_version
from actionplans.selectors.endorsement import endorsement_tally, version_positions
from actionplans.selectors.funding import cost_by_state, funding_states
from actionplans.selectors.versions import snapshot_actions
from cdfacil import reports
from cdfacil.downloads import sector_and_country
from events import reports as event_reports
from events.models import Participation

__all__ = ["snapshot_for_print", "version_content", "version_context"]


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


def _facilitator_count(event) -> int:
    """The signature block has a place for each of the event's facilitators (one at least)."""
    count = Participation.objects.filter(event=event, role=Participation.Role.FACILITATOR).count()
    return min(max(count, 1), 4)


def _record(version, tally) -> dict:
    """How the endorsement rule (`actionplans.endorsement`) was met, in counts."""
    counts = {stance: count for stance, _label, count in tally.counts}
    taken = sum(count for stance, count in counts.items() if stance != "none")
    endorsing = counts.get("endorse", 0) + counts.get("reservations", 0)
    return {
        "tally": tally,
        "taken": taken,
        "endorsing": endorsing,
        "majority": taken // 2 + 1,
        "majority_met": bool(taken) and endorsing * 2 > taken,
        "facilitators": range(_facilitator_count(version.plan.event)),
    }


def plan_page_url(version) -> str:
    """The plan's reading page, where its canonical JSON is offered for download."""
    return settings.CDFACIL_BASE_URL.rstrip("/") + reverse(
        "actionplans:donor_plan", args=[version.pk]
    )


def version_content(version) -> dict:
    tally = endorsement_tally(version=version)
    return {
        "fingerprint": version.fingerprint,
        "number": version.number,
        "status": version.status,
        "reasons": version.outcome_reasons,
        "closed_at": version.closed_at and version.closed_at.isoformat(),
        "published_at": version.published_at and version.published_at.isoformat(),
        "positions": _positions(version),
        "event": event_reports.event_facts(version.plan.event),
        # What is printed beside the frozen text: the funding now, the tally, the signatures.
        "funding": sorted(funding_states(version=version).items()),
        "tally": [[stance, count] for stance, _label, count in tally.counts],
        "lead": tally.lead and [tally.lead.pk, str(tally.lead)],
        "facilitators": _facilitator_count(version.plan.event),
        "check": plan_page_url(version),
    }


def version_context(version) -> dict:
    snapshot = snapshot_for_print(version.snapshot, funding=funding_states(version=version))
    return {
        "version": version,
        "snapshot": snapshot,
        "positions": version_positions(version=version),
        # Costs per currency and how much of them is funded now: costs only, never pledged
        # sums, since the plan's readers include stakeholders, who never see pledges.
        "costs": cost_by_state(snapshot_actions(snapshot)),
        "funding_now": True,
        "record": _record(version, endorsement_tally(version=version)),
        "plan_page_url": plan_page_url(version),
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
