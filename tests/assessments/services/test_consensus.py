"""Recording the group's consensus score."""

import pytest
from django.core.exceptions import ValidationError

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
