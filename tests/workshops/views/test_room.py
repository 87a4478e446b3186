"""The projector view and the phones' pages: what the room sees, in how many queries and bytes."""

import datetime
import re

import pytest
import segno
from django.urls import reverse
from django.utils import timezone

from actionplans.models import Position
from actionplans.services.endorsement import position_record
from actionplans.services.versions import plan_freeze
from builders.events import event_advance_to
from builders.factories import EventFactory
from events.services.agenda import session_save
from tests.actionplans.helpers import build_plan
from tests.workshops.conftest import answer, kampala
from workshops.models import Room
from workshops.services import polls as poll_services
from workshops.services.evaluation import evaluation_close, evaluation_open
from workshops.services.room import room_open

HTMX = {"HTTP_HX_REQUEST": "true"}


def room_url(event, name="room"):
    return reverse(f"workshops:{name}", args=[event.pk])


def phone_url(room, name="phone"):
    return reverse(f"workshops:{name}", args=[room.code])


@pytest.fixture
def at(monkeypatch):
    """`at(event, hour, minute)`: day 1 of the event is today, and the clock of the room (and of
    everything else) stands at that time of it in the event's time zone. Today, so that the
    signed-in person's session has not expired at that time."""

    def stand(event, hour, minute=0):
        event.day1 = timezone.localtime(timezone.now(), event.tzinfo).date()
        event.save(update_fields=["day1"])
        moment = kampala(event, 1, hour, minute).astimezone(datetime.UTC)
        monkeypatch.setattr(timezone, "now", lambda: moment)

    return stand


def test_the_projector_view_has_no_menu_and_shows_the_join_code_and_qr_code(fclient, event):
    assert not Room.objects.exists()
    page = fclient.get(room_url(event)).content.decode()
    room = Room.objects.get(event=event)
    assert room.code in page
    assert "navbar" not in page and 'class="room"' in page
    # The QR code is inline SVG, drawn on the server, of the phone page's full URL.
    address = f"http://testserver/room/{room.code}/"
    assert address in page
    drawn = re.search(r'<div class="room-qr" role="img"[^>]*>(<svg.*?</svg>)', page, re.S)
    expected = segno.make(address, error="m").svg_inline(scale=1, border=2, omitsize=True)
    assert drawn.group(1) == expected
    assert 'hx-trigger="every 2s"' in page
    fclient.get(room_url(event))
    assert Room.objects.count() == 1


def test_the_projector_shows_the_session_under_way_and_what_is_next_and_retiming_applies_live(
    fclient, event, at
):
    at(event, 9, 40)
    live = fclient.get(room_url(event, "room_live"), **HTMX).content.decode()
    assert "stakeholders&#x27; views on capacity" in live
    assert "65 minutes left" in live and "until 10:45" in live
    assert "Next:" in live and "<strong>Break</strong> · 10:45" in live

    session = event.sessions.get(day=1, start_time=datetime.time(9, 30))
    session.duration_minutes = 60
    session_save(session=session)
    live = fclient.get(room_url(event, "room_live"), **HTMX).content.decode()
    assert "50 minutes left" in live and "until 10:30" in live
    assert "<strong>Break</strong> · 10:30" in live


def test_without_htmx_the_live_part_leads_to_the_projector_view(fclient, event):
    response = fclient.get(room_url(event, "room_live"))
    assert response.status_code == 302 and response.url == room_url(event)


def test_the_projector_shows_the_results_as_they_come(fclient, event, room, make_poll, phones):
    poll = make_poll("single", question="Which matters most?")
    for phone, choice in zip(phones(3), ["0", "2", "2"], strict=True):
        answer(phone, room, poll, choice=choice)
    live = fclient.get(room_url(event, "room_live"), **HTMX).content.decode()
    assert "Which matters most?" in live and "3 answers" in live
    assert "2 · 67%" in live and "1 · 33%" in live
    # Stopped, its results stay on the screen.
    poll_services.poll_stop(poll=poll)
    live = fclient.get(room_url(event, "room_live"), **HTMX).content.decode()
    assert "Which matters most?" in live and "Stopped" in live


