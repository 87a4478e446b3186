"""A member's answers through the pages: autosave, refusals, resuming on another device."""

import datetime
import zoneinfo

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


def _answer_post(client, event, own, question, *, htmx=True, **fields):
    data = {"kind": "rated", "current": 2, "desired": 4, "evidence": ""} | fields
    headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    return client.post(autosave_url(event, own, question), data, **headers)


def test_a_save_from_a_stale_page_is_refused_and_shows_the_stored_answer(
    event, assessment_round, members
):
    """The same member on two devices: the laptop's page still holds the first revision when
    the phone saves a second one; the laptop's next save is refused, not written over it."""
    own = Response.objects.get(round=assessment_round, respondent=members[0])
    question = Question.objects.filter(dimension__level__version=assessment_round.version).first()
    laptop, phone = client_for(members[0]), client_for(members[0])
    _answer_post(
        laptop, event, own, question, evidence="From the laptop", revision=0, change_id="l1"
    )
    _answer_post(
        phone,
        event,
        own,
        question,
        current=3,
        evidence="From the phone",
        revision=1,
        change_id="p1",
    )

    stale = _answer_post(
        laptop, event, own, question, evidence="Laptop, typed later", revision=1, change_id="l2"
    )
    body = stale.content.decode()
    assert stale.status_code == 409
    assert "A newer answer to this question was saved elsewhere" in body
    # The stored answer is in the form; what the laptop typed stays on the page beside it.
    assert ">From the phone</textarea>" in body and 'value="3" checked' in body
    assert "Your answer, not saved:" in body and "Laptop, typed later" in body
    answer = Answer.objects.get(response=own, question=question)
    assert (answer.current, answer.evidence, answer.revision) == (3, "From the phone", 2)

    # Without scripts the page comes back with the stored answer and the typed evidence said.
    plain = _answer_post(
        laptop, event, own, question, htmx=False, evidence="Plain form", revision=1, change_id=""
    )
    said = [str(message) for message in plain.wsgi_request._messages]
    assert plain.status_code == 302 and any("Plain form" in message for message in said)
    assert Answer.objects.get(response=own, question=question).evidence == "From the phone"


def test_a_change_sent_again_after_a_lost_reply_is_saved_once(event, assessment_round, members):
    """A first save, then the same change again (its reply was lost), then the same change
    grown by more typing: all saved, one row, no conflict. A queue's next change, made on the
    revision the server returned, is saved too."""
    own = Response.objects.get(round=assessment_round, respondent=members[0])
    question = Question.objects.filter(dimension__level__version=assessment_round.version).first()
    client = client_for(members[0])
    change = {"revision": 0, "change_id": "c1"}
    for evidence in ("Survey", "Survey", "Survey of 2030"):
        saved = _answer_post(client, event, own, question, evidence=evidence, **change)
        assert saved.status_code == 200 and "Saved at" in saved.content.decode()
    answer = Answer.objects.get(response=own, question=question)
    assert (answer.evidence, answer.revision) == ("Survey of 2030", 2)

    following = _answer_post(
        client,
        event,
        own,
        question,
        current=1,
        evidence="Survey of 2030",
        revision=2,
        change_id="c2",
    )
    assert following.status_code == 200 and 'data-revision="3"' in following.content.decode()
    assert Answer.objects.filter(response=own, question=question).count() == 1
    assert Answer.objects.get(pk=answer.pk).current == 1


def test_saved_at_is_the_events_local_time(event, assessment_round, members):
    """Kathmandu is 5 h 45 min ahead of UTC, so its hours and minutes never match UTC's."""
    event.time_zone = "Asia/Kathmandu"
    event.save(update_fields=["time_zone"])
    own = Response.objects.get(round=assessment_round, respondent=members[0])
    question = Question.objects.filter(dimension__level__version=assessment_round.version).first()
    client = client_for(members[0])
    saved = _answer_post(client, event, own, question, evidence="Seen", revision=0)
    stored = Answer.objects.get(response=own, question=question).updated_at
    local = stored.astimezone(zoneinfo.ZoneInfo("Asia/Kathmandu"))
    assert f"Saved at {local:%H:%M}" in saved.content.decode()
    assert f"Saved at {local:%H:%M}" in client.get(response_url(event, own)).content.decode()
