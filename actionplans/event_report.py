"""The event report, which holds everything: this app sits on top of the others, so it can
gather them. The plan's own report is in `actionplans.reports`."""

from itertools import groupby

from django.utils.translation import gettext_lazy as _

from actionplans import event_record as record
from actionplans.models import PlanVersion
from actionplans.reports import snapshot_for_print, version_content, version_context
from actionplans.selectors.key_issues import ballot_of, key_issues_ranked
from actionplans.services.versions import plan_snapshot
from assessments import reports as assessment_reports
from assessments.models import AssessmentRound
from assessments.selectors.rounds import rounds_of_event
from cdfacil import reports
from events import reports as event_reports
from events.selectors.agenda import agenda_days
from events.selectors.people import event_participations

# --- The event report: everything ----------------------------------------------------------------


def report_version(event):
    """The version the event report shows: the latest endorsed one, else the latest frozen."""
    versions = PlanVersion.objects.filter(plan__event=event).select_related("plan", "frozen_by")
    return (
        versions.filter(status=PlanVersion.Status.ENDORSED).order_by("-number").first()
        or versions.order_by("-number").first()
    )


def report_subjects(event) -> dict:
    """What each report kind is of, for an event: the event itself, its first assessment round
    and its latest frozen plan version (None where there is none yet)."""
    return {
        "event": event,
        "agenda": event,
        "attendance": event,
        "results": AssessmentRound.objects.filter(event=event).order_by("number").first(),
        "plan": PlanVersion.objects.filter(plan__event=event).order_by("-number").first(),
    }


def key_issues_as_shown(event) -> list:
    """The ranking with its totals once they show to everyone; while the vote hides them, the
    issues in the order they were written, without totals (as on the page)."""
    shown = ballot_of(event=event).totals_shown
    issues = list(key_issues_ranked(event=event, ranked=shown))
    if not shown:
        for issue in issues:
            issue.total_dots = None
    return issues


def _plan_parts(event) -> tuple:
    """(the version printed, or None; the draft's snapshot when no version is, or None)."""
    version = report_version(event)
    plan = getattr(event, "plan", None)
    draft = None if version is not None or plan is None else plan_snapshot(plan=plan)
    return version, draft


def event_content(event) -> dict:
    version, draft = _plan_parts(event)
    return {
        "agenda": event_reports.agenda_content(event),
        "people": event_reports.participants_content(event),
        "rounds": [
            assessment_reports.results_content(r)
            for r in rounds_of_event(event=event).order_by("number")
        ],
        "key_issues": record.key_issues_content(key_issues_as_shown(event)),
        "version": version and version_content(version),
        "draft": draft,
        "funding": record.funding_content(record.funding(event)),
        "attendance": record.attendance_content(record.attendance(event)),
        "inventory": record.inventory_content(record.inventory(event)),
        "consensus": record.consensus_content(record.consensus(event)),
        "chapters": {chapter.name: chapter.content(event) for chapter in reports.event_chapters()},
    }


def _long(rows: int) -> bool:
    return rows > record.LONG_ROWS


def _chapter_rows(context: dict) -> int:
    """A higher app's chapter: each item it lists (a poll, an evaluation) is a block of about
    ten lines."""
    return 2 + 10 * sum(len(value) for value in context.values() if isinstance(value, list))


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
    version, draft = _plan_parts(event)
    frozen = version_context(version) if version is not None else {}
    # The plan as printed: the version's, else the draft's
    plan = frozen.get("snapshot") or snapshot_for_print(
        version.snapshot if version is not None else draft or {}
    )
    days = agenda_days(event=event)
    key_issues = record.key_issues(
        key_issues_as_shown(event),
        rounds=rounds,
        snapshot=version.snapshot if version is not None else draft,
    )
    chapters = [
        {"template": chapter.template, **chapter.context(event)}
        for chapter in reports.event_chapters()
    ]
    parts = {
        "funding": record.funding(event),
        "attendance": record.attendance(event),
        "inventory": record.inventory(event),
        "consensus": record.consensus(event),
    }
    long = {
        "agenda": _long(sum(2 + 2 * len(sessions) for _n, _d, sessions in days)),
        "participants": _long(len(participations) + 2 * len(by_organisation)),
        "results": any(context["figures"] for context in rounds),
        "key_issues": _long(key_issues["rows"]),
        "plan": _long(8 * plan["action_count"] + 3 * len(plan.get("objectives", []))),
        **{name: _long(part["rows"]) for name, part in parts.items()},
    }
    for chapter in chapters:
        chapter["long"] = _long(_chapter_rows(chapter))
    return {
        "days": days,
        "by_organisation": by_organisation,
        "people_count": len(participations),
        "rounds": rounds,
        "key_issues": key_issues["issues"],
        "plan_version": version,
        **frozen,
        "draft": None if draft is None else plan,
        **parts,
        "long": long,
        # Chapters of the apps above this one (the workshops' polls and evaluations)
        "chapters": chapters,
    }


EVENT = event_reports.event_kind(
    name="event",
    label=_("Event report"),
    description=_(
        "everything: the event, agenda, participants and attendance, the inventory of "
        "capacity-development efforts, assessment results with the consensus record, key issues "
        "with their gaps and actions, the action plan and its endorsement with the "
        "fingerprint, and the funding with its pledges"
    ),
    template="actionplans/reports/event.html",
    content=event_content,
    back_to="events:detail",
    context=event_context,
    order=10,
)
