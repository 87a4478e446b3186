"""The front matter of the reports (cover, one-page summary; the contents are built from the
rendered body): this app sits on top of the others, so it gathers the event, its assessment,
key issues, plan and endorsement for every kind but the sign-in sheet, which has none.

Who reads each kind decides what its summary holds. The event report and the agenda go to the
facilitators only (both need `events.manage_event`); the results to those who may see them
(`assessments.view_results`); the plan to every participant of the event, stakeholders
included, and, once published, to donors.

- Money (cost, pledged, gap) is in the event report only: the plan's and the results' readers
  include stakeholders, who never see pledges.
- The largest gaps (assessment scores) are in the event, results and agenda reports, never in
  the plan's: its stakeholders and donors may not open the results. They come from the latest
  closed round with enough submitted responses, as the members see them (never a live view).
"""

from collections import Counter
from pathlib import Path

from django.utils.translation import gettext as _

from actionplans.event_report import key_issues_as_shown, report_version
from actionplans.selectors.donors import version_funding
from actionplans.selectors.endorsement import NO_POSITION_TAKEN, endorsement_tally
from actionplans.selectors.versions import snapshot_actions, snapshot_cost_totals
from actionplans.services.versions import plan_snapshot
from assessments.models import translated
from assessments.selectors.results import round_results
from assessments.selectors.rounds import MIN_RESPONSES_FOR_AGGREGATES, rounds_of_event
from cdfacil import reports
from cdfacil.models import Organisation
from events.models import Participation
from events.selectors.logos import cover_organisations
from events.selectors.people import event_participations

LARGEST_GAPS = 5
# The summary holds one page: longer lists end with how many more the body has.
SUMMARY_KEY_ISSUES = 8


def _logo(organisation: Organisation | None) -> dict | None:
    if organisation is None or not organisation.logo:
        return None
    # The file's own name changes with every upload, so the fingerprint follows the logo.
    return {"name": str(organisation), "src": Path(organisation.logo.path).as_uri()}


def _cover(event, participations) -> tuple[Organisation | None, list[dict]]:
    """The lead ministry, and the logos: the lead ministry's first, then the facilitators'
    organisations'."""
    owner, organisations = cover_organisations(event=event, participations=participations)
    return owner, [logo for logo in map(_logo, organisations) if logo]


def _participants(participations) -> dict:
    kinds = Counter(p.user.organisation.kind if p.user.organisation else "" for p in participations)
    roles = Counter(p.role for p in participations)
    return {
        "total": len(participations),
        "by_kind": [
            (str(label), kinds[value])
            for value, label in [*Organisation.Kind.choices, ("", _("No organisation"))]
            if kinds[value]
        ],
        "by_role": [
            (str(label), roles[value])
            for value, label in Participation.Role.choices
            if roles[value]
        ],
    }


def largest_gaps(event, assessment_round=None) -> dict | None:
    """The largest gaps of `assessment_round`, or of the event's latest closed round, as the
    members see them: none for an open round or one with too few submitted responses."""
    candidates = (
        [assessment_round]
        if assessment_round is not None
        else list(rounds_of_event(event=event).order_by("-closes_at", "-number"))
    )
    for candidate in candidates:
        if not candidate.is_closed:
            continue  # an open round's results are never read for the summary
        results = round_results(assessment_round=candidate)
        if results["submitted_count"] >= MIN_RESPONSES_FOR_AGGREGATES:
            return {
                "round": _("%(kind)s, round %(number)d")
                % {"kind": candidate.get_kind_display(), "number": candidate.number},
                "rows": [
                    {
                        "code": row["code"],
                        "text": translated(row["text"]),
                        "current": row["current"],
                        "desired": row["desired"],
                        "gap": row["gap"],
                    }
                    for row in results["priorities"][:LARGEST_GAPS]
                ],
            }
    return None


def _money(version, snapshot) -> list[dict]:
    """Cost, pledged and gap per currency: of the frozen version (pledges count against it),
    else the draft's cost alone."""
    if version is not None:
        return version_funding(versions=[version])[version.pk]
    totals = snapshot_cost_totals(snapshot or {})
    return [
        {"currency": currency, "cost": totals[currency], "pledged": None, "gap": None}
        for currency in sorted(totals)
    ]


def _tally(version) -> dict | None:
    if version is None:
        return None
    tally = endorsement_tally(version=version)
    return {
        # Labelled as the body's record labels them.
        "counts": [
            (str(NO_POSITION_TAKEN if stance == "none" else label), count)
            for stance, label, count in tally.counts
            if count
        ],
        "outcome": str(version.get_status_display()),
        "needs": [str(need) for need in tally.needs]
        if version.status == version.Status.OPEN
        else [],
    }


def _period(snapshot) -> tuple[str, str] | None:
    actions = snapshot_actions(snapshot or {})
    starts = [a["starts_on"] for a in actions if a.get("starts_on")]
    ends = [a["ends_on"] for a in actions if a.get("ends_on")]
    return (min(starts), max(ends)) if starts and ends else None


def front_matter(
    event, *, kind: str, version=None, subtitle: str = "", assessment_round=None
) -> dict:
    """The cover and summary of a report of `kind` on `event`, about `version` of its plan
    (else the version the event report shows, else the draft)."""
    version = version or report_version(event)
    plan = getattr(event, "plan", None)
    snapshot = (
        version.snapshot
        if version is not None
        else (plan_snapshot(plan=plan) if plan is not None else None)
    )
    participations = list(event_participations(event=event).select_related("user__organisation"))
    owner, logos = _cover(event, participations)
    issues = key_issues_as_shown(event)
    return {
        "title": str(reports.get(kind).label),
        "subtitle": subtitle,
        "event": event.title,
        "country": str(event.country.name),
        "sector": str(event.get_sector_display()),
        "owner": str(owner) if owner else "",
        "period": _period(snapshot),
        "version": {"number": version.number, "status": str(version.get_status_display())}
        if version is not None
        else None,
        "logos": logos,
        "participants": _participants(participations),
        # The plan's readers may not see the results: its summary has no scores.
        "with_gaps": kind != "plan",
        "gaps": largest_gaps(event, assessment_round) if kind != "plan" else None,
        "key_issues": [
            {"title": issue.title, "dots": issue.total_dots}
            for issue in issues[:SUMMARY_KEY_ISSUES]
        ],
        "more_key_issues": max(len(issues) - SUMMARY_KEY_ISSUES, 0),
        "action_count": len(snapshot_actions(snapshot)) if snapshot is not None else None,
        "money": _money(version, snapshot) if kind == "event" else None,
        "tally": _tally(version),
    }


def _event_front(event) -> dict:
    return front_matter(event, kind="event")


def _agenda_front(event) -> dict:
    return front_matter(event, kind="agenda")


def _plan_front(version) -> dict:
    return front_matter(
        version.plan.event,
        kind="plan",
        version=version,
        subtitle=version.snapshot.get("title", ""),
    )


def _results_front(assessment_round) -> dict:
    subtitle = _("%(kind)s, round %(number)d") % {
        "kind": assessment_round.get_kind_display(),
        "number": assessment_round.number,
    }
    return front_matter(
        assessment_round.event,
        kind="results",
        subtitle=subtitle,
        assessment_round=assessment_round,
    )


reports.front_matter_register("event", _event_front)
reports.front_matter_register("agenda", _agenda_front)
reports.front_matter_register("plan", _plan_front)
reports.front_matter_register("results", _results_front)
