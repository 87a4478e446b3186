"""The results and consensus pages: aggregates only from enough submissions, fixed queries."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from assessments.models import Answer, Question
from assessments.services import answers as answer_services
from assessments.services import rounds as round_services
from tests.assessments.helpers import client_for

pytestmark = pytest.mark.django_db


def test_aggregates_hidden_below_three_submissions(event, assessment_round, members, facilitator):
    results = reverse("assessments:results", args=[event.pk, assessment_round.pk])
    member = client_for(members[0])
    for count, response in enumerate(assessment_round.responses.order_by("pk")[:3], start=1):
        answer_services.response_submit(response=response)
        expected = 200 if count >= 3 else 403
        assert member.get(results).status_code == expected, count
    assert client_for(facilitator).get(results).status_code == 200


@pytest.mark.parametrize("name,queries", [("results", 11), ("consensus", 10)])
def test_results_and_consensus_queries_do_not_grow(
    event, version, members, facilitator, django_assert_num_queries, name, queries
):
    client = client_for(facilitator)
    now = timezone.now()
    questions = list(Question.objects.filter(dimension__level__version=version))
    for size in (3, 6):
        round_ = round_services.round_create(
            event=event,
            version=version,
            opens_at=now - datetime.timedelta(hours=1),
            closes_at=now + datetime.timedelta(days=1),
            respondents=members[:size],
        )
        for response in round_.responses.all():
            Answer.objects.bulk_create(
                Answer(response=response, question=q, current=2, desired=3) for q in questions
            )
            answer_services.response_submit(response=response)
        url = reverse(f"assessments:{name}", args=[event.pk, round_.pk])
        with django_assert_num_queries(queries):
            assert client.get(url).status_code == 200
