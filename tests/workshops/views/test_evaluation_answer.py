"""Answering: by the link in one's email (once per person) or by the walk-in link (once per
phone), with no account, on a page for a phone; a bad link answers 404."""

import uuid

import pytest
from django.test import Client
from django.urls import reverse

from tests.helpers import client_for
from tests.workshops.helpers import email_links, form_data, path_of, walk_in_url
from workshops.models import EvaluationResponse, EvaluationTaken
from workshops.services.evaluation import evaluation_close, evaluation_open

pytestmark = pytest.mark.django_db


def test_the_emailed_link_opens_the_questions_without_signing_in(open_evaluation, stakeholder):
    link = path_of(email_links()[stakeholder.email])
    page = Client().get(link)
    assert page.status_code == 200
    html = page.content.decode()
    assert "How relevant was the programme to your needs?" in html
    assert html.count('type="radio"') == 6 * 5
    assert page["Cache-Control"] == "private, no-store"


def test_an_invited_person_answers_once_with_a_clear_message_when_repeated(
    open_evaluation, stakeholder
):
    link = path_of(email_links()[stakeholder.email])
    phone = Client()
    page = phone.post(link, form_data(open_evaluation, rating=5, comment="Useful"))
    assert "Thank you: your answers are recorded." in page.content.decode()
    assert EvaluationResponse.objects.count() == 1
    assert EvaluationTaken.objects.get().participation.user == stakeholder

    again = Client().get(link)  # another browser, the same link
    assert "You have already answered this evaluation." in again.content.decode()
    assert 'type="radio"' not in again.content.decode()
    resent = Client().post(link, form_data(open_evaluation, rating=1))
    assert "You have already answered this evaluation." in resent.content.decode()
    assert EvaluationResponse.objects.count() == 1


def test_a_missing_rating_is_said_on_the_page_and_what_was_typed_is_kept(
    open_evaluation, stakeholder
):
    link = path_of(email_links()[stakeholder.email])
    data = form_data(open_evaluation, rating=None, comment="Keep the group work")
    page = Client().post(link, data)
    html = page.content.decode()
    assert page.status_code == 200
    assert "Choose a rating from 1 to 5 for this question." in html
    assert html.count("Keep the group work") == len(data)
    assert not EvaluationResponse.objects.exists()


def test_walk_ins_answer_once_per_phone_without_an_account(open_evaluation):
    phone = Client()
    link = walk_in_url(open_evaluation)
    assert 'type="radio"' in phone.get(link).content.decode()
    page = phone.post(link, form_data(open_evaluation))
    assert "Thank you: your answers are recorded." in page.content.decode()
    cookie = page.cookies[f"evaluation-{open_evaluation.public_id}"]
    assert cookie["httponly"] and cookie["path"] == link

    again = phone.get(link)
    assert "You have already answered this evaluation." in again.content.decode()
    phone.post(link, form_data(open_evaluation))
    assert EvaluationResponse.objects.count() == 1

    Client().post(link, form_data(open_evaluation))  # another phone
    assert EvaluationResponse.objects.count() == 2
    assert not EvaluationTaken.objects.exists()  # walk-ins leave no trace of who they are


def test_a_forged_phone_cookie_does_not_stop_an_answer(open_evaluation):
    phone = Client()
    phone.cookies[f"evaluation-{open_evaluation.public_id}"] = "answered"  # not signed
    assert 'type="radio"' in phone.get(walk_in_url(open_evaluation)).content.decode()


def test_a_closed_or_unopened_evaluation_says_so(evaluation, facilitator):
    link = walk_in_url(evaluation)
    assert "not open yet" in Client().get(link).content.decode()
    Client().post(link, form_data(evaluation))
    evaluation_open(evaluation=evaluation, by=facilitator, base_url="https://cdfacil.test")
    evaluation_close(evaluation=evaluation, by=facilitator)
    assert "This evaluation is closed" in Client().get(link).content.decode()
    assert not EvaluationResponse.objects.exists()


def test_without_the_link_nothing_is_found(open_evaluation, stakeholder, facilitator):
    """Signed out or signed in: an altered token, a made-up walk-in id, another evaluation's
    person: 404, so nothing says an evaluation exists."""
    link = path_of(email_links()[stakeholder.email])
    token = link.rstrip("/").rsplit("/", 1)[1]
    altered = token[:-2] + ("aa" if not token.endswith("aa") else "bb")
    for client in (Client(), client_for(facilitator)):
        for path in (
            reverse("workshops:evaluation_answer", kwargs={"token": altered}),
            reverse("workshops:evaluation_answer", kwargs={"token": "nothing"}),
            reverse("workshops:evaluation_walk_in", kwargs={"public_id": uuid.uuid4()}),
        ):
            assert client.get(path).status_code == 404, path
            assert client.post(path, form_data(open_evaluation)).status_code == 404, path
    assert not EvaluationResponse.objects.exists()


def test_the_page_speaks_the_event_language_to_someone_who_never_chose(
    open_evaluation, stakeholder
):
    event = open_evaluation.event
    event.language = "fr"
    event.save()
    link = path_of(email_links()[stakeholder.email])
    html = Client().get(link, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Dans quelle mesure le programme répondait-il à vos besoins ?" in html
    chose = Client()
    chose.cookies["django_language"] = "es"
    html = chose.get(link).content.decode()
    assert "¿En qué medida respondió el programa a sus necesidades?" in html


def test_a_walk_in_from_the_room_is_led_back_to_the_room_once_answered(open_evaluation, room):
    phone = Client()
    link = walk_in_url(open_evaluation)
    back = f'href="{reverse("workshops:phone", args=[room.code])}"'
    assert back not in phone.get(link).content.decode()  # while answering, nothing else
    page = phone.post(link, form_data(open_evaluation)).content.decode()
    assert "Thank you: your answers are recorded." in page and back in page
