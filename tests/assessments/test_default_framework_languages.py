"""The default framework speaks the four languages: every question, descriptor and name."""

import pytest
from django.utils import translation

from assessments import default_framework
from assessments.models import FrameworkVersion, Question, translated
from assessments.scoring import fingerprint
from assessments.selectors import frameworks as framework_selectors

pytestmark = pytest.mark.django_db


def default_version():
    return FrameworkVersion.objects.get(framework__name=default_framework.NAME, number=1)


@pytest.mark.parametrize("language", ["en", "fr", "es", "pt"])
def test_every_text_of_the_default_framework_is_in_the_language(language):
    version = default_version()
    questions = Question.objects.filter(dimension__level__version=version).select_related(
        "dimension__level"
    )
    assert questions.count() == 60
    for question in questions:
        for texts in (question.text, question.dimension.name, question.dimension.level.name):
            assert texts.get(language, "").strip(), (question.code, language)
        assert len(question.descriptors.get(language, [])) == 4, question.code
        assert all(d.strip() for d in question.descriptors[language])
        if language != "en":
            assert question.text[language] != question.text["en"], question.code
    with translation.override(language):
        question = questions.get(code="IND1.1")
        assert translated(question.text) == question.text[language]


def test_the_fingerprint_covers_the_translations():
    version = default_version()
    assert version.fingerprint == fingerprint(
        framework_selectors.framework_version_content(version=version)
    )
