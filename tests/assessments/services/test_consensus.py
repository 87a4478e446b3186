"""Recording the group's consensus score."""

import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import connection

from assessments.models import ConsensusScore, Question
from assessments.services import consensus as consensus_services

pytestmark = pytest.mark.django_db


def test_consensus_needs_a_rationale(assessment_round, default_version, facilitator):
    question = Question.objects.filter(dimension__level__version=default_version).first()
    with pytest.raises(ValidationError, match="Say why"):
        consensus_services.consensus_record(
            assessment_round=assessment_round,
            question=question,
            current=2,
            desired=3,
            rationale=" ",
            by=facilitator,
        )
    assert not ConsensusScore.objects.exists()


@pytest.mark.services
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_screens_recording_the_same_question_at_once_both_succeed(
    require_postgresql, assessment_round, default_version, facilitator
):
    """The projector and the list both save the same question: one row, the later values."""
    question = Question.objects.filter(dimension__level__version=default_version).first()
    barrier = threading.Barrier(2)
    outcomes = []

    def record(current):
        try:
            barrier.wait(timeout=10)
            consensus_services.consensus_record(
                assessment_round=assessment_round,
                question=question,
                current=current,
                desired=4,
                rationale="Agreed in the room.",
                by=facilitator,
            )
            outcomes.append("saved")
        except Exception as error:  # noqa: BLE001
            outcomes.append(type(error).__name__)
        finally:
            connection.close()

    threads = [threading.Thread(target=record, args=(current,)) for current in (2, 3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert outcomes == ["saved", "saved"]
    assert ConsensusScore.objects.filter(round=assessment_round, question=question).count() == 1
