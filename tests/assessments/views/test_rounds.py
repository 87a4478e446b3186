"""A round through its pages, from opening to results, with six members."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from assessments.models import Answer, ConsensusScore, Question, Response
from assessments.services.rounds import round_close
from builders.events import event_advance_to
from builders.rounds import answered_round, closed_round
from events.models import Event
from tests.assessments.helpers import autosave_url, response_url
from tests.helpers import client_for

pytestmark = pytest.mark.django_db


def test_round_with_six_members_end_to_end(event, facilitator, members, version):
    facilitator_client = client_for(facilitator)
    now = timezone.localtime(timezone.now(), event.tzinfo)
    event_advance_to(event=event, phase=Event.Phase.CORE_GROUP_WORK)
    response = facilitator_client.post(
        reverse("assessments:round_create", args=[event.pk]),
        {
            "version": version.pk,
            "opens_at": (now - datetime.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M"),
            "closes_at": (now + datetime.timedelta(days=2)).strftime("%Y-%m-%dT%H:%M"),
            "respondents": [member.pk for member in members],
        },
    )
    assert response.status_code == 302
    round_ = event.assessment_rounds.get()
    questions = list(Question.objects.filter(dimension__level__version=version))
    for index, member in enumerate(members):
        client = client_for(member)
        own = Response.objects.get(round=round_, respondent=member)
        page = client.get(response_url(event, own))
        assert page.status_code == 200 and "0 of 60 answered" in page.content.decode()
        for question in questions:
            saved = client.post(
                autosave_url(event, own, question),
                {"kind": "rated", "current": 1 + index % 3, "desired": 4, "evidence": "Review"},
                HTTP_HX_REQUEST="true",
            )
            assert "Saved" in saved.content.decode()
        assert f"{len(questions)} of {len(questions)} answered" in saved.content.decode()
        assert (
            client.post(reverse("assessments:response_submit", args=[event.pk, own.pk])).status_code
            == 302
        )
    assert Answer.objects.filter(response__round=round_).count() == 6 * len(questions)

    consensus_page = facilitator_client.get(
        reverse("assessments:consensus", args=[event.pk, round_.pk])
    )
    assert "current 1–3 · desired 4 · 6 ratings" in consensus_page.content.decode()
    target = questions[0]
    facilitator_client.post(
        reverse("assessments:consensus_question", args=[event.pk, round_.pk, target.pk]),
        {"current": 2, "desired": 4, "rationale": "Agreed after discussion", "dissent": ""},
    )
    assert ConsensusScore.objects.get(round=round_, question=target).current == 2

    results_url = reverse("assessments:results", args=[event.pk, round_.pk])
    assert client_for(members[0]).get(results_url).status_code == 403  # the round is open
    round_close(assessment_round=round_, by=facilitator)
    results = client_for(members[0]).get(results_url)
    body = results.content.decode()
    assert results.status_code == 200
    assert "From 6 submitted responses." in body
    assert "consensus on 1 of 3 questions" in body


def test_a_facilitator_closes_a_round_from_its_page_after_confirming(event, facilitator, members):
    assessment_round = answered_round(event=event, members=members[:3], scores=(2, 3))
    url = reverse("assessments:round_close", args=[event.pk, assessment_round.pk])
    round_list = reverse("assessments:round_list", args=[event.pk])
    member = client_for(members[0])
    assert "Results from" not in member.get(round_list).content.decode()
    client = client_for(facilitator)
    assert url in client.get(round_list).content.decode()
    confirm = client.get(url).content.decode()
    assert "Close round 1 now?" in confirm and "cannot be opened again" in confirm
    assessment_round.refresh_from_db()
    assert not assessment_round.is_closed  # asking changed nothing
    assert member.post(url).status_code == 403
    done = client.post(url, follow=True)
    assert "Round 1 is closed." in done.content.decode()
    assessment_round.refresh_from_db()
    assert assessment_round.is_closed and url not in done.content.decode()
    assert "Results from 3 submitted responses" in member.get(round_list).content.decode()
    again = client.post(url, follow=True)
    assert "This round is already closed." in again.content.decode()


# The session, the user, the event, its rounds (with their counts), the person's responses,
# and the menu's user and group permissions; a member's rule on each round's results asks
# nothing more.
ROUND_LIST_QUERIES = 8


@pytest.mark.parametrize("who", ["member", "facilitator"])
def test_the_round_list_makes_the_same_queries_for_one_round_and_for_four(
    event, facilitator, members, django_assert_num_queries, who
):
    client = client_for(members[0] if who == "member" else facilitator)
    url = reverse("assessments:round_list", args=[event.pk])
    results = [closed_round(event=event, members=members)]
    for rounds in (1, 4):
        while len(results) < rounds:
            results.append(closed_round(event=event, members=members))
        with django_assert_num_queries(ROUND_LIST_QUERIES):
            page = client.get(url).content.decode()
        # Each round's results are offered, to members too: every rule was really asked.
        for assessment_round in results:
            assert reverse("assessments:results", args=[event.pk, assessment_round.pk]) in page
        assert page.count("6 of 6 submitted") == rounds
