"""The assessment results as a PDF: the charts and a table per dimension, never a person's
own scores. A PDF travels, so it always prints the members' view, whoever asked for it: no
figures at all for a round still open (a PDF made then could be set beside one made after the
next submission) or with fewer than MIN_RESPONSES_FOR_AGGREGATES submitted responses,
no average of a question fewer people rated (an average of one or two is close to an
individual's answer), and no round to compare with before it has closed."""

from itertools import groupby

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from assessments import figures
from assessments.exports import round_file_words
from assessments.models import AssessmentRound
from assessments.selectors import results as result_selectors
from assessments.selectors import rounds as round_selectors
from cdfacil import reports
from events.selectors.event import event_visible_to


def results_subject(user, pk) -> AssessmentRound | None:
    """The round a results report is of, if this person may see its results (None: the task)."""
    rounds = AssessmentRound.objects.select_related("event", "version__framework")
    if user is not None:
        rounds = rounds.filter(event__in=event_visible_to(user=user))
    assessment_round = rounds.filter(pk=pk).first()
    if assessment_round is None or user is None:
        return assessment_round
    return assessment_round if user.has_perm("assessments.view_results", assessment_round) else None


def _rounded(value):
    return None if value is None else round(float(value), 3)


def results_content(assessment_round) -> dict:
    """What the results report prints, as plain data (fingerprinted)."""
    results = result_selectors.round_results(assessment_round=assessment_round)
    compared = (
        None
        if assessment_round.kind == AssessmentRound.Kind.BASELINE
        else result_selectors.compared_round_results(assessment_round=assessment_round)
    )
    return {
        "round": [assessment_round.pk, assessment_round.kind, assessment_round.number],
        "closed": assessment_round.is_closed,
        "framework": assessment_round.version.fingerprint,
        "submitted": results["submitted_count"],
        "questions": [
            [row["code"], _rounded(row["current"]), _rounded(row["desired"]), row["source"]]
            for row in results["questions"]
        ],
        "compared": None
        if compared is None
        else [
            [row["key"], _rounded(row["current"]), _rounded(row["desired"])]
            for row in compared["dimensions"]
        ],
    }


def results_context(assessment_round) -> dict:
    """The results, their charts and the questions grouped by dimension, for the templates."""
    results = result_selectors.round_results(assessment_round=assessment_round)
    closed = assessment_round.is_closed
    enough = results["submitted_count"] >= round_selectors.MIN_RESPONSES_FOR_AGGREGATES
    dimensions = {row["key"]: row for row in results["dimensions"]}
    by_dimension = [
        {"dimension": dimensions[code], "questions": list(rows)}
        for code, rows in groupby(results["questions"], key=lambda row: row["dimension__code"])
    ]
    return {
        "round": assessment_round,
        "results": results,
        "enough_responses": enough,
        "min_responses": round_selectors.MIN_RESPONSES_FOR_AGGREGATES,
        "by_dimension": by_dimension,
        # The comparison of government and partner members is never printed: partners are too
        # few for their average to stay anonymous once the PDF travels. Baseline against
        # follow-up prints with the follow-up only, so the event report, which prints every
        # round, has it once.
        "figures": figures.results_figures(
            assessment_round=assessment_round,
            results=results,
            compared=None
            if assessment_round.kind == AssessmentRound.Kind.BASELINE
            else result_selectors.compared_round_results(assessment_round=assessment_round),
            by_group=None,
        )
        if enough and closed
        else None,
    }


def _rounds_offered(event, user):
    rounds = round_selectors.rounds_of_event(event=event).select_related("version__framework")
    offered = []
    for assessment_round in rounds:
        assessment_round.event = event
        if user.has_perm("assessments.view_results", assessment_round):
            label = _("Assessment results: %(kind)s (round %(number)d)") % {
                "kind": assessment_round.get_kind_display(),
                "number": assessment_round.number,
            }
            offered.append((assessment_round, label))
    return offered


RESULTS = reports.register(
    reports.ReportKind(
        name="results",
        label=_("Assessment results"),
        description=_(
            "the charts and, per dimension, each question's current and desired rating "
            "(consensus or average; never an individual's scores)"
        ),
        template="assessments/reports/results.html",
        load_for=results_subject,
        content=results_content,
        back_url=lambda r: reverse("assessments:results", args=[r.event_id, r.pk]),
        event_of=lambda assessment_round: assessment_round.event,
        context=results_context,
        subjects=_rounds_offered,
        order=40,
        file_words=round_file_words,
    )
)
