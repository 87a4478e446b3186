"""The consensus session on the projector: one question per screen, prefilled with the members'
medians, "save and next" in least-agreement order, and a fixed number of queries."""

import re

import pytest
from django.urls import reverse

from assessments.models import ConsensusScore, Question
from assessments.selectors.consensus import question_agreement
from builders.rounds import answered_round, consensus_agreed
from tests.helpers import client_for

pytestmark = pytest.mark.django_db


def projector(round_, question) -> str:
    return reverse(
        "assessments:consensus_projector", args=[round_.event_id, round_.pk, question.pk]
    )


def checked(body: str, name: str) -> str | None:
    """The value of the checked radio button `name` on the page."""
    found = re.search(rf'<input[^>]*name="{name}"[^>]*value="(\d)"[^>]* checked', body)
    return found and found.group(1)


@pytest.fixture
def split_round(event, default_version, members):
    """Six members: on the fourth question current 1, 1, 2, 3, 3, 4 and desired 3 or 4, with
    evidence; elsewhere all 2 and 3."""
    questions = list(Question.objects.filter(dimension__level__version=default_version))

    def scores(member, position):
        if position == 3:
            return {
                "current": (1, 1, 2, 3, 3, 4)[member],
                "desired": 3 + member % 2,
                "evidence": f"Seen in review {member}" if member % 2 else "",
            }
        return {"current": 2, "desired": 3}

    return answered_round(event=event, members=members, scores=scores), questions


def test_the_projector_shows_the_question_prefilled_with_the_medians(
    split_round, members, facilitator
):
    round_, questions = split_round
    # Names no word of the page can be (a random "Key" would be found in "Keys").
    for number, member in enumerate(members):
        member.first_name, member.last_name = f"Qwzx{number}", f"Vyjk{number}"
        member.save(update_fields=["first_name", "last_name"])
    page = client_for(facilitator).get(projector(round_, questions[3]))
    body = page.content.decode()
    assert page.status_code == 200
    assert questions[3].code in body and "Question 1 of 60" in body
    # The medians: current 2.5 rounds to 3, desired 3.5 to 4; the rationale says the basis.
    assert (checked(body, "current"), checked(body, "desired")) == ("3", "4")
    assert "(current 1–4, desired 3–4)" in body
    assert '<svg xmlns="http://www.w3.org/2000/svg"' in body and "spread 3" in body
    assert "Current: 1, 1, 2, 3, 3, 4 (spread 3, median 2.5)" in body
    # The evidence, without names; the four descriptors of the question.
    assert body.count("Seen in review") == 3
    for member in members:
        assert member.last_name not in body
    for descriptor in questions[3].descriptors["en"]:
        assert descriptor in body
    # No menu: the projector page stands alone, its script from the app's static files.
    assert 'id="nav"' not in body and "js/consensus-projector.js" in body
    assert all("src=" in tag for tag in re.findall(r"<script\b[^>]*>", body))
    assert not re.search(r"\son[a-z]+=", body)


def test_save_and_next_records_and_goes_on_in_least_agreement_order(split_round, facilitator):
    round_, questions = split_round
    client = client_for(facilitator)
    order = [row["question"] for row in question_agreement(assessment_round=round_)]
    consensus_agreed(assessment_round=round_, questions=[order[1]], by=facilitator)
    answer = client.post(
        projector(round_, order[0]),
        {"current": 2, "desired": 4, "rationale": "Two camps, settled on 2", "dissent": "One: 4"},
    )
    # The second is agreed already: on to the third.
    assert answer.status_code == 302 and answer.url == projector(round_, order[2])
    score = ConsensusScore.objects.get(round=round_, question=order[0])
    assert (score.current, score.desired, score.dissent, score.recorded_by) == (
        2,
        4,
        "One: 4",
        facilitator,
    )
    assert "Consensus recorded for" in client.get(answer.url).content.decode()
    # An agreed question shows its consensus, to change.
    body = client.get(projector(round_, order[0])).content.decode()
    assert (checked(body, "current"), checked(body, "desired")) == ("2", "4")
    assert "Two camps, settled on 2" in body


