"""The event report's record of what the event spent, who came and what was decided: the funding
(budget lines and pledges), attendance per day, the inventory of capacity-development efforts,
the consensus record, and the key issues with the gaps behind them and the actions that address
them. Each chapter is one read, whose result serves both the fingerprinted content and the
template."""

from collections import Counter, defaultdict
from decimal import Decimal
from itertools import groupby
from operator import attrgetter

from django.utils.translation import gettext_lazy as _

from actionplans.models import Pledge
from actionplans.selectors.donors import event_pledges
from actionplans.selectors.versions import snapshot_actions
from assessments.models import ConsensusScore
from assessments.selectors.inventory import cd_initiative_budget_totals, cd_initiatives_of_event
from assessments.selectors.results import QUESTION_ORDER
from cdfacil.models import Organisation
from events.models import Participation, Session
from events.selectors.attendance import attendance_sheet, folded
from events.selectors.funding import budget_lines

# About the lines of two-thirds of a page: a chapter with more starts on a page of its own, a
# shorter one follows on the page of the one before (a forced break would leave that page, or
# its own, mostly empty).
LONG_ROWS = 40
# A table of this many rows or fewer is kept on one page: split, it would leave a page holding
# its last row or two.
KEEP_ROWS = 12
# Names per line in a day's list of who attended, to estimate its length.
NAMES_PER_LINE = 5


def totals_by_currency(items, *, amount=attrgetter("amount"), currency=attrgetter("currency")):
    """[{currency, total}, ...] of `items`, by currency code."""
    totals: dict[str, Decimal] = defaultdict(Decimal)
    for item in items:
        totals[currency(item)] += amount(item)
    return [{"currency": code, "total": totals[code]} for code in sorted(totals)]


# --- Funding: the event's budget and the pledges to the plan --------------------------------------


def funding(event) -> dict:
    """The budget lines grouped by funder and source, each group with its totals per currency,
    and the standing pledges to the plan's actions with their totals per currency and status.
    Pledges are printed: only those who may manage the event ask for this report."""
    lines = sorted(
        budget_lines(event=event), key=lambda line: (str(line.funder), line.funder_id, line.source)
    )
    groups = []
    for (_funder, _source), members in groupby(
        lines, key=lambda line: (line.funder_id, line.source)
    ):
        members = list(members)
        groups.append(
            {
                "funder": members[0].funder,
                "source": members[0].get_source_display(),
                "lines": members,
                "totals": totals_by_currency(members),
            }
        )
    pledges = list(event_pledges(event=event).filter(withdrawn_at__isnull=True))
    statuses = Pledge.Status.values
    pledge_totals = []
    for code, in_currency in groupby(
        sorted(pledges, key=attrgetter("currency")), key=attrgetter("currency")
    ):
        sums = Counter()
        for pledge in in_currency:
            sums[pledge.status] += pledge.amount
        pledge_totals.append(
            {
                "currency": code,
                "by_status": [sums.get(status) for status in statuses],
                "total": sum(sums.values(), Decimal(0)),
            }
        )
    return {
        "budget_groups": groups,
        "budget_totals": totals_by_currency(lines),
        "pledges": pledges,
        "pledge_statuses": Pledge.Status.choices,
        "pledge_totals": pledge_totals,
        "keep_budget": len(lines) + 2 * len(groups) <= KEEP_ROWS,
        "keep_pledges": len(pledges) <= KEEP_ROWS,
        "rows": len(lines) + 2 * len(groups) + len(pledges) + 2 * len(pledge_totals) + 6,
    }


def funding_content(data: dict) -> dict:
    return {
        "budget": [
            [
                line.pk,
                line.category,
                line.description,
                line.funder_id,
                str(line.funder),
                line.source,
                str(line.amount),
                line.currency,
            ]
            for group in data["budget_groups"]
            for line in group["lines"]
        ],
        "pledges": [
            [
                pledge.pk,
                str(pledge.organisation),
                pledge.action_id,
                pledge.action.title,
                str(pledge.amount),
                pledge.currency,
                pledge.status,
            ]
            for pledge in data["pledges"]
        ],
    }


