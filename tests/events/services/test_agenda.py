"""The generated agenda, and changing and moving its sessions."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from builders.factories import SessionFactory
from events import agenda
from events.models import Event, Participation, Session
from events.services import agenda as agenda_services
from tests.events.helpers import day_sessions, field_messages

pytestmark = pytest.mark.django_db

Role = Participation.Role
UTC = datetime.UTC


def agenda_snapshot(event: Event, **filters) -> dict[int, tuple[int, datetime.time, int]]:
    return {
        s.pk: (s.day, s.start_time, s.duration_minutes)
        for s in Session.objects.filter(event=event, **filters)
    }


def day_span(event: Event, day: int) -> tuple[datetime.datetime, datetime.datetime]:
    sessions = day_sessions(event, day)
    return min(s.starts_at for s in sessions), max(s.ends_at for s in sessions)


class TestGeneratedAgenda:
    def test_sessions_on_all_five_days(self, event):
        days = set(event.sessions.values_list("day", flat=True))

        assert days == {1, 2, 3, 4, 5}
        assert event.sessions.count() == len(agenda.default_sessions())

    def test_day_one_is_a_three_hour_kick_off_for_the_broad_group(self, event):
        day1 = day_sessions(event, 1)

        assert sum(s.duration_minutes for s in day1) == 180
        assert {s.audience for s in day1} == {Session.Audience.BROAD_GROUP}
        assert Session.Kind.KICK_OFF in {s.kind for s in day1}
        assert day_span(event, 1) == (
            datetime.datetime.combine(event.day1, datetime.time(9), tzinfo=event.tzinfo),
            datetime.datetime.combine(event.day1, datetime.time(12), tzinfo=event.tzinfo),
        )

    @pytest.mark.parametrize("day", [2, 3, 4])
    def test_days_two_to_four_are_for_the_core_group(self, event, day):
        sessions = day_sessions(event, day)

        assert sessions
        assert {s.audience for s in sessions} == {Session.Audience.CORE_GROUP}

    def test_day_five_holds_the_endorsement(self, event):
        kinds = {s.kind for s in day_sessions(event, 5)}

        assert Session.Kind.ENDORSEMENT in kinds

    def test_the_agenda_is_in_the_event_language(self, make_event):
        # Without a French catalogue the titles stay in English; the agenda must still exist.
        event = make_event(language="fr")

        assert event.sessions.count() == len(agenda.default_sessions())

    def test_starts_at_is_aware_and_in_the_event_time_zone(self, event):
        first = day_sessions(event, 1)[0]

        assert first.start_time == datetime.time(9, 0)
        assert first.starts_at.utcoffset() == datetime.timedelta(hours=3)
        assert first.starts_at == datetime.datetime.combine(
            event.day1, datetime.time(6, 0), tzinfo=UTC
        )
        assert first.ends_at == first.starts_at + datetime.timedelta(minutes=30)

    def test_a_session_on_day_three_is_two_days_after_day_one(self, event):
        first = day_sessions(event, 3)[0]

        assert first.starts_at.date() == event.day1 + datetime.timedelta(days=2)


class TestSessionRetiming:
    def test_a_longer_session_pushes_the_rest_of_its_day(self, event):
        welcome, views, coffee, mandate = day_sessions(event, 1)
        other_days = agenda_snapshot(event, day__gt=1)

        welcome.duration_minutes += 30
        agenda_services.session_save(session=welcome)

        assert [(s.title, s.start_time, s.duration_minutes) for s in day_sessions(event, 1)] == [
            (welcome.title, datetime.time(9, 0), 60),
            (views.title, datetime.time(10, 0), 75),
            (coffee.title, datetime.time(11, 15), 15),
            (mandate.title, datetime.time(11, 30), 60),
        ]
        assert agenda_snapshot(event, day__gt=1) == other_days

    def test_a_shorter_session_pulls_the_rest_of_its_day(self, event):
        welcome, views, coffee, mandate = day_sessions(event, 1)
        other_days = agenda_snapshot(event, day__gt=1)

        views.duration_minutes = 45
        agenda_services.session_save(session=views)

        assert [s.start_time for s in day_sessions(event, 1)] == [
            datetime.time(9, 0),
            datetime.time(9, 30),
            datetime.time(10, 15),
            datetime.time(10, 30),
        ]
        assert agenda_snapshot(event, day__gt=1) == other_days

    def test_a_change_past_midnight_is_refused_and_nothing_moves(self, event):
        before = agenda_snapshot(event)
        first = day_sessions(event, 4)[0]  # 09:00, 180 minutes; 14:00 and 16:15 follow

        first.duration_minutes = 12 * 60
        with pytest.raises(ValidationError) as caught:
            agenda_services.session_save(session=first)

        assert "midnight" in field_messages(caught.value, "duration_minutes")
        assert agenda_snapshot(event) == before

    def test_a_session_itself_ending_after_midnight_is_refused(self, event):
        last = day_sessions(event, 4)[-1]  # 16:15

        last.duration_minutes = 8 * 60
        with pytest.raises(ValidationError) as caught:
            agenda_services.session_save(session=last)

        assert field_messages(caught.value, "duration_minutes") == (
            "This change would make “Prepare the endorsement workshop” end after midnight. "
            "Shorten a session or move one to another day."
        )
        last.refresh_from_db()
        assert last.duration_minutes == 60

    def test_a_new_session_does_not_move_others(self, event):
        before = agenda_snapshot(event)

        session = agenda_services.session_save(
            session=Session(
                event=event,
                day=1,
                start_time=datetime.time(13, 0),
                duration_minutes=60,
                title="Press conference",
                kind=Session.Kind.OTHER,
            )
        )

        assert session.pk is not None
        after = agenda_snapshot(event)
        del after[session.pk]
        assert after == before

    def test_changing_a_session_that_ends_at_midnight_moves_no_earlier_session(self, event):
        # Regression: its end_time is 00:00, and `start_time >= 00:00` matched the whole day.
        late = SessionFactory(
            event=event, day=4, start_time=datetime.time(23, 0), duration_minutes=60
        )
        earlier = agenda_snapshot(event, day=4)
        del earlier[late.pk]

        late.duration_minutes = 30
        agenda_services.session_save(session=late)

        after = agenda_snapshot(event, day=4)
        del after[late.pk]
        assert after == earlier


class TestSessionMove:
    def test_moving_down_swaps_with_the_next_and_keeps_the_day(self, event):
        span = day_span(event, 1)
        welcome, views, coffee, mandate = day_sessions(event, 1)

        agenda_services.session_move(session=welcome, direction="down")

        assert [(s.pk, s.start_time) for s in day_sessions(event, 1)] == [
            (views.pk, datetime.time(9, 0)),
            (welcome.pk, datetime.time(10, 15)),
            (coffee.pk, datetime.time(10, 45)),
            (mandate.pk, datetime.time(11, 0)),
        ]
        assert day_span(event, 1) == span

    def test_moving_up_swaps_with_the_previous_and_keeps_the_gap(self, event):
        # Day 3: 09:00-11:00, a 15-minute gap, 11:15-13:00, then 14:00.
        span = day_span(event, 3)
        consensus, key_issues, objectives = day_sessions(event, 3)

        agenda_services.session_move(session=key_issues, direction="up")

        assert [(s.pk, s.start_time) for s in day_sessions(event, 3)] == [
            (key_issues.pk, datetime.time(9, 0)),
            (consensus.pk, datetime.time(11, 0)),
            (objectives.pk, datetime.time(14, 0)),
        ]
        assert day_span(event, 3) == span

    def test_moving_the_first_session_up_is_refused(self, event):
        before = agenda_snapshot(event)
        first = day_sessions(event, 1)[0]

        with pytest.raises(ValidationError) as caught:
            agenda_services.session_move(session=first, direction="up")

        assert caught.value.messages == [
            "“Welcome and purpose of the joint approach” is already at that end of the day."
        ]
        assert agenda_snapshot(event) == before

    def test_moving_the_last_session_down_is_refused(self, event):
        last = day_sessions(event, 5)[-1]

        with pytest.raises(ValidationError):
            agenda_services.session_move(session=last, direction="down")
