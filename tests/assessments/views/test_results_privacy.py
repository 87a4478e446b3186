"""What members see of the results: no figure from fewer than three people's ratings of a
question in a round, and nothing of a round before it closes; facilitators keep the live view."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from assessments import reports as result_reports
from assessments.models import Answer, Question
from assessments.selectors.results import QUESTION_ORDER
from assessments.services.rounds import round_close
from builders.rounds import answered_round
from cdfacil import reports, services
from tests.helpers import client_for

pytestmark = pytest.mark.django_db


def closed_round(event, members, **fields):
    """A round that ran from two days ago to an hour ago, answered as `answered_round` says."""
    now = timezone.now()
    return answered_round(
        event=event,
        members=members,
        opens_at=now - datetime.timedelta(days=2),
        closes_at=now - datetime.timedelta(hours=1),
        **fields,
    )


def results_url(assessment_round):
    return reverse("assessments:results", args=[assessment_round.event_id, assessment_round.pk])


def pdf_html(assessment_round) -> str:
    kind = reports.get("results")
    return services.report_html(kind=kind, subject=assessment_round, language="en")


def test_a_member_sees_no_follow_up_figure_from_one_submitted_response(event, members, facilitator):
    baseline = closed_round(event, members[:4], scores=(2, 4))
    closed_round(event, members[:4], scores=(4, 4), submitted=1)
    page = client_for(members[0]).get(results_url(baseline))
    assert page.status_code == 200
    assert page.context["comparison"] is None
    assert "Baseline against follow-up" not in page.content.decode()
    # The PDF travels: it never prints the follow-up's single response either.
    assert result_reports.results_content(baseline)["compared"] is None
    assert result_reports.results_context(baseline)["figures"]["comparison"] is None
    assert "Baseline against follow-up" not in pdf_html(baseline)
    # The facilitator, who sees each answer anyway, keeps the live comparison.
    assert client_for(facilitator).get(results_url(baseline)).context["comparison"]


def test_a_member_sees_no_figure_of_an_open_follow_up(event, members, facilitator):
    baseline = closed_round(event, members[:4], scores=(2, 4))
    answered_round(event=event, members=members[:4], scores=(4, 4))
    assert client_for(members[0]).get(results_url(baseline)).context["comparison"] is None
    assert result_reports.results_content(baseline)["compared"] is None
    assert client_for(facilitator).get(results_url(baseline)).context["comparison"]


def _one_rater_on_the_first_question(questions):
    """Scores where only the first member rates the first question (4, 4); the others say
    "don't know" to it; every member rates every other question (2, 3)."""
    first = questions[0]

    def scores(index, position):
        if questions[position] != first:
            return {"current": 2, "desired": 3}
        return {"current": 4, "desired": 4} if index == 0 else {"kind": Answer.Kind.DONT_KNOW}

    return scores


def test_a_question_one_of_four_members_rated_shows_no_average_to_members(
    event, version, members, facilitator
):
    questions = list(
        Question.objects.filter(dimension__level__version=version).order_by(*QUESTION_ORDER)
    )
    assessment_round = closed_round(
        event, members[:4], questions=questions, scores=_one_rater_on_the_first_question(questions)
    )
    first = questions[0]
    page = client_for(members[1]).get(results_url(assessment_round))
    assert page.status_code == 200
    rows = {row["code"]: row for row in page.context["results"]["questions"]}
    assert rows[first.code]["current"] is None and rows[first.code]["desired"] is None
    assert rows[first.code]["source"] == "too_few"
    assert first.code not in [row["code"] for row in page.context["results"]["priorities"]]
    # The dimension is averaged from the questions that qualify only: every other one is 2.
    dimension = next(
        row for row in page.context["results"]["dimensions"] if row["key"] == first.dimension.code
    )
    assert dimension["current"] == pytest.approx(2.0)
    assert "fewer than 3 ratings" in page.content.decode()
    # The PDF says so in the question's row, and prints no figure for it.
    content = result_reports.results_content(assessment_round)
    printed = {code: (current, desired) for code, current, desired, _ in content["questions"]}
    assert printed[first.code] == (None, None)
    assert "fewer than 3 ratings" in pdf_html(assessment_round)
    # The facilitator's live view keeps the one rating.
    live = client_for(facilitator).get(results_url(assessment_round)).context["results"]
    assert {row["code"]: row for row in live["questions"]}[first.code]["current"] == 4.0


def test_a_member_sees_nothing_of_an_open_round_even_at_four_responses(event, members, facilitator):
    assessment_round = answered_round(event=event, members=members[:4], scores=(2, 4))
    member = members[0]
    assert client_for(member).get(results_url(assessment_round)).status_code == 403
    assert result_reports.results_subject(member, assessment_round.pk) is None
    round_list = client_for(member).get(reverse("assessments:round_list", args=[event.pk]))
    body = round_list.content.decode()
    assert results_url(assessment_round) not in body
    assert "Results are shown to members once the round has closed" in body
    page = client_for(facilitator).get(results_url(assessment_round))
    assert page.status_code == 200
    assert page.context["results"]["levels"][0]["current"] == pytest.approx(2.0)
    assert page.context["radars"]


def test_a_member_sees_a_closed_round_with_three_responses(event, members):
    assessment_round = closed_round(event, members[:4], scores=(2, 4), submitted=3)
    member = client_for(members[0])
    assert member.get(results_url(assessment_round)).status_code == 200
    body = member.get(reverse("assessments:round_list", args=[event.pk])).content.decode()
    assert results_url(assessment_round) in body
    two = closed_round(event, members[:4], scores=(2, 4), submitted=2)
    assert member.get(results_url(two)).status_code == 403
    body = member.get(reverse("assessments:round_list", args=[event.pk])).content.decode()
    assert "Fewer than 3 members submitted" in body


def test_a_facilitator_closes_a_round_early_and_members_then_see_it(event, members, facilitator):
    assessment_round = answered_round(event=event, members=members[:4], scores=(2, 4))
    member = client_for(members[0])
    assert member.get(results_url(assessment_round)).status_code == 403
    with pytest.raises(ValidationError, match="Only the event's facilitators"):
        round_close(assessment_round=assessment_round, by=members[0])
    closed = round_close(assessment_round=assessment_round, by=facilitator)
    assert closed.closes_at <= timezone.now()
    assert member.get(results_url(assessment_round)).status_code == 200
    with pytest.raises(ValidationError, match="already closed"):
        round_close(assessment_round=closed, by=facilitator)


def test_a_pdf_of_an_open_round_prints_no_figure_to_compare_with_a_later_one(
    event, members, facilitator
):
    """A PDF a facilitator asks for while the round is open could be downloaded by a member
    once it closes, and set beside a new one: it prints no figures until the round closes."""
    assessment_round = answered_round(event=event, members=members[:4], scores=(2, 4))
    html = pdf_html(assessment_round)
    assert "Per dimension" not in html and "Gap per dimension" not in html
    assert "This round is still open" in html
    before = result_reports.results_content(assessment_round)
    closed = round_close(assessment_round=assessment_round, by=facilitator)
    assert "Per dimension" in pdf_html(closed)
    # Not the same content, so the file made while it was open is not reused.
    assert result_reports.results_content(closed) != before
