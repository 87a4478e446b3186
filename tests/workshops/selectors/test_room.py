"""Where the agenda stands on the projector: the session under way, its time left, the next."""

import datetime

from events.models import Session
from events.services.agenda import session_save
from tests.workshops.conftest import kampala
from workshops.selectors.room import room_clock, room_for_code


def test_the_session_under_way_its_time_left_and_the_next_in_the_events_time_zone(event):
    # 09:40 in Kampala is 06:40 UTC: the clock reads the agenda in the event's zone.
    now = kampala(event, 1, 9, 40).astimezone(datetime.UTC)
    clock = room_clock(event=event, now=now)
    assert clock.now.utcoffset() == datetime.timedelta(hours=3)
    assert clock.current.title == "Where the sector stands: stakeholders' views on capacity"
    assert clock.minutes_left == 65  # until 10:45
    assert clock.next.title == "Break"
    assert clock.minutes_to_next == 65


def test_retiming_the_session_under_way_counts_at_once(event):
    now = kampala(event, 1, 9, 40)
    current = room_clock(event=event, now=now).current
    current.duration_minutes = 90
    session_save(session=current)
    clock = room_clock(event=event, now=now)
    assert clock.minutes_left == 80
    # The later sessions of the day moved with it.
    assert clock.next.starts_at == kampala(event, 1, 11, 0)


def test_between_sessions_the_next_one_is_shown_even_on_another_day(event):
    clock = room_clock(event=event, now=kampala(event, 1, 18, 0))
    assert clock.current is None and clock.minutes_left is None
    assert clock.next.day == 2
    assert clock.next == Session.objects.filter(event=event, day=2).order_by("start_time").first()


def test_a_room_is_found_by_its_code_in_any_case(room):
    assert room_for_code(code=room.code.lower()) == room
    assert room_for_code(code=f" {room.code} ") == room
    assert room_for_code(code="ZZZZZZ") is None
