"""Live polls: created, started, answered once per phone, stopped; refusals in words."""

import pytest
from django.core.exceptions import ValidationError

from actionplans.models import KeyIssue
from workshops.models import Poll, PollAnswer
from workshops.services import polls as poll_services

Status = Poll.Status


def test_a_poll_is_started_answered_stopped_and_started_again(make_poll):
    poll = make_poll("single", start=False)
    assert poll.status == Status.DRAFT
    with pytest.raises(ValidationError, match="This poll is closed: your answer was not recorded"):
        poll_services.poll_answer(poll=poll, phone="a" * 32, choices=[0])

    poll = poll_services.poll_start(poll=poll)
    assert poll.status == Status.OPEN and poll.opened_at is not None
    poll_services.poll_answer(poll=poll, phone="a" * 32, choices=[1])

    poll = poll_services.poll_stop(poll=poll)
    assert poll.status == Status.CLOSED and poll.closed_at is not None
    with pytest.raises(ValidationError, match="This poll is closed: your answer was not recorded"):
        poll_services.poll_answer(poll=poll, phone="b" * 32, choices=[0])
    with pytest.raises(ValidationError, match="This poll is not open."):
        poll_services.poll_stop(poll=poll)

    # Started again, it keeps the answers it had.
    poll = poll_services.poll_start(poll=poll)
    with pytest.raises(ValidationError, match="This poll is already open."):
        poll_services.poll_start(poll=poll)
    assert list(poll.answers.values_list("choices", flat=True)) == [[1]]


def test_starting_a_poll_stops_the_one_open(make_poll):
    first = make_poll("single")
    second = make_poll("rating")
    first.refresh_from_db()
    assert first.status == Status.CLOSED and first.closed_at is not None
    assert second.status == Status.OPEN
    assert Poll.objects.filter(status=Status.OPEN).count() == 1


def test_a_phone_answers_once_a_second_answer_replaces_the_first(make_poll):
    poll = make_poll("multiple")
    poll_services.poll_answer(poll=poll, phone="a" * 32, choices=[0, 2])
    poll_services.poll_answer(poll=poll, phone="b" * 32, choices=[1])
    poll_services.poll_answer(poll=poll, phone="a" * 32, choices=[1, 2])
    assert PollAnswer.objects.filter(poll=poll).count() == 2
    assert PollAnswer.objects.get(phone="a" * 32).choices == [1, 2]


@pytest.mark.parametrize(
    ("kind", "choices", "text", "message"),
    [
        ("single", [], "", "Choose one answer."),
        ("single", [0, 1], "", "Choose one answer."),
        ("single", [7], "", "Choose among the choices shown."),
        ("multiple", [], "", "Choose at least one answer."),
        ("multiple", [1, 1], "", "Choose among the choices shown."),
        ("rating", [6], "", "Choose a rating from 1 to 5."),
        ("rating", [], "", "Choose a rating from 1 to 5."),
        ("text", [], "   ", "Write a few words."),
        ("text", [], "x" * 81, "Write at most 80 characters."),
        ("ranking", [0, 1], "", "Give each choice its own place."),
    ],
)
def test_an_answer_that_does_not_fit_the_poll_is_refused_in_words(
    make_poll, kind, choices, text, message
):
    poll = make_poll(kind)
    with pytest.raises(ValidationError, match=message):
        poll_services.poll_answer(poll=poll, phone="a" * 32, choices=choices, text=text)
    assert not poll.answers.exists()


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["Only one"], "Give from 2 to 10 choices, one per line."),
        ([f"Choice {n}" for n in range(11)], "Give from 2 to 10 choices, one per line."),
        (["Funding", "funding "], "Each choice must be different."),
    ],
)
def test_a_choice_poll_needs_2_to_10_different_choices(event, facilitator, options, message):
    with pytest.raises(ValidationError, match=message):
        poll_services.poll_create(
            event=event, question="Which?", kind="single", options=options, by=facilitator
        )
    assert not Poll.objects.exists()


def test_a_rating_poll_keeps_no_choices_and_a_question_is_needed(event, facilitator):
    poll = poll_services.poll_create(
        event=event, question="How useful?", kind="rating", options=["x", "y"], by=facilitator
    )
    assert poll.options == []
    with pytest.raises(ValidationError) as refused:
        poll_services.poll_create(
            event=event, question="  ", kind="rating", options=[], by=facilitator
        )
    assert "question" in refused.value.error_dict


def test_the_suggestions_are_the_kick_off_question_and_the_key_issues_in_the_events_language(
    make_event,
):
    event = make_event(language="fr")
    for title in ["Coordination faible", "Financement instable"]:
        KeyIssue.objects.create(event=event, title=title, source=KeyIssue.Source.GROUP)
    kick_off, day_5 = poll_services.poll_suggestions(event=event)
    assert kick_off["kind"] == "text"
    assert kick_off["question"] == "Qu'attendez-vous de ces cinq jours\xa0?"
    assert day_5["kind"] == "single"
    assert day_5["options"] == ["Coordination faible", "Financement instable"]
    assert day_5["options_text"] == "Coordination faible\nFinancement instable"


def test_without_key_issues_only_the_kick_off_question_is_suggested(event):
    assert len(poll_services.poll_suggestions(event=event)) == 1