# --- Attendance per day -------------------------------------------------------------------------


def _name(attendee) -> str:
    return folded(attendee.participation.user.display_name)


def attendance(event) -> dict:
    """For each day with sessions, who was expected and who came (checked in at one of its
    sessions at least), counted by role and by the kind of their organisation. One query for
    the sessions, then two per day (an event has five at most), whatever the number of people."""
    sessions = event.sessions.exclude(kind=Session.Kind.BREAK).order_by("day", "start_time", "pk")
    days = []
    roles_seen, kinds_seen = set(), set()
    for day, day_sessions in groupby(sessions, key=attrgetter("day")):
        sheet = attendance_sheet(event=event, sessions=list(day_sessions))
        present = sorted((p for p in sheet.people if p.present), key=_name)
        by_role = Counter(p.participation.role for p in present)
        by_kind = Counter(_kind(p.participation) for p in present)
        roles_seen.update(by_role)
        kinds_seen.update(by_kind)
        days.append(
            {
                "day": day,
                "date": event.date_of_day(day),
                "expected": len(sheet.people),
                "present": present,
                "by_role": by_role,
                "by_kind": by_kind,
                # A day nobody was checked in is a day attendance was not taken (one still to
                # come, often): nobody is listed as absent from it.
                "absent": sorted((p for p in sheet.people if not p.present), key=_name)
                if present
                else [],
            }
        )
    roles = [(code, label) for code, label in Participation.Role.choices if code in roles_seen]
    kinds = [(code, label) for code, label in _kinds() if code in kinds_seen]
    by_role = [(label, [row["by_role"][code] for row in days]) for code, label in roles]
    by_kind = [(label, [row["by_kind"][code] for row in days]) for code, label in kinds]
    names = sum(len(row["present"]) + len(row["absent"]) for row in days)
    return {
        "days": days,
        "by_role": by_role,
        "by_kind": by_kind,
        "rows": len(by_role) + len(by_kind) + 4 * len(days) + names // NAMES_PER_LINE + 4,
    }


def _kind(participation) -> str:
    organisation = participation.user.organisation
    return organisation.kind if organisation is not None else ""


def _kinds() -> list[tuple]:
    return [*Organisation.Kind.choices, ("", _("No organisation"))]


def attendance_content(data: dict) -> list:
    return [
        [
            row["day"],
            row["expected"],
            [
                [p.participation.pk, _kind(p.participation), p.attended, p.expected]
                for p in row["present"]
            ],
            [p.participation.pk for p in row["absent"]],
        ]
        for row in data["days"]
    ]


# --- The inventory of capacity-development efforts ----------------------------------------------


def inventory(event) -> dict:
    initiatives = list(cd_initiatives_of_event(event=event))
    return {
        "initiatives": initiatives,
        "totals": cd_initiative_budget_totals(event=event),
        "keep": len(initiatives) <= KEEP_ROWS // 2,
        "rows": 2 * len(initiatives) + 4,
    }


def inventory_content(data: dict) -> list:
    return [
        [
            item.pk,
            item.title,
            str(item.supporting_partner or ""),
            str(item.target_organisation or ""),
            item.level,
            item.method,
            None if item.budget is None else str(item.budget),
            item.currency,
            item.starts_on and item.starts_on.isoformat(),
            item.ends_on and item.ends_on.isoformat(),
            item.rating,
            item.notes,
        ]
        for item in data["initiatives"]
    ]


# --- The consensus record -----------------------------------------------------------------------

# Characters of a rationale or a dissent on one printed line, to estimate a chapter's length.
LINE_CHARACTERS = 100


