"""The agenda pages."""

import datetime

import pytest

from events.models import Participation
from tests.events.helpers import url

pytestmark = pytest.mark.django_db

Role = Participation.Role


def session_data(session, **changes):
    data = {
        "day": session.day,
        "start_time": session.start_time.strftime("%H:%M"),
        "duration_minutes": session.duration_minutes,
        "title": session.title,
        "kind": session.kind,
        "audience": session.audience,
        "method": session.method,
        "objectives": session.objectives,
        "materials": session.materials,
        "facilitator_notes": session.facilitator_notes,
    }
    data.update(changes)
    return data


def test_longer_session_moves_the_rest_of_the_day(fclient, event):
    first, *rest = list(event.sessions.filter(day=2).order_by("start_time"))
    starts = [s.start_time for s in rest]
    response = fclient.post(
        url("session_edit", event, first.pk),
        session_data(first, duration_minutes=first.duration_minutes + 20),
    )
    assert response.status_code == 302
    moved = list(event.sessions.filter(day=2).order_by("start_time"))[1:]
    assert [
        (datetime.datetime.combine(event.day1, s) + datetime.timedelta(minutes=20)).time()
        for s in starts
    ] == [s.start_time for s in moved]
    agenda = fclient.get(url("agenda", event)).content.decode()
    assert moved[0].start_time.strftime("%H:%M") in agenda


def test_session_past_midnight_is_refused_on_the_page(fclient, event):
    last = event.sessions.filter(day=1).order_by("start_time").last()
    response = fclient.post(
        url("session_edit", event, last.pk),
        session_data(last, start_time="23:30", duration_minutes=90),
    )
    assert response.status_code == 200
    assert "after midnight" in response.content.decode()
    last.refresh_from_db()
    assert last.start_time == datetime.time(11, 0)


def test_move_session_by_htmx_returns_the_day(fclient, event):
    second = list(event.sessions.filter(day=1).order_by("start_time"))[1]
    response = fclient.post(
        url("session_move", event, second.pk), {"direction": "up"}, HTTP_HX_REQUEST="true"
    )
    body = response.content.decode()
    assert response.status_code == 200 and 'id="day-1"' in body and "<html" not in body
    first_now = event.sessions.filter(day=1).order_by("start_time").first()
    assert first_now.pk == second.pk and first_now.start_time == datetime.time(9, 0)


def test_run_sheet_shows_facilitator_notes(fclient, event):
    session = event.sessions.first()
    session.facilitator_notes = "Bring the flip charts early"
    session.save()
    assert "Bring the flip charts early" in fclient.get(url("run_sheet", event)).content.decode()


def test_agenda_times_are_local_to_the_event(fclient, event):
    session = event.sessions.get(day=1, start_time=datetime.time(9, 0))
    assert session.starts_at.utcoffset() == datetime.timedelta(hours=3)
    assert "Africa/Kampala" in fclient.get(url("agenda", event)).content.decode()


def test_unknown_move_direction_changes_nothing(fclient, event):
    before = list(event.sessions.filter(day=1).values_list("pk", "start_time"))
    session = event.sessions.filter(day=1).first()
    fclient.post(url("session_move", event, session.pk), {"direction": "sideways"})
    assert list(event.sessions.filter(day=1).values_list("pk", "start_time")) == before


def test_overlapping_session_is_saved_with_a_warning(fclient, event):
    first = event.sessions.get(day=1, start_time=datetime.time(9, 0))
    response = fclient.post(
        url("session_create", event),
        session_data(first, title="Overlap test", start_time="09:10", duration_minutes=10),
        follow=True,
    )
    assert "overlaps" in response.content.decode() and first.title in response.content.decode()
