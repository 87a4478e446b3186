"""The agreement of the members' ratings, least agreement first."""

import pytest

from assessments.models import Answer, Question
from assessments.selectors import consensus as consensus_selectors
from builders.rounds import answered_round

pytestmark = pytest.mark.django_db


def test_agreement_lists_least_agreement_first(event, default_version, six_members, members):
    assessment_round = answered_round(event=event, members=members, scores=(2, 3))
    questions = list(Question.objects.filter(dimension__level__version=default_version))
    split = questions[5]
    Answer.objects.filter(question=split, response__respondent=six_members[0].user).update(
        current=4
    )
    Answer.objects.filter(question=split, response__respondent=six_members[1].user).update(
        current=1
    )
    rows = consensus_selectors.question_agreement(assessment_round=assessment_round)
    assert rows[0]["question"] == split
    assert (rows[0]["min"], rows[0]["max"], rows[0]["spread"], rows[0]["count"]) == (1, 4, 3, 6)
    assert rows[1]["spread"] == 0
