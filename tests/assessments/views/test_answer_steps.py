"""The assessment one step per dimension: the step bar and its counts, honest counting, the
submit page naming what is missing, the scale's words, and pages that are never kept stale."""

import re

import pytest
from django.urls import reverse

from assessments.models import Answer, Question, Response
from assessments.selectors.answers import response_steps
from assessments.services import answers as answer_services
from tests.assessments.helpers import autosave_url, response_url
from tests.helpers import client_for

pytestmark = pytest.mark.django_db

# The session, the person, the event and the role, the response, the questions, the answers.
STEP_QUERIES = 9


def ordered_questions(version) -> list[Question]:
    return list(
        Question.objects.filter(dimension__level__version=version)
        .select_related("dimension__level")
        .order_by("dimension__level__order", "dimension__order", "order", "pk")
    )


@pytest.fixture
def own(assessment_round, members):
    return Response.objects.get(round=assessment_round, respondent=members[0])


@pytest.fixture
def questions(assessment_round):
    return ordered_questions(assessment_round.version)


def save(own, question, **fields):
    return answer_services.answer_save(response=own, question=question, **fields)


def question_ids(body: str) -> list[int]:
    return [int(pk) for pk in re.findall(r'id="q(\d+)" data-question', body)]


def step_pill(body: str, number: int) -> str:
    found = re.search(rf'<a class="step-pill[^"]*" href="[^"]*\?step={number}".*?</a>', body, re.S)
    assert found, f"no link to step {number}"
    return found.group(0)


def test_a_step_shows_one_dimension_and_the_bar_counts_every_dimension_and_level(
    event, own, members, questions
):
    first, second = questions[0], questions[3]
    save(own, first, current=2, desired=4)
    save(own, second, kind=Answer.Kind.DONT_KNOW)
    client = client_for(members[0])

    body = client.get(response_url(event, own) + "?step=1").content.decode()
    assert question_ids(body) == [q.pk for q in questions[:3]]
    assert "Step 1 of 20" in body and first.dimension.code in body
    assert len(re.findall(r'class="step-pill', body)) == 20
    assert "1/3" in step_pill(body, 1) and 'aria-current="step"' in step_pill(body, 1)
    assert "1/3" in step_pill(body, 2) and "0/3" in step_pill(body, 3)
    # The level's count beside its name: two of the individual level's 15 questions.
    assert re.search(r"Individual capacity</span> <span[^>]*>2/15<", body)
    assert "2 of 60 answered" in body

    step2 = client.get(response_url(event, own) + "?step=2").content.decode()
    assert question_ids(step2) == [q.pk for q in questions[3:6]]
    assert "?step=1" in step2 and "?step=3" in step2  # Previous and Next


def test_the_whole_form_on_one_page_without_scripts(event, own, members, questions):
    body = client_for(members[0]).get(response_url(event, own) + "?step=all").content.decode()
    assert question_ids(body) == [q.pk for q in questions]
    assert 'id="step-nav"' not in body and "Show one step at a time" in body
    step = client_for(members[0]).get(response_url(event, own) + "?step=1").content.decode()
    assert "?step=all" in step and "Show all on one page" in step


def test_the_page_goes_on_from_the_first_step_not_finished(event, own, members, questions):
    for question in questions[:4]:
        save(own, question, current=1, desired=3)
    save(own, questions[4], current=1)  # only "current": the step is not finished
    client = client_for(members[0])
    body = client.get(response_url(event, own)).content.decode()
    assert question_ids(body) == [q.pk for q in questions[3:6]]
    # A step out of range or mistyped shows the nearest, or the first unfinished one.
    assert question_ids(client.get(response_url(event, own) + "?step=99").content.decode()) == [
        q.pk for q in questions[57:60]
    ]
    mistyped = client.get(response_url(event, own) + "?step=two")
    assert mistyped.status_code == 200
    assert question_ids(mistyped.content.decode()) == [q.pk for q in questions[3:6]]


def test_an_answer_counts_only_with_both_ratings_or_dont_know_or_not_applicable(
    event, own, members, questions
):
    save(own, questions[0], current=2)
    save(own, questions[1], desired=3)
    save(own, questions[2], current=2, desired=3)
    save(own, questions[3], kind=Answer.Kind.DONT_KNOW)
    save(own, questions[4], kind=Answer.Kind.NOT_APPLICABLE)
    save(own, questions[5], evidence="Notes only")
    assert response_steps(response=own).progress == {"answered": 3, "total": 60, "percent": 5}
    body = client_for(members[0]).get(response_url(event, own) + "?step=1").content.decode()
    assert "3 of 60 answered" in body
    assert "Choose the desired rating too, for the answer to count." in body
    assert "Choose the current rating too, for the answer to count." in body


def test_the_submit_page_lists_what_is_missing_with_links(event, own, members, questions):
    for question in questions:
        save(own, question, current=2, desired=3)
    save(own, questions[7], current=2, desired=None)
    Answer.objects.filter(response=own, question=questions[58]).delete()
    client = client_for(members[0])
    page = client.get(reverse("assessments:response_submit", args=[event.pk, own.pk]))
    body = page.content.decode()
    assert "You answered 58 of 60 questions." in body
    assert "2 questions do not count yet:" in body
    missing = re.findall(r'class="missing-link" href="([^"]+)"><strong>([^<]+)</strong>', body)
    assert missing == [
        (f"{response_url(event, own)}?step=3#q{questions[7].pk}", questions[7].code),
        (f"{response_url(event, own)}?step=20#q{questions[58].pk}", questions[58].code),
    ]
    assert "The desired rating is missing." in body and "Not answered" in body
    # The link leads to that question on its step.
    step = client.get(missing[0][0].split("#")[0]).content.decode()
    assert f'id="q{questions[7].pk}"' in step


