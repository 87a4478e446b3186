"""Fixtures of the workshops' tests: an event's kick-off evaluation; the event's room, polls of
each kind, phones."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse

from tests.conftest import BASE_URL
from workshops.models import Poll, Workshop
from workshops.services import polls as poll_services
from workshops.services.evaluation import evaluation_create, evaluation_open
from workshops.services.room import room_open


@pytest.fixture
def room(event):
    return room_open(event=event)


@pytest.fixture
def make_poll(event, facilitator):
    """`make_poll(kind, options=..., start=True)`: a poll of the event, started unless told."""

    def make(kind=Poll.Kind.SINGLE, *, options=None, question=None, start=True, on=None):
        if options is None:
            options = ["Ownership", "Harmonisation", "Funding"] if kind != "text" else []
            options = [] if kind == "rating" else options
        poll = poll_services.poll_create(
            event=on or event,
            question=question or f"A {kind} question?",
            kind=kind,
            options=options,
            by=facilitator,
        )
        return poll_services.poll_start(poll=poll) if start else poll

    return make


@pytest.fixture
def phones(db):
    """`phones(n)`: n signed-out browsers, each its own phone."""
    return lambda n: [Client() for _ in range(n)]


def answer(phone, room, poll, htmx=True, **data):
    headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    return phone.post(reverse("workshops:phone_answer", args=[room.code, poll.pk]), data, **headers)


def kampala(event, day, hour, minute=0):
    """An aware time on a day of the event, in its own time zone."""
    return datetime.datetime.combine(
        event.date_of_day(day), datetime.time(hour, minute), tzinfo=event.tzinfo
    )


@pytest.fixture
def evaluation(event, facilitator, core_group, stakeholder):
    """The kick-off's evaluation, being prepared: four core-group members and a stakeholder
    are invited to it."""
    return evaluation_create(event=event, workshop=Workshop.KICK_OFF, by=facilitator)


@pytest.fixture
def open_evaluation(evaluation, facilitator, django_capture_on_commit_callbacks):
    """The same, opened: its emails sent."""
    with django_capture_on_commit_callbacks(execute=True):
        evaluation_open(evaluation=evaluation, by=facilitator, base_url=BASE_URL + "/")
    evaluation.refresh_from_db()
    return evaluation