def consensus(event) -> dict:
    """Each round's recorded consensus, question by question in the framework's order, grouped
    by dimension: the agreed current and desired ratings, the rationale and any dissent. One
    query."""
    scores = (
        ConsensusScore.objects.filter(round__event=event)
        .select_related("round", "question__dimension__level")
        .order_by("round__number", *(f"question__{field}" for field in QUESTION_ORDER))
    )
    rounds = []
    rows = 0
    for _round, in_round in groupby(scores, key=attrgetter("round_id")):
        in_round = list(in_round)
        dimensions = [
            {"dimension": agreed[0].question.dimension, "scores": agreed}
            for agreed in (
                list(group)
                for _key, group in groupby(in_round, key=lambda s: s.question.dimension_id)
            )
        ]
        rounds.append({"round": in_round[0].round, "dimensions": dimensions})
        rows += 2 + 2 * len(dimensions)
        rows += sum(2 + (len(s.rationale) + len(s.dissent)) // LINE_CHARACTERS for s in in_round)
    return {"rounds": rounds, "rows": rows}


def consensus_content(data: dict) -> list:
    return [
        [
            block["round"].pk,
            [
                [s.question_id, s.question.code, s.current, s.desired, s.rationale, s.dissent]
                for dimension in block["dimensions"]
                for s in dimension["scores"]
            ],
        ]
        for block in data["rounds"]
    ]


# --- Key issues, the gaps behind them and the actions that address them -------------------------


def _question_rows(rounds: list[dict]) -> tuple[dict, dict]:
    """{round pk: {question pk: results row}} of the rounds' results as the report prints them,
    and {round pk: whether the round's averages are printed} (closed, with enough responses)."""
    rows = {
        context["round"].pk: {row["pk"]: row for row in context["results"]["questions"]}
        for context in rounds
    }
    printed = {
        context["round"].pk: context["round"].is_closed and context["enough_responses"]
        for context in rounds
    }
    return rows, printed


def _gap(question, rows: dict, printed: bool, any_row) -> dict:
    """A question behind an issue with its scores in the issue's round: the consensus always
    (the group's, nobody's own), the members' average only where the results print it."""
    row = rows.get(question.pk)
    shown = row is not None and (
        row["source"] == "consensus" or (printed and row["source"] == "average")
    )
    return {
        "code": question.code,
        "text": (row or any_row(question.pk) or {}).get("text"),
        "current": row["current"] if shown else None,
        "desired": row["desired"] if shown else None,
        "gap": row["gap"] if shown else None,
        "consensus": shown and row["source"] == "consensus",
    }


def key_issues(issues: list, *, rounds: list[dict], snapshot: dict | None) -> dict:
    """The issues, each with `gaps` (its questions' current, desired and gap in its round) and
    `addressed_by` (the actions of `snapshot`, the plan as the report prints it, that name it).
    No query beyond the issues': the scores come from the rounds' results already read."""
    rows, printed = _question_rows(rounds)

    def any_row(pk):
        return next((found[pk] for found in rows.values() if pk in found), None)

    actions = snapshot_actions(snapshot) if snapshot else []
    lines = 2
    round_of = {context["round"].pk: context["round"] for context in rounds}
    for issue in issues:
        round_rows = rows.get(issue.assessment_round_id, {})
        issue.gap_round = round_of.get(issue.assessment_round_id)
        issue.gaps = [
            _gap(q, round_rows, printed.get(issue.assessment_round_id, False), any_row)
            for q in issue.questions.all()
        ]
        issue.addressed_by = [a for a in actions if issue.title in a.get("key_issues", [])]
        lines += 3 + max(len(issue.addressed_by), 1)  # the title, its labels and actions
        lines += (1 + len(issue.gaps)) if issue.gaps else 0
        lines += (1 + len(issue.description) // LINE_CHARACTERS) if issue.description else 0
    return {"issues": issues, "rows": lines}


def key_issues_content(issues: list) -> list:
    return [
        [
            issue.pk,
            issue.title,
            issue.description,
            issue.total_dots,
            issue.source,
            issue.assessment_round_id,
            [question.pk for question in issue.questions.all()],
        ]
        for issue in issues
    ]