def test_a_text_poll_is_a_word_cloud_drawn_as_svg(fclient, event, room, make_poll, phones):
    poll = make_poll("text", question="What do you expect?")
    for phone, words in zip(phones(3), ["Clear roles", "clear plan", "Money"], strict=True):
        answer(phone, room, poll, text=words)
    live = fclient.get(room_url(event, "room_live"), **HTMX).content.decode()
    cloud = re.search(r'<svg class="word-cloud".*?</svg>', live, re.S).group(0)
    assert re.findall(r">(\w+)</text>", cloud)[0] == "clear"
    assert {"plan", "roles", "money"} <= set(re.findall(r">(\w+)</text>", cloud))
    assert "<script" not in live


def test_the_projector_refresh_makes_a_fixed_number_of_queries_and_weighs_a_few_kilobytes(
    fclient, event, room, make_poll, django_assert_num_queries
):
    sizes = {}
    for kind, answers in [("single", 3), ("single", 150), ("text", 150)]:
        poll = make_poll(kind, options=[f"Key issue number {n}" for n in range(10)])
        for n in range(answers):
            poll_services.poll_answer(
                poll=poll,
                phone=f"{n:032x}",
                choices=[n % 10] if kind == "single" else [],
                text=f"ownership word{n % 40} coordination",
            )
        with django_assert_num_queries(6):
            response = fclient.get(room_url(event, "room_live"), **HTMX)
        sizes[f"{kind} poll, {answers} answers"] = len(response.content)
    print("projector refresh payload:", sizes)
    assert all(size < 6_000 for size in sizes.values()), sizes


def test_on_day_5_the_projector_shows_the_endorsement_tally(
    fclient, facilitator, government_org, civil_society_org, add_core_member
):
    event = EventFactory(created_by=facilitator)
    add_core_member(event, government_org, is_lead=True)
    add_core_member(event, civil_society_org)
    build_plan(event, government_org, actions=1)
    # The plan is frozen in core-group work; positions are taken during the endorsement.
    event = event_advance_to(event=event, phase="core_group_work")
    version = plan_freeze(plan=event.plan, by=facilitator)
    event = event_advance_to(event=event, phase="endorsement")

    def position(organisation, stance):
        position_record(
            version=version, organisation=organisation, stance=stance, comment="", by=facilitator
        )

    position(civil_society_org, Position.Stance.OBJECT)
    live = fclient.get(room_url(event, "room_live"), **HTMX).content.decode()
    assert "Endorsement tally of version 1" in live
    assert "Ministry of Health" in live and "no position yet" in live
    assert "the lead government organisation, must endorse." in live
    assert "0 of 1 so far" in live
    position(government_org, Position.Stance.ENDORSE_WITH_RESERVATIONS)
    live = fclient.get(room_url(event, "room_live"), **HTMX).content.decode()
    assert "has endorsed (Endorse with reservations)" in live
    assert "1 of 2 so far" in live


def test_outside_the_endorsement_there_is_no_tally(fclient, event):
    live = fclient.get(room_url(event, "room_live"), **HTMX).content.decode()
    assert "Endorsement tally" not in live


# --- Phones -------------------------------------------------------------------------------------


def test_a_signed_out_phone_joins_by_the_code_and_waits_for_a_poll(client, room):
    response = client.get(phone_url(room))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Waiting for the next question." in page
    assert "navbar" not in page
    # The phone's key is in a signed cookie of its own; no session is made for it.
    assert "cdfacil_phone" in response.cookies
    assert "sessionid" not in response.cookies


def test_the_code_is_typed_on_the_join_page_in_any_case(client, room):
    response = client.get(reverse("workshops:join"), {"code": room.code.lower()})
    assert response.status_code == 302 and response.url == phone_url(room)
    page = client.get(reverse("workshops:join"), {"code": "ZZZZZZ"}).content.decode()
    assert "No room has this code. Check it on the screen." in page
    assert 'value="ZZZZZZ"' in page


