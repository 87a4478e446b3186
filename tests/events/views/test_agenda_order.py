"""The agenda page: day totals, the late-day warning, dragging sessions and moving them to
another day without scripts."""

import datetime

import pytest
from django.urls import reverse

from events.models import Session
from tests.events.helpers import day_sessions, url
from tests.events.views.test_agenda import session_data

pytestmark = pytest.mark.django_db

T = datetime.time


def test_each_day_shows_its_planned_hours_and_breaks(fclient, event):
    body = fclient.get(url("agenda", event)).content.decode()

    # day 2: 09:00-16:30, 15 minutes of break, lunch outside the sessions
    assert "09:00-16:30 · 6 h 15 min planned · 15 min of breaks" in body
    assert "09:00-12:00 · 2 h 45 min planned" in body
    assert "09:00-17:15 · 6 h planned" in body  # day 4: whole hours, no minutes
    assert "ends at" not in body


def test_a_session_from_11_15_to_21_15_saves_with_a_warning(fclient, event):
    session = day_sessions(event, 5)[-1]  # the endorsement, 11:15 for 45 minutes

    response = fclient.post(
        url("session_edit", event, session.pk),
        session_data(session, start_time="11:15", duration_minutes=600),
        follow=True,
    )

    body = response.content.decode()
    assert "Day 5 now ends at 21:15, after 18:00" in body
    assert "This day ends at 21:15, after 18:00" in body
    session.refresh_from_db()
    assert session.duration_minutes == 600


def test_dragging_posts_the_new_order_and_gets_the_days_back(fclient, event):
    consensus, key_issues, objectives = day_sessions(event, 3)
    day1 = [s.pk for s in day_sessions(event, 1)]

    response = fclient.post(
        url("agenda_reorder", event),
        {
            "day-1": ",".join(map(str, [*day1, consensus.pk])),
            "day-3": f"{key_issues.pk},{objectives.pk}",
            "moved": consensus.pk,
        },
        HTTP_HX_REQUEST="true",
    )

    body = response.content.decode()
    assert response.status_code == 200 and "<html" not in body and 'id="agenda-days"' in body
    assert f"“{consensus.title}” moved to day 1, at 12:00." in body
    assert day_sessions(event, 1)[-1].pk == consensus.pk
    assert [s.start_time for s in day_sessions(event, 3)] == [T(9), T(10, 45)]


def test_dragging_without_htmx_goes_back_to_the_agenda(fclient, event):
    first, second, *rest = [s.pk for s in day_sessions(event, 4)]
    order = ",".join(map(str, [second, first, *rest]))
    response = fclient.post(url("agenda_reorder", event), {"day-4": order, "moved": first})

    assert response.status_code == 302 and response.url.endswith("#day-4")
    assert [s.pk for s in day_sessions(event, 4)] == [second, first, *rest]


@pytest.mark.parametrize(
    "data", [{}, {"day-2": "1,x"}, {"day-2": "999999"}, {"day-9": "1"}, {"day-2": ""}]
)
def test_an_order_that_cannot_be_used_changes_nothing_and_says_why(fclient, event, data):
    before = list(Session.objects.values_list("pk", "day", "start_time"))

    response = fclient.post(url("agenda_reorder", event), data, follow=True)

    assert response.status_code == 200
    assert response.context["messages"] and "alert-warning" in response.content.decode()
    assert list(Session.objects.values_list("pk", "day", "start_time")) == before


def test_move_to_day_works_without_scripts(fclient, event):
    session = day_sessions(event, 5)[0]

    response = fclient.post(url("session_move", event, session.pk), {"day": "2"}, follow=True)

    assert f"“{session.title}” moved to day 2, at 16:30." in response.content.decode()
    assert day_sessions(event, 2)[-1].pk == session.pk
    assert day_sessions(event, 5)[0].start_time == T(9)


def test_move_to_day_by_htmx_returns_every_day(fclient, event):
    session = day_sessions(event, 4)[0]
    response = fclient.post(
        url("session_move", event, session.pk), {"day": "1"}, HTTP_HX_REQUEST="true"
    )
    body = response.content.decode()
    assert 'id="day-1"' in body and 'id="day-4"' in body and "data-agenda-focus" in body


def test_move_to_a_day_that_does_not_exist_is_refused(fclient, event):
    session = day_sessions(event, 4)[0]
    response = fclient.post(url("session_move", event, session.pk), {"day": "8"}, follow=True)
    assert "from 1 to 5" in response.content.decode()
    session.refresh_from_db()
    assert session.day == 4


def test_a_participant_sees_totals_but_no_drag_and_drop(client, event, stakeholder):
    client.force_login(stakeholder)
    body = client.get(url("agenda", event)).content.decode()
    assert "planned" in body
    assert "data-agenda-day" not in body and "agenda-sortable.js" not in body


def grow(event, sessions):
    Session.objects.bulk_create(
        Session(
            event=event,
            day=1 + index % 5,
            start_time=T(12 + index % 10, 0),
            duration_minutes=30,
            title=f"Extra {index}",
            kind="other",
        )
        for index in range(sessions)
    )


def test_the_agenda_page_queries_do_not_grow_with_sessions(
    fclient, make_event, django_assert_num_queries
):
    # the session, the user, the event with the viewer's role, the sessions, the menu's
    # permissions
    for size in (5, 50):
        event = make_event(title=f"Event {size}")
        grow(event, size)
        with django_assert_num_queries(7):
            response = fclient.get(reverse("events:agenda", args=[event.pk]))
        assert response.status_code == 200
        assert response.content.decode().count("data-session=") == 17 + size


@pytest.mark.parametrize("day", ["99999999999999999999999999", "²", "-1", "0"])
def test_a_day_that_cannot_be_read_is_refused_in_words(fclient, event, day):
    session = day_sessions(event, 4)[0]
    response = fclient.post(url("session_move", event, session.pk), {"day": day}, follow=True)
    assert response.status_code == 200 and "alert-warning" in response.content.decode()
    session.refresh_from_db()
    assert session.day == 4


def test_ids_that_cannot_be_read_are_refused_in_words(fclient, event):
    response = fclient.post(
        url("agenda_reorder", event), {"day-2": "²,99999999999999999999"}, follow=True
    )
    assert "could not be read" in response.content.decode()
