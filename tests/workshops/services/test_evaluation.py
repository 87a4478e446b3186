"""The life of an evaluation: made with the default questions, adapted before the first answer,
opened (each invited person emailed a link of their own) and closed; one answer per person,
stored with nothing that leads back to them."""

import threading

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import connection

from events.models import Participation
from tests.conftest import BASE_URL
from tests.workshops.helpers import answers, email_links
from workshops.models import (
    Evaluation,
    EvaluationAnswer,
    EvaluationQuestion,
    EvaluationResponse,
    Workshop,
)
from workshops.services.evaluation import (
    evaluation_answer_save,
    evaluation_close,
    evaluation_create,
    evaluation_from_token,
    evaluation_open,
    evaluation_question_remove,
    evaluation_question_save,
)

pytestmark = pytest.mark.django_db


def test_a_new_evaluation_asks_the_default_questions_in_four_languages(evaluation):
    questions = list(evaluation.questions.all())
    assert [q.code for q in questions] == [
        "relevance",
        "methods",
        "materials",
        "facilitation",
        "organisation",
        "overall",
        "keep",
        "change",
    ]
    assert [q.kind for q in questions].count("rating") == 6
    languages = {code for code, _name in settings.LANGUAGES}
    for question in questions:
        assert set(question.text) == languages and all(question.text.values())
    assert "programme" in questions[0].text["en"] and "programme" in questions[0].text["fr"]
    assert evaluation.status == Evaluation.Status.DRAFT


def test_a_workshop_is_evaluated_once(evaluation, facilitator):
    with pytest.raises(ValidationError, match="already has an evaluation"):
        evaluation_create(event=evaluation.event, workshop=Workshop.KICK_OFF, by=facilitator)
    other = evaluation_create(event=evaluation.event, workshop=Workshop.ENDORSEMENT, by=facilitator)
    assert other.days == (5,) and evaluation.days == (1,)


