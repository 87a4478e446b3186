"""The event report, which holds everything: this app sits on top of the others, so it can
gather them. The plan's own report is in `actionplans.reports`."""

from itertools import groupby

from django.utils.translation import gettext_lazy as _

from actionplans.models import PlanVersion
from actionplans.reports import snapshot_for_print, version_content, version_context
from actionplans.selectors.key_issues import ballot_of, key_issues_ranked
from actionplans.services.versions import plan_snapshot
from assessments import reports as assessment_reports
from assessments.selectors.rounds import rounds_of_event
from cdfacil import reports
from events import reports as event_reports
from events.selectors.agenda import agenda_days
from events.selectors.people import event_participations

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
