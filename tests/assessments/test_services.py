"""Frameworks, rounds, answers and consensus through the services, and results in SQL."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from assessments import scoring, selectors, services
from assessments.models import (
    Answer,
    AssessmentRound,
    ConsensusScore,
    FrameworkVersion,
    Level,
    Question,
    Response,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def default_version():
    return FrameworkVersion.objects.get(framework__name="Sector capacity framework", number=1)


def open_round(event, version, members):
    now = timezone.now()
    return services.round_create(
        event=event,
        version=version,
        opens_at=now - datetime.timedelta(hours=1),
        closes_at=now + datetime.timedelta(days=2),
        respondents=[member.user for member in members],
    )


@pytest.fixture
def six_members(event, government_org, partner_org, add_core_member):
    members = [add_core_member(event, government_org, is_lead=True)]
    members += [add_core_member(event, government_org) for _ in range(3)]
    members += [add_core_member(event, partner_org) for _ in range(2)]
    return members


# --- The default framework ---------------------------------------------------------------------


def test_default_framework_ships_published_and_complete(default_version):
    assert default_version.is_frozen
    levels = list(default_version.levels.values_list("code", flat=True))
    assert levels == [code for code, _label in Level.Code.choices]
    for level in default_version.levels.all():
        assert level.dimensions.count() >= 4, level.code
    questions = Question.objects.filter(dimension__level__version=default_version)
    assert questions.count() >= 40
    assert all(len(q.descriptors["en"]) == 4 for q in questions)
    assert default_version.fingerprint == scoring.fingerprint(
        services.framework_version_content(version=default_version)
    )


def test_published_version_is_frozen(default_version):
    question = Question.objects.filter(dimension__level__version=default_version).first()
    question.text = {"en": "Changed"}
    with pytest.raises(ValidationError, match="published and frozen"):
        services.question_save(question=question)
    with pytest.raises(ValidationError, match="published and frozen"):
        services.question_delete(question=question)
    assert Question.objects.get(pk=question.pk).text != {"en": "Changed"}


def test_copy_edit_and_publish(default_version, facilitator):
    draft = services.framework_copy(
        version=default_version, name="Health sector framework", created_by=facilitator
    )
    assert not draft.is_frozen and draft.framework.copied_from == default_version
    assert Question.objects.filter(dimension__level__version=draft).count() == (
        Question.objects.filter(dimension__level__version=default_version).count()
    )
    first_dimension = draft.levels.first().dimensions.first()
    first, second = list(first_dimension.questions.order_by("order"))[:2]
    first.text = {"en": "Reworded question", "fr": "Question reformulée"}
    services.question_save(question=first)
    services.question_move(question=second, direction="up")
    assert list(first_dimension.questions.order_by("order"))[0].pk == second.pk
    services.question_delete(question=list(first_dimension.questions.order_by("order"))[-1])

    published = services.version_publish(version=draft)
    assert published.is_frozen and len(published.fingerprint) == 64
    assert published.fingerprint != default_version.fingerprint
    with pytest.raises(ValidationError, match="published and frozen"):
        services.version_publish(version=published)


def test_publish_refuses_a_question_without_four_descriptors(default_version, facilitator):
    draft = services.framework_copy(version=default_version, name="Copy", created_by=facilitator)
    question = Question.objects.filter(dimension__level__version=draft).first()
    question.descriptors = {"en": ["only", "three", "points"]}
    services.question_save(question=question)
    with pytest.raises(ValidationError, match=f"Question {question.code} needs a descriptor"):
        services.version_publish(version=draft)
    assert not FrameworkVersion.objects.get(pk=draft.pk).is_frozen


def test_question_texts_are_translated_content(default_version):
    from django.utils import translation

    from assessments.models import translated

    question = Question.objects.filter(dimension__level__version=default_version).first()
    question.text = {"en": "Staff skills", "fr": "Compétences du personnel"}
    with translation.override("fr"):
        assert translated(question.text) == "Compétences du personnel"
    with translation.override("pt"):
        assert translated(question.text) == "Staff skills"


# --- Rounds and answers ------------------------------------------------------------------------


def test_round_needs_a_published_version_and_core_group_members(
    event, default_version, facilitator, six_members
):
    draft = services.framework_copy(version=default_version, name="Draft", created_by=facilitator)
    now = timezone.now()
    with pytest.raises(ValidationError, match="Publish the framework version"):
        services.round_create(
            event=event,
            version=draft,
            opens_at=now,
            closes_at=now + datetime.timedelta(days=1),
            respondents=[six_members[0].user],
        )
    with pytest.raises(ValidationError, match="Only core-group members"):
        services.round_create(
            event=event,
            version=default_version,
            opens_at=now,
            closes_at=now + datetime.timedelta(days=1),
            respondents=[facilitator],
        )
    first = open_round(event, default_version, six_members)
    second = open_round(event, default_version, six_members)
    assert (first.kind, second.kind) == (
        AssessmentRound.Kind.BASELINE,
        AssessmentRound.Kind.FOLLOW_UP,
    )
    assert first.responses.count() == 6


def test_answers_are_saved_then_locked_by_submission(event, default_version, six_members):
    assessment_round = open_round(event, default_version, six_members)
    response = assessment_round.responses.first()
    question = Question.objects.filter(dimension__level__version=default_version).first()
    services.answer_save(
        response=response, question=question, current=2, desired=4, evidence="Survey 2025"
    )
    services.answer_save(response=response, question=question, current=3, desired=4)
    answer = Answer.objects.get(response=response, question=question)
    assert (answer.current, answer.desired) == (3, 4)
    services.answer_save(response=response, question=question, kind="dont_know", current=3)
    answer.refresh_from_db()
    assert answer.kind == "dont_know" and answer.current is None

    services.response_submit(response=response)
    with pytest.raises(ValidationError, match="locked"):
        services.answer_save(response=response, question=question, current=1, desired=2)
    assert Answer.objects.get(pk=answer.pk).kind == "dont_know"


def test_answers_to_a_closed_round_are_refused(event, default_version, six_members):
    assessment_round = open_round(event, default_version, six_members)
    AssessmentRound.objects.filter(pk=assessment_round.pk).update(
        closes_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    response = assessment_round.responses.first()
    question = Question.objects.filter(dimension__level__version=default_version).first()
    with pytest.raises(ValidationError, match="closed on"):
        services.answer_save(response=response, question=question, current=2, desired=3)
    assert not Answer.objects.exists()


def test_out_of_range_ratings_are_refused_by_form_rules_and_database(
    event, default_version, six_members
):
    assessment_round = open_round(event, default_version, six_members)
    response = assessment_round.responses.first()
    question = Question.objects.filter(dimension__level__version=default_version).first()
    with pytest.raises(ValidationError):
        services.answer_save(response=response, question=question, current=5, desired=4)
    with pytest.raises(IntegrityError), transaction.atomic():
        Answer.objects.create(response=response, question=question, current=0, desired=9)
    with pytest.raises(IntegrityError), transaction.atomic():
        Answer.objects.create(response=response, question=question, kind="dont_know", current=2)


# --- Consensus and results ---------------------------------------------------------------------


def fill(assessment_round, ratings):
    """Each respondent gives every question (current, desired) from `ratings` and submits."""
    questions = list(Question.objects.filter(dimension__level__version=assessment_round.version))
    for response, (current, desired) in zip(
        assessment_round.responses.order_by("pk"), ratings, strict=False
    ):
        Answer.objects.bulk_create(
            Answer(response=response, question=q, current=current, desired=desired)
            for q in questions
        )
        services.response_submit(response=response)
    return questions


def test_results_use_consensus_where_recorded(event, default_version, six_members, facilitator):
    assessment_round = open_round(event, default_version, six_members)
    questions = fill(assessment_round, [(1, 4), (2, 4), (3, 4), (2, 3), (2, 3), (2, 3)])
    agreed = questions[0]
    services.consensus_record(
        assessment_round=assessment_round,
        question=agreed,
        current=3,
        desired=4,
        rationale="The group agreed after discussing the HR audit",
        recorded_by=facilitator,
    )
    results = selectors.round_results(assessment_round=assessment_round)
    by_code = {row["code"]: row for row in results["questions"]}
    assert by_code[agreed.code]["source"] == "consensus"
    assert by_code[agreed.code]["current"] == 3.0 and by_code[agreed.code]["gap"] == 1.0
    other = by_code[questions[1].code]
    assert other["source"] == "average"
    assert other["current"] == pytest.approx(2.0) and other["desired"] == pytest.approx(3.5)
    assert results["submitted_count"] == 6
    assert {level["key"] for level in results["levels"]} == set(Level.Code.values)
    assert results["priorities"][0]["gap"] >= results["priorities"][-1]["gap"]


def test_consensus_needs_a_rationale(event, default_version, six_members, facilitator):
    assessment_round = open_round(event, default_version, six_members)
    question = Question.objects.filter(dimension__level__version=default_version).first()
    with pytest.raises(ValidationError, match="Say why"):
        services.consensus_record(
            assessment_round=assessment_round,
            question=question,
            current=2,
            desired=3,
            rationale=" ",
            recorded_by=facilitator,
        )
    assert not ConsensusScore.objects.exists()


def test_agreement_lists_least_agreement_first(event, default_version, six_members):
    assessment_round = open_round(event, default_version, six_members)
    questions = fill(assessment_round, [(2, 3)] * 6)
    split = questions[5]
    Answer.objects.filter(question=split, response__respondent=six_members[0].user).update(
        current=4
    )
    Answer.objects.filter(question=split, response__respondent=six_members[1].user).update(
        current=1
    )
    rows = selectors.question_agreement(assessment_round=assessment_round)
    assert rows[0]["question"] == split
    assert (rows[0]["min"], rows[0]["max"], rows[0]["spread"], rows[0]["count"]) == (1, 4, 3, 6)
    assert rows[1]["spread"] == 0


def test_results_queries_do_not_grow(
    event, default_version, six_members, django_assert_num_queries
):
    assessment_round = open_round(event, default_version, six_members[:3])
    fill(assessment_round, [(2, 3)] * 3)
    with django_assert_num_queries(2):
        selectors.round_results(assessment_round=assessment_round)
    for response in Response.objects.filter(round=assessment_round):
        assert response.status == Response.Status.SUBMITTED
    other = open_round(event, default_version, six_members)
    fill(other, [(1, 4)] * 6)
    with django_assert_num_queries(2):
        selectors.round_results(assessment_round=other)
    with django_assert_num_queries(3):
        selectors.question_agreement(assessment_round=other)


def test_question_codes_are_unique_within_a_version(default_version, facilitator):
    draft = services.framework_copy(version=default_version, name="Copy", created_by=facilitator)
    first, second = Question.objects.filter(dimension__level__version=draft).order_by("pk")[:2]
    second.code = first.code
    with pytest.raises(ValidationError, match="already has the code"):
        services.question_save(question=second)
