"""Writes to a member's private response: saving an answer as it is typed, and submitting."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from assessments.models import Answer, Question, Response
from assessments.services.rounds import round_closed_reason


def _ensure_answerable(response: Response) -> None:
    reason = round_closed_reason(assessment_round=response.round)
    if reason:
        raise ValidationError(reason)
    if response.status == Response.Status.SUBMITTED:
        raise ValidationError(
            _("You submitted your answers; they are locked and can no longer change.")
        )


class AnswerConflict(ValidationError):
    """The answer changed since the page that sends this one loaded it: `stored` is the newer."""

    def __init__(self, stored: Answer):
        super().__init__(
            _(
                "A newer answer to this question was saved elsewhere, shown here; yours was "
                "not saved."
            ),
            code="conflict",
        )
        self.stored = stored


def _answer_values(answer: Answer) -> tuple:
    return answer.kind, answer.current, answer.desired, answer.evidence


@transaction.atomic
def answer_save(
    *,
    response: Response,
    question: Question,
    kind: str = Answer.Kind.RATED,
    current: int | None = None,
    desired: int | None = None,
    evidence: str = "",
    revision: int | None = None,
    change_id: str = "",
) -> Answer:
    """Save one answer as it is typed; refused once the round closes or the response is in.

    With `revision` (what the page last saw, 0 for no answer yet) the optimistic rule holds:
    the save is refused with `AnswerConflict` when someone saved the answer since, unless what
    is stored already equals what is sent, or was written by this same change (`change_id`)
    whose reply never reached the page. Without it, the last save wins."""
    response = (
        Response.objects.select_for_update().select_related("round__event").get(pk=response.pk)
    )
    _ensure_answerable(response)
    if question.dimension.level.version_id != response.round.version_id:
        raise ValidationError(_("This question is not part of the round's framework."))
    if kind != Answer.Kind.RATED:
        current = desired = None
    stored = Answer.objects.filter(response=response, question=question).first()
    if stored is not None:
        if _answer_values(stored) == (kind, current, desired, evidence):
            return stored
        stale = revision is not None and revision != stored.revision
        if stale and not (change_id and change_id == stored.change_id):
            raise AnswerConflict(stored)
    answer = stored or Answer(response=response, question=question, revision=0)
    answer.kind, answer.current, answer.desired, answer.evidence = kind, current, desired, evidence
    answer.revision += 1
    answer.change_id = change_id
    # The fields' validators give the messages; the table's check constraints hold the same
    # rules, so they are left to the database rather than asked of it once more, each in a
    # savepoint, on every keystroke of a room full of members.
    answer.full_clean(exclude=["response", "question"], validate_constraints=False)
    answer.save()
    response.save(update_fields=["updated_at"])
    return answer


@transaction.atomic
def response_submit(*, response: Response) -> Response:
    """Lock a member's answers. Unanswered questions are allowed but said."""
    response = (
        Response.objects.select_for_update().select_related("round__event").get(pk=response.pk)
    )
    _ensure_answerable(response)
    response.status = Response.Status.SUBMITTED
    response.submitted_at = timezone.now()
    response.save(update_fields=["status", "submitted_at", "updated_at"])
    return response
