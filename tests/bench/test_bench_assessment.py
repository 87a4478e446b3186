"""The benchmark command runs, reports its figures and leaves the database as it was."""

import io

import pytest
from django.core.management import call_command

from assessments.models import Answer, AssessmentRound
from events.models import Event


@pytest.mark.django_db
def test_bench_assessment_reports_and_rolls_back():
    out = io.StringIO()
    call_command("bench_assessment", respondents=3, repeat=2, stdout=out)
    report = out.getvalue()
    assert "3 respondents x 60 questions = 180 answers" in report
    assert "round_results        queries 2" in report
    assert "question_agreement   queries 3" in report
    assert not Event.objects.exists()
    assert not AssessmentRound.objects.exists() and not Answer.objects.exists()
