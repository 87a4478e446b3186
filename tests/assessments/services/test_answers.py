"""A member's answers through the services: saved, locked by submission, refused when closed."""

import datetime
from functools import partial

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from assessments.models import Answer, AssessmentRound, Question
from assessments.services import answers as answer_services

pytestmark = pytest.mark.django_db


def test_answers_are_saved_then_locked_by_submission(assessment_round, default_version):
    response = assessment_round.responses.first()
    question = Question.objects.filter(dimension__level__version=default_version).first()
    answer_services.answer_save(
        response=response, question=question, current=2, desired=4, evidence="Survey 2025"
    )
    answer_services.answer_save(response=response, question=question, current=3, desired=4)
    answer = Answer.objects.get(response=response, question=question)
    assert (answer.current, answer.desired) == (3, 4)
    answer_services.answer_save(response=response, question=question, kind="dont_know", current=3)
    answer.refresh_from_db()
    assert answer.kind == "dont_know" and answer.current is None

    answer_services.response_submit(response=response)
    with pytest.raises(ValidationError, match="locked"):
        answer_services.answer_save(response=response, question=question, current=1, desired=2)
    assert Answer.objects.get(pk=answer.pk).kind == "dont_know"


def test_answers_to_a_closed_round_are_refused(assessment_round, default_version):
    AssessmentRound.objects.filter(pk=assessment_round.pk).update(
        closes_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    response = assessment_round.responses.first()
    question = Question.objects.filter(dimension__level__version=default_version).first()
    with pytest.raises(ValidationError, match="closed on"):
        answer_services.answer_save(response=response, question=question, current=2, desired=3)
    assert not Answer.objects.exists()


def test_out_of_range_ratings_are_refused_by_form_rules_and_database(
    assessment_round, default_version
):
    response = assessment_round.responses.first()
    question = Question.objects.filter(dimension__level__version=default_version).first()
    with pytest.raises(ValidationError):
        answer_services.answer_save(response=response, question=question, current=5, desired=4)
    with pytest.raises(IntegrityError), transaction.atomic():
        Answer.objects.create(response=response, question=question, current=0, desired=9)
    with pytest.raises(IntegrityError), transaction.atomic():
        Answer.objects.create(response=response, question=question, kind="dont_know", current=2)


def test_a_stale_revision_is_refused_unless_the_same_change_or_values(
    assessment_round, default_version
):
    response = assessment_round.responses.first()
    question = Question.objects.filter(dimension__level__version=default_version).first()
    save = partial(answer_services.answer_save, response=response, question=question)
    save(current=2, desired=3, revision=0, change_id="laptop")
    save(current=3, desired=3, revision=1, change_id="phone")

    with pytest.raises(answer_services.AnswerConflict) as refused:
        save(current=1, desired=3, revision=1, change_id="laptop-2")
    assert (refused.value.stored.current, refused.value.stored.revision) == (3, 2)
    # What is stored already: nothing to refuse. The phone's change again: its own.
    assert save(current=3, desired=3, revision=0, change_id="other").revision == 2
    assert save(current=4, desired=3, revision=1, change_id="phone").revision == 3
    # Without a revision (builders, imports) the last save wins.
    assert save(current=1, desired=1).revision == 4
    assert Answer.objects.filter(response=response, question=question).count() == 1
