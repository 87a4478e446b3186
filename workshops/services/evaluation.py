"""Writes to evaluations: making one with the default questions, adapting its questions before
the first answer, opening it (which emails each invited person a link of their own) and closing
it, and recording an anonymous answer.

An answer by email link marks the person as having answered (`EvaluationTaken`) and stores the
answers apart (`EvaluationResponse`), with nothing that joins the two; see the models' module.
"""

import logging

from django.core import signing
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from cdfacil.writes import validated_save
from events.models import Event, Participation
from workshops.default_evaluation import DEFAULT_QUESTIONS
from workshops.models import (
    RATING_MAX,
    RATING_MIN,
    Evaluation,
    EvaluationAnswer,
    EvaluationQuestion,
    EvaluationResponse,
    EvaluationTaken,
)
from workshops.selectors.evaluation import evaluation_invitees

logger = logging.getLogger(__name__)
Status = Evaluation.Status

EVALUATION_SALT = "workshops.evaluation"


class EvaluationLinkError(Exception):
    """A personal evaluation link that was altered or names nothing that exists."""


def evaluation_token(evaluation: Evaluation, participation: Participation) -> str:
    """The signed link of one invited person: whoever holds it answers once in their name."""
    return signing.dumps(
        {"evaluation": evaluation.pk, "participation": participation.pk}, salt=EVALUATION_SALT
    )


def evaluation_from_token(token: str) -> tuple[Evaluation, Participation]:
    try:
        data = signing.loads(token, salt=EVALUATION_SALT)
    except signing.BadSignature as error:
        raise EvaluationLinkError from error
    participation = Participation.objects.filter(pk=data.get("participation")).first()
    evaluation = (
        Evaluation.objects.select_related("event")
        .filter(pk=data.get("evaluation"), event_id=getattr(participation, "event_id", None))
        .first()
    )
    if participation is None or evaluation is None:
        raise EvaluationLinkError
    return evaluation, participation


def _locked(evaluation: Evaluation) -> Evaluation:
    """The evaluation's row locked until the commit: opening, closing, adapting a question and
    recording an answer happen one at a time, so no question changes under a first answer."""
    locked = Evaluation.objects.select_for_update().get(pk=evaluation.pk)
    locked.event = evaluation.event
    return locked


# --- The evaluation and its questions --------------------------------------------------------


@transaction.atomic
def evaluation_create(*, event: Event, workshop: str, by) -> Evaluation:
    """An evaluation of one workshop, with a copy of the default questions."""
    evaluation = validated_save(Evaluation(event=event, workshop=workshop, created_by=by))
    EvaluationQuestion.objects.bulk_create(
        EvaluationQuestion(evaluation=evaluation, position=index, kind=kind, code=code, text=text)
        for index, (code, kind, text) in enumerate(DEFAULT_QUESTIONS, start=1)
    )
    return evaluation


def _ensure_adaptable(evaluation: Evaluation) -> None:
    if evaluation.status == Status.CLOSED:
        raise ValidationError(_("This evaluation is closed: its questions can no longer change."))
    if evaluation.responses.exists():
        raise ValidationError(
            _(
                "People have answered already: the questions can no longer change, or the "
                "answers given would no longer mean the same."
            )
        )


@transaction.atomic
def evaluation_question_save(
    *,
    evaluation: Evaluation,
    text: dict,
    kind: str | None = None,
    question: EvaluationQuestion | None = None,
) -> EvaluationQuestion:
    """Add a question (at the end) or reword one, before the first answer. `text` holds the
    question per language; the languages left empty fall back to another one when shown."""
    _ensure_adaptable(_locked(evaluation))
    text = {language: value.strip() for language, value in text.items() if value.strip()}
    if not text:
        raise ValidationError(_("Write the question in at least one language."))
    if question is None:
        last = evaluation.questions.aggregate(last=Max("position"))["last"] or 0
        question = EvaluationQuestion(evaluation=evaluation, position=last + 1)
        question.kind = kind or EvaluationQuestion.Kind.RATING
    question.text = text
    return validated_save(question)


@transaction.atomic
def evaluation_question_remove(*, question: EvaluationQuestion) -> None:
    _ensure_adaptable(_locked(question.evaluation))
    question.delete()


# --- Opening and closing ---------------------------------------------------------------------


@transaction.atomic
def evaluation_open(*, evaluation: Evaluation, by, base_url: str) -> int:
    """Open the evaluation for answers. The first opening emails each invited person their own
    link (after the commit, from a worker); opening again after a close sends nothing. Returns
    the number of emails queued."""
    evaluation = _locked(evaluation)
    if evaluation.status == Status.OPEN:
        raise ValidationError(_("This evaluation is open already."))
    if not evaluation.questions.exists():
        raise ValidationError(_("Add at least one question before opening the evaluation."))
    first = evaluation.opened_at is None
    evaluation.status, evaluation.closed_at = Status.OPEN, None
    if first:
        evaluation.opened_at = timezone.now()
    evaluation.save(update_fields=["status", "opened_at", "closed_at"])
    return evaluation_emails_queue(evaluation=evaluation, base_url=base_url) if first else 0


