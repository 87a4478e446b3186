"""A member's answers through the pages: autosave, refusals, resuming on another device."""

import datetime

import pytest
from django.utils import timezone

from assessments.models import Answer, Question, Response
from assessments.services import answers as answer_services
from tests.assessments.helpers import autosave_url, response_url
from tests.helpers import client_for

pytestmark = pytest.mark.django_db


def test_autosave_keeps_typed_text_when_refused(event, assessment_round, members):
    own = Response.objects.get(round=assessment_round, respondent=members[0])
    question = Question.objects.filter(dimension__level__version=assessment_round.version).first()
    client = client_for(members[0])
    response = client.post(
        autosave_url(event, own, question),
        {"kind": "rated", "current": 7, "desired": 4, "evidence": "My careful notes"},
        HTTP_HX_REQUEST="true",
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert "Not saved" in body and "My careful notes" in body
    assert not Answer.objects.exists()

    answer_services.response_submit(response=own)
    response = client.post(
        autosave_url(event, own, question),
        {"kind": "rated", "current": 2, "desired": 4, "evidence": "Late notes"},
        HTTP_HX_REQUEST="true",
    )
    body = response.content.decode()
    assert "locked" in body and "Late notes" in body


def test_closed_round_refuses_answers_with_a_message(event, assessment_round, members):
    own = Response.objects.get(round=assessment_round, respondent=members[0])
    type(assessment_round).objects.filter(pk=assessment_round.pk).update(
        closes_at=timezone.now() - datetime.timedelta(minutes=5)
    )
    question = Question.objects.filter(dimension__level__version=assessment_round.version).first()
    response = client_for(members[0]).post(
        autosave_url(event, own, question),
        {"kind": "rated", "current": 2, "desired": 3, "evidence": ""},
        HTTP_HX_REQUEST="true",
    )
    assert "closed on" in response.content.decode()
    assert not Answer.objects.exists()


def test_answers_resume_on_another_device(event, assessment_round, members):
    own = Response.objects.get(round=assessment_round, respondent=members[0])
    question = Question.objects.filter(dimension__level__version=assessment_round.version).first()
    laptop, phone = client_for(members[0]), client_for(members[0])
    laptop.post(
        autosave_url(event, own, question),
        {"kind": "rated", "current": 2, "desired": 4, "evidence": "Typed on the laptop"},
        HTTP_HX_REQUEST="true",
    )
    page = phone.get(response_url(event, own)).content.decode()
    assert "Typed on the laptop" in page and "1 of 60 answered" in page
