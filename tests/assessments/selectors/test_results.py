"""A round's results computed in SQL: consensus where recorded, and a fixed number of queries."""

import pytest

from assessments.models import Level, Question, Response
from assessments.selectors import consensus as consensus_selectors
from assessments.selectors import results as result_selectors
from builders.rounds import answered_round, consensus_agreed

pytestmark = pytest.mark.django_db


def test_results_use_consensus_where_recorded(event, default_version, members, facilitator):
    scores = [(1, 4), (2, 4), (3, 4), (2, 3), (2, 3), (2, 3)]
    assessment_round = answered_round(event=event, members=members, scores=scores)
    questions = list(Question.objects.filter(dimension__level__version=default_version))
    agreed = questions[0]
    consensus_agreed(
        assessment_round=assessment_round, questions=[agreed], scores=(3, 4), by=facilitator
    )
    results = result_selectors.round_results(assessment_round=assessment_round)
    by_code = {row["code"]: row for row in results["questions"]}
    assert by_code[agreed.code]["source"] == "consensus"
    assert by_code[agreed.code]["current"] == 3.0 and by_code[agreed.code]["gap"] == 1.0
    other = by_code[questions[1].code]
    assert other["source"] == "average"
    assert other["current"] == pytest.approx(2.0) and other["desired"] == pytest.approx(3.5)
    assert results["submitted_count"] == 6
    assert {level["key"] for level in results["levels"]} == set(Level.Code.values)
    assert results["priorities"][0]["gap"] >= results["priorities"][-1]["gap"]


def test_results_queries_do_not_grow(event, members, django_assert_num_queries):
    assessment_round = answered_round(event=event, members=members[:3], scores=(2, 3))
    with django_assert_num_queries(2):
        result_selectors.round_results(assessment_round=assessment_round)
    for response in Response.objects.filter(round=assessment_round):
        assert response.status == Response.Status.SUBMITTED
    other = answered_round(event=event, members=members, scores=(1, 4))
    with django_assert_num_queries(2):
        result_selectors.round_results(assessment_round=other)
    with django_assert_num_queries(3):
        consensus_selectors.question_agreement(assessment_round=other)
