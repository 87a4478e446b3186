"""Frameworks through the services: the default one, copies, publishing and freezing."""

import pytest
from django.core.exceptions import ValidationError

from assessments import scoring
from assessments.models import FrameworkVersion, Level, Question
from assessments.selectors import frameworks as framework_selectors
from assessments.services import frameworks as framework_services

pytestmark = pytest.mark.django_db


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
        framework_selectors.framework_version_content(version=default_version)
    )


def test_published_version_is_frozen(default_version):
    question = Question.objects.filter(dimension__level__version=default_version).first()
    question.text = {"en": "Changed"}
    with pytest.raises(ValidationError, match="published and frozen"):
        framework_services.question_save(question=question)
    with pytest.raises(ValidationError, match="published and frozen"):
        framework_services.question_delete(question=question)
    assert Question.objects.get(pk=question.pk).text != {"en": "Changed"}


def test_copy_edit_and_publish(default_version, facilitator):
    draft = framework_services.framework_copy(
        version=default_version, name="Health sector framework", by=facilitator
    )
    assert not draft.is_frozen and draft.framework.copied_from == default_version
    assert Question.objects.filter(dimension__level__version=draft).count() == (
        Question.objects.filter(dimension__level__version=default_version).count()
    )
    first_dimension = draft.levels.first().dimensions.first()
    first, second = list(first_dimension.questions.order_by("order"))[:2]
    first.text = {"en": "Reworded question", "fr": "Question reformulée"}
    framework_services.question_save(question=first)
    framework_services.question_move(question=second, direction="up")
    assert list(first_dimension.questions.order_by("order"))[0].pk == second.pk
    framework_services.question_delete(
        question=list(first_dimension.questions.order_by("order"))[-1]
    )

    published = framework_services.framework_version_publish(version=draft)
    assert published.is_frozen and len(published.fingerprint) == 64
    assert published.fingerprint != default_version.fingerprint
    with pytest.raises(ValidationError, match="published and frozen"):
        framework_services.framework_version_publish(version=published)


def test_publish_refuses_a_question_without_four_descriptors(default_version, facilitator):
    draft = framework_services.framework_copy(version=default_version, name="Copy", by=facilitator)
    question = Question.objects.filter(dimension__level__version=draft).first()
    question.descriptors = {"en": ["only", "three", "points"]}
    framework_services.question_save(question=question)
    with pytest.raises(ValidationError, match=f"Question {question.code} needs a descriptor"):
        framework_services.framework_version_publish(version=draft)
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


def test_question_codes_are_unique_within_a_version(default_version, facilitator):
    draft = framework_services.framework_copy(version=default_version, name="Copy", by=facilitator)
    first, second = Question.objects.filter(dimension__level__version=draft).order_by("pk")[:2]
    second.code = first.code
    with pytest.raises(ValidationError, match="already has the code"):
        framework_services.question_save(question=second)
