"""The results and consensus pages: aggregates only from enough submissions, fixed queries."""

import pytest
from django.urls import reverse

from assessments.services import answers as answer_services
from assessments.services.rounds import round_close
from builders.rounds import answered_round
from tests.helpers import client_for

pytestmark = pytest.mark.django_db


def test_aggregates_hidden_below_three_submissions(event, assessment_round, members, facilitator):
    results = reverse("assessments:results", args=[event.pk, assessment_round.pk])
    member = client_for(members[0])
    # While the round is open, members see nothing, however many have submitted.
    for count, response in enumerate(assessment_round.responses.order_by("pk")[:3], start=1):
        answer_services.response_submit(response=response)
        assert member.get(results).status_code == 403, count
        assert client_for(facilitator).get(results).status_code == 200
    round_close(assessment_round=assessment_round, by=facilitator)
    assert member.get(results).status_code == 200


@pytest.mark.parametrize("name,queries", [("results", 12), ("consensus", 11)])
def test_results_and_consensus_queries_do_not_grow(
    event, version, members, facilitator, django_assert_num_queries, name, queries
):
    client = client_for(facilitator)
    for size in (3, 6):
        round_ = answered_round(event=event, members=members[:size], version=version, scores=(2, 3))
        url = reverse(f"assessments:{name}", args=[event.pk, round_.pk])
        with django_assert_num_queries(queries):
            assert client.get(url).status_code == 200
