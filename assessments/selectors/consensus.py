"""Reads for the consensus session: how far the members' submitted ratings agree, per question."""

from collections import defaultdict

from assessments import scoring
from assessments.models import Answer, AssessmentRound, ConsensusScore, Question, Response


def question_agreement(*, assessment_round: AssessmentRound) -> list[dict]:
    """Each question with the spread of the submitted current ratings, least agreement first.

    Anonymous: only the ratings, never who gave them. Two queries whatever the size.
    """
    questions = list(
        Question.objects.filter(dimension__level__version=assessment_round.version)
        .select_related("dimension__level")
        .order_by("dimension__level__order", "dimension__order", "order", "pk")
    )
    ratings = defaultdict(list)
    for question_id, current in Answer.objects.filter(
        response__round=assessment_round,
        response__status=Response.Status.SUBMITTED,
        kind=Answer.Kind.RATED,
        current__isnull=False,
    ).values_list("question_id", "current"):
        ratings[question_id].append(current)
    consensus = {
        score.question_id: score for score in ConsensusScore.objects.filter(round=assessment_round)
    }
    rows = [
        {
            "question": question,
            "consensus": consensus.get(question.pk),
            **scoring.agreement(ratings[question.pk]),
        }
        for question in questions
    ]
    # Least agreement first; questions nobody rated come last.
    rows.sort(key=lambda row: (row["spread"] is None, -(row["spread"] or 0), row["question"].code))
    return rows


def consensus_of(*, assessment_round: AssessmentRound, question: Question) -> ConsensusScore | None:
    """The score the group already agreed on for this question, if any."""
    return ConsensusScore.objects.filter(round=assessment_round, question=question).first()
