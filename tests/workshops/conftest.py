"""An event with a core group and a stakeholder, and its kick-off's evaluation."""

import pytest

from tests.conftest import BASE_URL
from workshops.models import Workshop
from workshops.services.evaluation import evaluation_create, evaluation_open


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
