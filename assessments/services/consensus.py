"""Writes of the consensus session: the score the group agreed on for a question, and why."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from assessments.models import AssessmentRound, ConsensusScore, Question
from cdfacil.models import User


@transaction.atomic
def consensus_record(
    *,
    assessment_round: AssessmentRound,
    question: Question,
    current: int,
    desired: int,
    rationale: str,
    dissent: str = "",
    by: User,
) -> ConsensusScore:
    """Record (or correct) the group's agreed score for a question; `by` is who recorded it."""
    if question.dimension.level.version_id != assessment_round.version_id:
        raise ValidationError(_("This question is not part of the round's framework."))
    if not rationale.strip():
        raise ValidationError({"rationale": _("Say why the group agreed on this score.")})
    # Two screens may record the same question at once (the projector and the list): the
    # round's row lock makes the second wait and then correct the first, not collide with it.
    AssessmentRound.objects.select_for_update().filter(pk=assessment_round.pk).first()
    score = ConsensusScore.objects.filter(round=assessment_round, question=question).first()
    score = score or ConsensusScore(round=assessment_round, question=question)
    score.current, score.desired = current, desired
    score.rationale, score.dissent, score.recorded_by = rationale, dissent, by
    score.full_clean(exclude=["round", "question"])
    score.save()
    return score