def test_opening_emails_each_invited_person_their_own_link_after_the_commit(
    evaluation, facilitator, core_group, stakeholder, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        queued = evaluation_open(evaluation=evaluation, by=facilitator, base_url=BASE_URL + "/")
    assert mail.outbox == []  # nothing leaves before the commit
    for callback in callbacks:
        callback()
    invited = {p.user.email for p in core_group} | {stakeholder.email}
    assert queued == 5
    links = email_links()
    assert set(links) == invited  # the facilitator is not asked to evaluate their own workshop
    assert len(set(links.values())) == 5  # a link of one's own
    evaluation.refresh_from_db()
    assert evaluation.status == Evaluation.Status.OPEN and evaluation.opened_at


def test_the_core_group_days_are_evaluated_by_the_core_group(
    event, facilitator, core_group, stakeholder, django_capture_on_commit_callbacks
):
    evaluation = evaluation_create(event=event, workshop=Workshop.CORE_GROUP, by=facilitator)
    with django_capture_on_commit_callbacks(execute=True):
        evaluation_open(evaluation=evaluation, by=facilitator, base_url=BASE_URL)
    assert set(email_links()) == {p.user.email for p in core_group}


def test_close_then_open_again_sends_no_second_email(open_evaluation, facilitator):
    sent = len(mail.outbox)
    with pytest.raises(ValidationError, match="open already"):
        evaluation_open(evaluation=open_evaluation, by=facilitator, base_url=BASE_URL)
    evaluation_close(evaluation=open_evaluation, by=facilitator)
    with pytest.raises(ValidationError, match="Only an open evaluation"):
        evaluation_close(evaluation=open_evaluation, by=facilitator)
    assert evaluation_open(evaluation=open_evaluation, by=facilitator, base_url=BASE_URL) == 0
    assert len(mail.outbox) == sent


def test_answers_only_while_open(evaluation, facilitator):
    with pytest.raises(ValidationError, match="not open yet"):
        evaluation_answer_save(evaluation=evaluation, answers=answers(evaluation))
    evaluation_open(evaluation=evaluation, by=facilitator, base_url=BASE_URL)
    evaluation_answer_save(evaluation=evaluation, answers=answers(evaluation))
    evaluation_close(evaluation=evaluation, by=facilitator)
    with pytest.raises(ValidationError, match="closed"):
        evaluation_answer_save(evaluation=evaluation, answers=answers(evaluation))
    assert EvaluationResponse.objects.filter(evaluation=evaluation).count() == 1


def test_a_rating_question_needs_a_rating_on_the_scale(open_evaluation):
    for rating in (None, 0, 6):
        with pytest.raises(ValidationError, match="from 1 to 5"):
            evaluation_answer_save(
                evaluation=open_evaluation, answers=answers(open_evaluation, rating=rating)
            )
    assert not EvaluationResponse.objects.exists()


def test_one_answer_per_invited_person(open_evaluation, stakeholder):
    participation = Participation.objects.get(user=stakeholder)
    evaluation_answer_save(
        evaluation=open_evaluation, answers=answers(open_evaluation), participation=participation
    )
    with pytest.raises(ValidationError, match="already answered") as refused:
        evaluation_answer_save(
            evaluation=open_evaluation,
            answers=answers(open_evaluation, rating=1),
            participation=participation,
        )
    assert refused.value.code == "answered"
    assert EvaluationResponse.objects.count() == 1
    assert set(EvaluationAnswer.objects.values_list("rating", flat=True)) == {4, None}


def test_the_emailed_link_stands_for_its_person_and_evaluation(open_evaluation, stakeholder):
    link = email_links()[stakeholder.email]
    token = link.rstrip("/").rsplit("/", 1)[1]
    evaluation, participation = evaluation_from_token(token)
    assert evaluation == open_evaluation and participation.user == stakeholder


def test_nothing_stored_with_an_answer_leads_to_a_person():
    """The answers have no key to a person, a participation or who answered, and no time."""
    for model in (EvaluationResponse, EvaluationAnswer):
        for field in model._meta.get_fields():
            assert not (
                field.is_relation
                and field.related_model
                in (
                    get_user_model(),
                    Participation,
                )
            ), f"{model.__name__}.{field.name}"
            assert field.get_internal_type() not in ("DateTimeField", "DateField"), field.name
        assert model._meta.pk.get_internal_type() == "UUIDField"  # no order of submission


def test_questions_are_adapted_until_the_first_answer(open_evaluation):
    relevance = open_evaluation.questions.get(code="relevance")
    evaluation_question_save(
        evaluation=open_evaluation,
        question=relevance,
        text={"en": "Did the day meet your needs?", "fr": "", "es": "", "pt": ""},
    )
    relevance.refresh_from_db()
    assert relevance.text == {"en": "Did the day meet your needs?"}  # empty languages fall back
    added = evaluation_question_save(
        evaluation=open_evaluation,
        kind="rating",
        text={"en": "How was the venue?", "fr": "Comment était le lieu ?"},
    )
    assert list(open_evaluation.questions.all())[-1] == added
    evaluation_question_remove(question=open_evaluation.questions.get(code="materials"))
    with pytest.raises(ValidationError, match="at least one language"):
        evaluation_question_save(evaluation=open_evaluation, kind="text", text={"en": " "})

    evaluation_answer_save(evaluation=open_evaluation, answers=answers(open_evaluation))
    for change in (
        lambda: evaluation_question_save(
            evaluation=open_evaluation, question=added, text={"en": "The venue?"}
        ),
        lambda: evaluation_question_save(
            evaluation=open_evaluation, kind="text", text={"en": "Anything else?"}
        ),
        lambda: evaluation_question_remove(question=added),
    ):
        with pytest.raises(ValidationError, match="answered already"):
            change()
    assert EvaluationQuestion.objects.filter(evaluation=open_evaluation).count() == 8


@pytest.mark.services
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_five_concurrent_sends_of_one_link_record_one_answer(require_postgresql, open_evaluation):
    """The same person's link sent from five phones at the same moment: one answer kept, the
    others refused with the reason."""
    participation = Participation.objects.filter(event=open_evaluation.event).exclude(
        role="facilitator"
    )[0]
    barrier = threading.Barrier(5)
    outcomes = []

    def send(rating):
        try:
            barrier.wait(timeout=10)
            evaluation_answer_save(
                evaluation=open_evaluation,
                answers=answers(open_evaluation, rating=rating),
                participation=participation,
            )
            outcomes.append("saved")
        except ValidationError as error:
            outcomes.append(error.code)
        finally:
            connection.close()

    threads = [threading.Thread(target=send, args=(n,)) for n in range(1, 6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(outcomes) == ["answered"] * 4 + ["saved"]
    assert EvaluationResponse.objects.filter(evaluation=open_evaluation).count() == 1