@pytest.mark.parametrize("signed_in", [False, True])
def test_a_wrong_code_gives_404(client, room, make_poll, signed_in, facilitator):
    if signed_in:
        client.force_login(facilitator)
    poll = make_poll("single")
    wrong = "ZZZZZZ" if room.code != "ZZZZZZ" else "YYYYYY"
    assert client.get(f"/room/{wrong}/").status_code == 404
    assert client.get(f"/room/{wrong}/live/", **HTMX).status_code == 404
    assert client.post(f"/room/{wrong}/polls/{poll.pk}/", {"choice": "0"}).status_code == 404


def test_the_code_of_another_event_does_not_reach_this_events_poll(client, room, make_poll):
    poll = make_poll("single")
    other = room_open(event=EventFactory())
    response = answer(client, other, poll, choice="0")
    assert response.status_code == 404
    assert not poll.answers.exists()


def test_the_phone_shows_the_open_poll_and_answers_it_and_a_second_answer_replaces_the_first(
    client, room, make_poll
):
    poll = make_poll("single", question="Which matters most?")
    page = client.get(phone_url(room)).content.decode()
    assert "Which matters most?" in page and "Harmonisation" in page
    response = answer(client, room, poll, choice="1")
    assert "Thank you: your answer is recorded." in response.content.decode()
    response = answer(client, room, poll, choice="2")
    assert poll.answers.count() == 1 and poll.answers.get().choices == [2]
    # The page shows the phone's answer again, chosen.
    page = client.get(phone_url(room)).content.decode()
    assert re.search(r'value="2"[^>]*checked', page)
    assert "answering again replaces your answer" in page


def test_without_htmx_the_answer_returns_to_the_phone_page_with_thanks(client, room, make_poll):
    poll = make_poll("rating")
    response = answer(client, room, poll, htmx=False, choice="4")
    assert response.status_code == 302 and response.url == phone_url(room)
    assert "Thank you: your answer is recorded." in client.get(response.url).content.decode()
    assert poll.answers.get().choices == [4]


def test_a_stopped_poll_refuses_the_answer_in_words_and_keeps_what_was_typed(
    client, room, make_poll
):
    poll = make_poll("text")
    client.get(phone_url(room))
    poll_services.poll_stop(poll=poll)
    response = answer(client, room, poll, text="Clear roles for all")
    page = response.content.decode()
    assert "This poll is closed: your answer was not recorded." in page
    assert 'value="Clear roles for all"' in page
    assert not poll.answers.exists()


def test_an_empty_answer_is_refused_in_words(client, room, make_poll):
    poll = make_poll("single")
    page = answer(client, room, poll).content.decode()
    assert "This field is required." in page
    assert not poll.answers.exists()


def test_a_ranking_is_given_by_places(client, room, make_poll):
    poll = make_poll("ranking")
    page = answer(client, room, poll, place_0="2", place_1="2", place_2="1").content.decode()
    assert "Give each choice its own place." in page
    answer(client, room, poll, place_0="2", place_1="3", place_2="1")
    assert poll.answers.get().choices == [2, 0, 1]


def test_the_phone_asks_for_changes_and_hears_nothing_while_the_same_poll_is_open(
    client, room, make_poll
):
    live = phone_url(room, "phone_live")
    assert client.get(live, {"shown": "0"}, **HTMX).status_code == 204
    poll = make_poll("single", question="Which matters most?")
    response = client.get(live, {"shown": "0"}, **HTMX)
    assert response.status_code == 200 and "Which matters most?" in response.content.decode()
    assert client.get(live, {"shown": str(poll.pk)}, **HTMX).status_code == 204
    poll_services.poll_stop(poll=poll)
    response = client.get(live, {"shown": str(poll.pk)}, **HTMX)
    assert "Waiting for the next question." in response.content.decode()
    assert client.get(live).status_code == 302


