"""Reads for the consensus session: how far the members' submitted ratings agree, per question,
and the one question the projector shows."""

from collections import Counter, defaultdict

from assessments import scoring
from assessments.models import Answer, AssessmentRound, ConsensusScore, Question, Response


def _submitted_answers(assessment_round: AssessmentRound):
    return Answer.objects.filter(
        response__round=assessment_round, response__status=Response.Status.SUBMITTED
    )


def question_agreement(*, assessment_round: AssessmentRound) -> list[dict]:
    """Each question with the spread of the submitted current and desired ratings and its
    "don't know"s, least agreement first (`scoring.disagreement_key`).

    A row holds the question, its consensus (or None), the agreement of the current ratings at
    its top level (count, min, max, median, spread), the desired ones' under "desired", the
    number of "don't know"s, and `disagreement`, the two spreads added.

    Anonymous: only the ratings, never who gave them. Three queries whatever the size.
    """
    questions = list(
        Question.objects.filter(dimension__level__version=assessment_round.version)
        .select_related("dimension__level")
        .order_by("dimension__level__order", "dimension__order", "order", "pk")
    )
    current, desired, dont_know = defaultdict(list), defaultdict(list), Counter()
    for question_id, kind, current_rating, desired_rating in _submitted_answers(
        assessment_round
    ).values_list("question_id", "kind", "current", "desired"):
        if kind == Answer.Kind.DONT_KNOW:
            dont_know[question_id] += 1
        elif kind == Answer.Kind.RATED:
            if current_rating is not None:
                current[question_id].append(current_rating)
            if desired_rating is not None:
                desired[question_id].append(desired_rating)
    consensus = {
        score.question_id: score for score in ConsensusScore.objects.filter(round=assessment_round)
    }
    rows = []
    for position, question in enumerate(questions):
        row = {
            "question": question,
            "position": position,
            "consensus": consensus.get(question.pk),
            **scoring.agreement(current[question.pk]),
            "desired": scoring.agreement(desired[question.pk]),
            "dont_know": dont_know[question.pk],
        }
        row["disagreement"] = scoring.disagreement(row, row["desired"])
        rows.append(row)
    rows.sort(key=_order)
    return rows


def _order(row: dict) -> tuple:
    """Least agreement first, then the framework's order."""
    return (*scoring.disagreement_key(row, row["desired"], row["dont_know"]), row["position"])


def next_open(rows: list[dict], *, after: int | None) -> dict | None:
    """The first row without consensus after the row at index `after` (from the top when it is
    None), going round to the top of the list; never the row at `after` itself."""
    start = -1 if after is None else after
    for row in rows[start + 1 :] + rows[: max(start, 0)]:
        if row["consensus"] is None:
            return row
    return None


def projector_question(*, assessment_round: AssessmentRound, question_pk: int) -> dict | None:
    """What the projector shows for one question of the round: its row of `question_agreement`
    with the submitted ratings one by one (for the dot plot), the evidence the members wrote,
    without names, where it stands in the order, and the next question still without consensus.
    None when the question is not in the round's framework. Five queries whatever the size."""
    rows = question_agreement(assessment_round=assessment_round)
    index = next((i for i, row in enumerate(rows) if row["question"].pk == question_pk), None)
    if index is None:
        return None
    row = rows[index]
    answers = list(
        _submitted_answers(assessment_round)
        .filter(question_id=question_pk)
        .values_list("kind", "current", "desired", "evidence")
    )
    rated = [(c, d) for kind, c, d, _text in answers if kind == Answer.Kind.RATED]
    # Ordered by what was said, never by who said it (their answers' order follows the members').
    evidence = sorted(
        (
            {"kind": kind, "current": c, "desired": d, "text": text.strip()}
            for kind, c, d, text in answers
            if text.strip()
        ),
        key=lambda item: (item["kind"], item["current"] or 0, item["desired"] or 0, item["text"]),
    )
    return {
        **row,
        "current_ratings": sorted(c for c, _d in rated if c is not None),
        "desired_ratings": sorted(d for _c, d in rated if d is not None),
        "not_applicable": sum(1 for kind, *_rest in answers if kind == Answer.Kind.NOT_APPLICABLE),
        "evidence": evidence,
        "rank": index + 1,
        "total": len(rows),
        "agreed": sum(1 for other in rows if other["consensus"] is not None),
        "next": next_open(rows, after=index),
    }
