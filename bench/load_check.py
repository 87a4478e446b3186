"""The load test's check of the database after the workshop: every answer, vote and position
that a participant saw succeed is there with the value sent, once; every report asked for was
made."""

from collections.abc import Callable

from django.db.models import Count
from django.utils import timezone

from actionplans.models import PlanVersion, Position, Vote
from assessments.models import Answer
from bench.workshop import Outcome
from cdfacil.models import ReportJob


def _differences(sent: dict, stored: dict) -> tuple[int, int]:
    """(lost, different): writes confirmed with a value but absent, and stored otherwise than
    sent. A value of 0 confirms an absence (dots taken back)."""
    lost = sum(1 for key, value in sent.items() if value and key not in stored)
    different = sum(1 for key, value in sent.items() if key in stored and stored[key] != value)
    return lost, different


def _duplicated(rows, *fields) -> int:
    """How many keys of `fields` have more than one row."""
    return rows.values(*fields).annotate(n=Count("pk")).filter(n__gt=1).count()


def check(outcome: Outcome, people: dict, write: Callable[[str], None]) -> int:
    """Write one line per kind of write and return the number of problems found."""
    problems = 0

    def line(label, sent, rows, stored, key_fields):
        nonlocal problems
        lost, wrong = _differences(sent, stored)
        duplicated = _duplicated(rows, *key_fields)
        problems += lost + wrong + duplicated
        write(
            f"{label:<10} confirmed {len(sent):>6}, lost {lost}, different {wrong}, "
            f"duplicated {duplicated}"
        )

    write("")
    write("Database after the workshop (every write the participants saw succeed):")
    answers = Answer.objects.filter(response__in=[p.response_pk for p in people["assessors"]])
    stored = {
        (response, question): (current, desired)
        for response, question, current, desired in answers.values_list(
            "response_id", "question_id", "current", "desired"
        )
    }
    line("answers", outcome.answers, answers, stored, ("response_id", "question_id"))

    votes = Vote.objects.filter(voter__username__in=[p.username for p in people["voters"]])
    stored = {
        (username, issue): dots
        for username, issue, dots in votes.values_list("voter__username", "key_issue_id", "dots")
    }
    # Dots taken back (0) must be gone, and dots placed there as sent.
    line("votes", outcome.votes, votes, stored, ("voter_id", "key_issue_id"))

    version_pks = {person.version_pk for person in people["delegates"]}
    positions = Position.objects.filter(version__in=version_pks)
    stored = {
        (version, organisation): (stance, comment)
        for version, organisation, stance, comment in positions.values_list(
            "version_id", "organisation_id", "stance", "comment"
        )
    }
    line("positions", outcome.positions, positions, stored, ("version_id", "organisation_id"))
    return problems + _reports_and_errors(outcome, version_pks, write)


def _reports_and_errors(outcome: Outcome, version_pks: set[int], write) -> int:
    done = ReportJob.objects.filter(status=ReportJob.Status.DONE).count()
    asked = len(outcome.reports)
    write(
        f"reports    asked {asked}, done {done}, seen done by the facilitator "
        f"{len(outcome.reports_done)}"
    )
    errors = sum(len(errors) for errors in outcome.errors.values())
    still_open = PlanVersion.objects.filter(pk__in=version_pks, status="open").count()
    write(
        f"{errors} request error(s); {still_open} plan version(s) still open, as left; "
        f"checked at {timezone.now():%H:%M:%S %Z}."
    )
    return asked - len(outcome.reports_done) + errors