def test_the_submit_page_of_a_finished_response_lists_nothing(event, own, members, questions):
    for question in questions:
        save(own, question, kind=Answer.Kind.DONT_KNOW)
    body = (
        client_for(members[0])
        .get(reverse("assessments:response_submit", args=[event.pk, own.pk]))
        .content.decode()
    )
    assert "You answered 60 of 60 questions." in body and "missing-link" not in body


def test_pages_with_counts_are_not_kept_by_the_browser(event, own, members):
    client = client_for(members[0])
    for url in (
        response_url(event, own),
        reverse("assessments:response_submit", args=[event.pk, own.pk]),
    ):
        assert "no-store" in client.get(url)["Cache-Control"]


def test_ratings_are_worded_buttons_with_the_descriptors_and_two_other_answers(
    event, own, members, questions
):
    save(own, questions[0], current=2, desired=4)
    body = client_for(members[0]).get(response_url(event, own) + "?step=1").content.decode()
    first = questions[0].pk
    for point, word in enumerate(("Not in place", "Emerging", "Established", "Advanced"), 1):
        assert f'for="c{first}-{point}">{word}</label>' in body
        assert f'for="d{first}-{point}">{word}</label>' in body
    descriptors = questions[0].descriptors["en"]
    assert f'id="c{first}-2-d" data-point="2">{descriptors[1]}</p>' in body
    assert f'aria-describedby="c{first}-2-d"' in body
    form = body[body.index('<div id="assessment">') : body.index("</main>")]
    assert "<details" not in form and "<select" not in form
    assert f'name="kind" value="dont_know" id="k{first}-dont_know"' in body
    assert f'for="k{first}-not_applicable">Not applicable</label>' in body


def test_an_autosave_brings_back_the_counts_and_the_next_unanswered(event, own, members, questions):
    client = client_for(members[0])
    for question in questions[:2]:
        save(own, question, current=1, desired=2)
    reply = client.post(
        autosave_url(event, own, questions[2]),
        {"kind": "dont_know", "revision": 0},
        HTTP_HX_REQUEST="true",
    ).content.decode()
    assert 'id="progress" hx-swap-oob="true"' in reply and "3 of 60 answered" in reply
    assert 'id="step-bar" hx-swap-oob="true"' in reply and "3/3" in step_pill(reply, 1)
    head = reply[reply.index('id="step-head"') :]
    assert 'hx-swap-oob="true"' in head[:40] and "3 of 3 answered" in head
    nav = reply[reply.index('id="step-nav"') :]
    assert f"?step=2#q{questions[3].pk}" in nav  # Next unanswered: the next step's first


def test_next_unanswered_goes_round_to_the_steps_before(event, own, members, questions):
    for question in questions:
        if question.pk != questions[1].pk:
            save(own, question, current=3, desired=3)
    body = client_for(members[0]).get(response_url(event, own) + "?step=5").content.decode()
    nav = body[body.index('id="step-nav"') :]
    assert f"?step=1#q{questions[1].pk}" in nav and "Next unanswered" in nav


def test_neither_button_chosen_the_answer_is_rated(event, own, members, questions):
    """The form sends no kind when neither "Don't know" nor "Not applicable" is chosen."""
    client_for(members[0]).post(
        autosave_url(event, own, questions[0]),
        {"current": 2, "desired": 3, "revision": 0},
        HTTP_HX_REQUEST="true",
    )
    answer = Answer.objects.get(response=own, question=questions[0])
    assert (answer.kind, answer.current, answer.desired) == ("rated", 2, 3)


def test_without_scripts_a_save_comes_back_to_its_step(event, own, members, questions):
    saved = client_for(members[0]).post(
        autosave_url(event, own, questions[7]), {"kind": "rated", "current": 2, "desired": 3}
    )
    assert saved.status_code == 302
    assert saved["Location"] == f"{response_url(event, own)}?step=3#q{questions[7].pk}"
    # From the page of all steps, back to it.
    page = client_for(members[0]).get(response_url(event, own) + "?step=all").content.decode()
    assert page.count('<input type="hidden" name="shown" value="all">') == 60
    saved = client_for(members[0]).post(
        autosave_url(event, own, questions[8]),
        {"kind": "rated", "current": 2, "desired": 3, "shown": "all"},
    )
    assert saved["Location"] == f"{response_url(event, own)}?step=all#q{questions[8].pk}"


def test_the_read_only_page_shows_the_scales_words(event, own, members, questions, fac):
    save(own, questions[0], current=2, desired=4)
    answer_services.response_submit(response=own)
    body = client_for(members[0]).get(response_url(event, own)).content.decode()
    assert "Current: 2 Emerging · Desired: 4 Advanced" in body
    assert len(question_ids(body)) == 60  # everything, to read over


@pytest.mark.parametrize("answered", [0, 60])
def test_a_step_page_costs_the_same_queries_however_many_answers(
    event, own, members, questions, answered, django_assert_num_queries
):
    for question in questions[:answered]:
        save(own, question, current=2, desired=3)
    client = client_for(members[0])
    client.get(response_url(event, own))  # the session is read once before
    with django_assert_num_queries(STEP_QUERIES):
        page = client.get(response_url(event, own) + "?step=4")
    assert page.status_code == 200