@transaction.atomic
def evaluation_close(*, evaluation: Evaluation, by) -> Evaluation:
    evaluation = _locked(evaluation)
    if evaluation.status != Status.OPEN:
        raise ValidationError(_("Only an open evaluation can be closed."))
    evaluation.status, evaluation.closed_at = Status.CLOSED, timezone.now()
    evaluation.save(update_fields=["status", "closed_at"])
    return evaluation


# --- The emails --------------------------------------------------------------------------------


def evaluation_link(*, evaluation: Evaluation, participation: Participation, base_url: str) -> str:
    return base_url.rstrip("/") + reverse(
        "workshops:evaluation_answer", kwargs={"token": evaluation_token(evaluation, participation)}
    )


def evaluation_emails_queue(*, evaluation: Evaluation, base_url: str) -> int:
    """Queue one email per invited person who has not answered, once the transaction commits
    (no mail server is spoken to in the request). Returns how many."""
    from workshops.tasks import send_evaluation_email  # the tasks module imports this one

    answered = EvaluationTaken.objects.filter(evaluation=evaluation).values("participation")
    invitees = list(
        evaluation_invitees(evaluation=evaluation)
        .exclude(pk__in=answered)
        .values_list("pk", flat=True)
    )

    def queue(participation_id: int) -> None:
        try:
            send_evaluation_email.delay(evaluation.pk, participation_id, base_url)
        except Exception:  # noqa: BLE001  (a broker's errors differ by transport)
            logger.exception(
                "The evaluation email of participation %s not queued", participation_id
            )

    for participation_id in invitees:
        transaction.on_commit(lambda pk=participation_id: queue(pk))
    return len(invitees)


def evaluation_email_send(*, evaluation_id: int, participation_id: int, base_url: str) -> bool:
    """Email one invited person their link, in the event's language; run by a worker. Nothing
    is sent once the evaluation is closed or the person has answered. The mail server's errors
    propagate, for the task to try again. Returns whether an email was sent."""
    evaluation = Evaluation.objects.select_related("event").filter(pk=evaluation_id).first()
    participation = Participation.objects.select_related("user").filter(pk=participation_id).first()
    if evaluation is None or participation is None or not evaluation.is_open:
        return False
    if EvaluationTaken.objects.filter(evaluation=evaluation, participation=participation).exists():
        return False
    event = evaluation.event
    link = evaluation_link(evaluation=evaluation, participation=participation, base_url=base_url)
    with translation.override(event.language):
        subject = _("Your evaluation of the %(workshop)s: %(event)s") % {
            "workshop": evaluation.get_workshop_display().lower(),
            "event": event.title,
        }
        body = render_to_string(
            "workshops/evaluation_email.txt",
            {"evaluation": evaluation, "event": event, "user": participation.user, "link": link},
        )
    send_mail(
        subject=subject, message=body, from_email=None, recipient_list=[participation.user.email]
    )
    return True


# --- Answers ---------------------------------------------------------------------------------


def _answer_rows(questions, answers: dict) -> list[EvaluationAnswer]:
    """The answer rows of `answers` ({question pk: {"rating": n or None, "comment": "..."}}),
    refusing a rating outside the scale or missing on a rating question."""
    rows = []
    for question in questions:
        given = answers.get(question.pk, {})
        rating = given.get("rating") if question.is_rating else None
        if question.is_rating and (rating is None or not RATING_MIN <= rating <= RATING_MAX):
            raise ValidationError(
                _("Choose a rating from %(low)d to %(high)d for each question.")
                % {"low": RATING_MIN, "high": RATING_MAX}
            )
        rows.append(
            EvaluationAnswer(
                question=question, rating=rating, comment=(given.get("comment") or "").strip()
            )
        )
    return rows


def already_answered_message() -> str:
    return _(
        "You have already answered this evaluation. Each person answers once, and an answer "
        "cannot be changed afterwards, since nothing links it back to you."
    )


@transaction.atomic
def evaluation_answer_save(
    *, evaluation: Evaluation, answers: dict, participation: Participation | None = None
) -> EvaluationResponse:
    """Record one person's answers, anonymously. With `participation` (the email link), the
    person is marked as having answered, apart from the answers, and a second answer is
    refused; a walk-in's phone is kept to one answer by the page."""
    evaluation = _locked(evaluation)
    if evaluation.status != Status.OPEN:
        raise ValidationError(
            _("This evaluation is closed.")
            if evaluation.status == Status.CLOSED
            else _("This evaluation is not open yet.")
        )
    rows = _answer_rows(list(evaluation.questions.all()), answers)
    if participation is not None:
        try:
            with transaction.atomic():
                EvaluationTaken.objects.create(evaluation=evaluation, participation=participation)
        except IntegrityError as error:
            raise ValidationError(already_answered_message(), code="answered") from error
    response = EvaluationResponse.objects.create(evaluation=evaluation)
    for row in rows:
        row.response = response
    EvaluationAnswer.objects.bulk_create(rows)
    return response