def test_answers_are_anonymous_nothing_links_an_answer_to_the_person(
    client, room, make_poll, stakeholder
):
    client.force_login(stakeholder)
    poll = make_poll("text")
    answer(client, room, poll, text="Ownership")
    stored = poll.answers.get()
    assert {field.name for field in stored._meta.get_fields()} == {
        "id",
        "poll",
        "phone",
        "choices",
        "text",
    }
    assert stored.phone != client.session.session_key
    values = " ".join(str(value) for value in poll.answers.values().get().values())
    for trace in [str(stakeholder.pk), stakeholder.username, stakeholder.email]:
        assert not re.search(rf"\b{re.escape(trace)}\b", values.replace(stored.phone, ""))


def test_a_forged_phone_cookie_is_not_taken(client, room, make_poll):
    poll = make_poll("single")
    client.cookies["cdfacil_phone"] = "a" * 32
    answer(client, room, poll, choice="0")
    assert poll.answers.get().phone != "a" * 32


def test_the_phone_page_makes_a_fixed_number_of_queries(
    client, room, make_poll, open_evaluation, django_assert_num_queries
):
    client.get(phone_url(room))
    # The room with its event, the open poll, the open evaluation.
    with django_assert_num_queries(3):
        client.get(phone_url(room))
    poll = make_poll("multiple")
    answer(client, room, poll, choice=["0", "1"])
    with django_assert_num_queries(4):
        page = client.get(phone_url(room)).content.decode()
    assert page.count("checked") == 2
    shown = {"shown": str(poll.pk), "evaluation": str(open_evaluation.pk)}
    with django_assert_num_queries(3):
        assert client.get(phone_url(room, "phone_live"), shown, **HTMX).status_code == 204


def test_the_phone_links_to_the_evaluation_open_now(client, room, evaluation, facilitator):
    walk_in = reverse("workshops:evaluation_walk_in", args=[evaluation.public_id])
    assert walk_in not in client.get(phone_url(room)).content.decode()
    evaluation_open(evaluation=evaluation, by=facilitator, base_url="http://testserver/")
    page = client.get(phone_url(room)).content.decode()
    assert f'href="{walk_in}"' in page
    assert "Your evaluation: Kick-off workshop" in page
    evaluation_close(evaluation=evaluation, by=facilitator)
    assert walk_in not in client.get(phone_url(room)).content.decode()


def test_an_evaluation_opened_while_a_poll_is_answered_reaches_the_phone_without_the_poll(
    client, room, make_poll, evaluation, facilitator
):
    """A phone half-way through typing an answer keeps it: only the evaluation's link comes."""
    poll = make_poll("text")
    live = phone_url(room, "phone_live")
    walk_in = reverse("workshops:evaluation_walk_in", args=[evaluation.public_id])
    shown = {"shown": str(poll.pk), "evaluation": "0"}
    assert client.get(live, shown, **HTMX).status_code == 204
    evaluation_open(evaluation=evaluation, by=facilitator, base_url="http://testserver/")
    response = client.get(live, shown, **HTMX)
    page = response.content.decode()
    assert response.status_code == 200 and response["HX-Reswap"] == "none"
    assert 'id="phone-evaluation" class="phone-evaluation" hx-swap-oob="true"' in page
    assert f'href="{walk_in}"' in page and 'id="phone-poll"' not in page
    # Told what it shows now, the phone hears nothing more.
    shown["evaluation"] = str(evaluation.pk)
    assert client.get(live, shown, **HTMX).status_code == 204
    # A new poll and the evaluation closed: the poll part, and the link gone out of band.
    poll_services.poll_stop(poll=poll)
    evaluation_close(evaluation=evaluation, by=facilitator)
    response = client.get(live, shown, **HTMX)
    page = response.content.decode()
    assert "HX-Reswap" not in response and 'id="phone-poll"' in page
    assert "Waiting for the next question." in page
    assert 'hx-swap-oob="true"' in page and walk_in not in page