def test_the_last_question_saved_leads_back_to_the_list(event, members, facilitator):
    round_ = answered_round(event=event, members=members, scores=(2, 3))
    client = client_for(facilitator)
    order = [row["question"] for row in question_agreement(assessment_round=round_)]
    consensus_agreed(assessment_round=round_, questions=order[1:], by=facilitator)
    start = reverse("assessments:consensus_projector_start", args=[event.pk, round_.pk])
    assert client.get(start).url == projector(round_, order[0])
    answer = client.post(
        projector(round_, order[0]), {"current": 2, "desired": 3, "rationale": "x"}
    )
    listing = reverse("assessments:consensus", args=[event.pk, round_.pk])
    assert answer.url == listing
    page = client.get(start, follow=True)
    assert page.redirect_chain[-1][0] == listing
    assert "Consensus is recorded on every question." in page.content.decode()


def test_a_refused_save_keeps_what_was_typed(split_round, facilitator):
    round_, questions = split_round
    answer = client_for(facilitator).post(
        projector(round_, questions[3]),
        {"current": 1, "desired": 9, "rationale": "  ", "dissent": "Kept text"},
    )
    body = answer.content.decode()
    assert answer.status_code == 200
    assert "Select a valid choice" in body and "Kept text" in body
    assert checked(body, "current") == "1"
    assert not ConsensusScore.objects.filter(round=round_).exists()
    answer = client_for(facilitator).post(
        projector(round_, questions[3]), {"current": 1, "desired": 2, "rationale": "  "}
    )
    assert "This field is required." in answer.content.decode()


def test_a_question_of_another_framework_is_not_found(split_round, facilitator, draft):
    round_, _questions = split_round
    other = Question.objects.filter(dimension__level__version=draft).first()
    assert client_for(facilitator).get(projector(round_, other)).status_code == 404


def test_the_projector_queries_do_not_grow_with_members_and_answers(
    event, members, facilitator, django_assert_num_queries
):
    client = client_for(facilitator)
    for size in (3, 6):
        round_ = answered_round(
            event=event,
            members=members[:size],
            scores=lambda member, position: {
                "current": 1 + (member + position) % 4,
                "desired": 4,
                "evidence": f"Evidence {member}",
            },
        )
        question = question_agreement(assessment_round=round_)[0]["question"]
        with django_assert_num_queries(8):
            page = client.get(projector(round_, question))
        assert page.status_code == 200 and page.content.decode().count("Evidence ") == size


def test_the_plain_consensus_form_starts_from_the_medians_too(split_round, facilitator):
    round_, questions = split_round
    url = reverse(
        "assessments:consensus_question", args=[round_.event_id, round_.pk, questions[3].pk]
    )
    body = client_for(facilitator).get(url).content.decode()
    assert re.search(r'<option value="3" selected>', body)
    assert re.search(r'<option value="4" selected>', body)
    assert "(current 1–4, desired 3–4)" in body


def test_only_facilitators_record_on_the_projector(split_round, members, stakeholder):
    round_, questions = split_round
    data = {"current": 4, "desired": 4, "rationale": "Taken over"}
    for person in (members[0], stakeholder):
        assert client_for(person).post(projector(round_, questions[3]), data).status_code == 403
    assert not ConsensusScore.objects.filter(round=round_).exists()


def test_the_plain_form_leads_back_to_the_questions_row(split_round, facilitator):
    round_, questions = split_round
    url = reverse(
        "assessments:consensus_question", args=[round_.event_id, round_.pk, questions[3].pk]
    )
    answer = client_for(facilitator).post(url, {"current": 2, "desired": 3, "rationale": "Agreed"})
    listing = reverse("assessments:consensus", args=[round_.event_id, round_.pk])
    assert answer.url == f"{listing}#q{questions[3].pk}"
    assert f'id="q{questions[3].pk}"' in client_for(facilitator).get(listing).content.decode()
