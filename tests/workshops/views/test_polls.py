"""The facilitator's control page: polls added (or taken from the suggestions), started and
stopped from a laptop or a phone, and each poll's results kept with the event."""

from django.urls import reverse

from tests.workshops.conftest import answer
from workshops.models import Poll


def url(name, event, *args):
    return reverse(f"workshops:{name}", args=[event.pk, *args])


def test_a_poll_is_added_started_and_stopped_from_the_control_page(fclient, event, room, client):
    response = fclient.post(
        url("poll_create", event),
        {"question": "Which matters most?", "kind": "ranking", "options": "Roles\nMoney\n\nData"},
    )
    assert response.status_code == 302 and response.url == url("poll_list", event)
    poll = Poll.objects.get()
    assert poll.options == ["Roles", "Money", "Data"] and poll.status == "draft"
    page = fclient.get(url("poll_list", event)).content.decode()
    assert "Which matters most?" in page and room.code in page
    assert url("poll_start", event, poll.pk) in page

    response = fclient.post(url("poll_start", event, poll.pk), follow=True)
    assert "The poll is open: phones show it now." in response.content.decode()
    assert "Which matters most?" in client.get(f"/room/{room.code}/").content.decode()

    response = fclient.post(url("poll_stop", event, poll.pk), follow=True)
    assert "The poll is stopped; its results stay with the event." in response.content.decode()
    poll.refresh_from_db()
    assert poll.status == "closed"
    response = fclient.post(url("poll_stop", event, poll.pk), follow=True)
    assert "This poll is not open." in response.content.decode()


def test_a_poll_with_one_choice_is_refused_on_the_form_with_what_was_typed(fclient, event):
    response = fclient.post(
        url("poll_create", event),
        {"question": "Which matters most?", "kind": "single", "options": "Only roles"},
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Give from 2 to 10 choices, one per line." in page
    assert "Which matters most?" in page and "Only roles" in page
    assert not Poll.objects.exists()


def test_a_suggestion_is_added_with_one_button(fclient, event):
    page = fclient.get(url("poll_list", event)).content.decode()
    assert "What do you expect from these five days?" in page
    fclient.post(
        url("poll_create", event),
        {"question": "What do you expect from these five days?", "kind": "text", "options": ""},
    )
    assert Poll.objects.get().kind == "text"


def test_the_results_of_a_poll_stay_with_the_event(fclient, event, room, make_poll, phones):
    poll = make_poll("rating", question="How useful was the morning?")
    for phone, rating in zip(phones(3), ["5", "4", "4"], strict=True):
        answer(phone, room, poll, choice=rating)
    page = fclient.get(url("poll_detail", event, poll.pk)).content.decode()
    assert "How useful was the morning?" in page and "3 answers" in page
    assert "Average 4.3 out of 5" in page


def test_the_control_page_makes_a_fixed_number_of_queries(
    fclient, event, make_poll, django_assert_num_queries
):
    make_poll("single")
    fclient.get(url("poll_list", event))
    with django_assert_num_queries(9):
        fclient.get(url("poll_list", event))
    for kind in ["rating", "text", "ranking"]:
        make_poll(kind)
    with django_assert_num_queries(9):
        fclient.get(url("poll_list", event))
