"""Reordering the agenda: sessions dragged within and across days, re-timed around the breaks."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from events import agenda
from events.models import Session
from events.services import agenda as agenda_services
from tests.events.helpers import day_sessions

pytestmark = pytest.mark.django_db

T = datetime.time


def plan(event, day):
    return [(s.title, s.start_time, s.end_time) for s in day_sessions(event, day)]


def ids(event, day):
    return [s.pk for s in day_sessions(event, day)]


class TestRetime:
    """The pure arithmetic, without a database."""

    def test_new_order_starts_where_the_day_did_and_keeps_its_gaps_at_their_times(self):
        slots = [(T(9), 60), (T(10), 30), (T(11), 60)]  # a gap from 10:30 to 11:00
        a, b, c = (
            Session(pk=n, start_time=T(9), duration_minutes=m)
            for n, m in [(1, 60), (2, 30), (3, 60)]
        )

        end = agenda.retime([b, a, c], slots=slots)

        # c would start at 10:30, in the gap: it waits for its end
        assert [s.start_time for s in (b, a, c)] == [T(9), T(9, 30), T(11)]
        assert end == 12 * 60

    def test_a_session_may_run_through_a_gap_but_not_start_in_it(self):
        slots = [(T(9), 60), (T(10), 30), (T(11), 60)]
        a, c = (Session(pk=n, start_time=T(9), duration_minutes=m) for n, m in [(1, 60), (3, 60)])

        assert agenda.retime([a, c], slots=slots) == 11 * 60
        assert c.start_time == T(10)

    def test_a_day_that_was_empty_starts_at_nine(self):
        session = Session(pk=1, start_time=T(14), duration_minutes=45)

        assert agenda.retime([session], slots=[]) == 9 * 60 + 45
        assert session.start_time == T(9)

    def test_summaries(self):
        sessions = [
            Session(start_time=T(11, 15), duration_minutes=600, kind="other"),
            Session(start_time=T(9), duration_minutes=15, kind="break"),
        ]

        assert agenda.day_minutes(sessions) == (600, 15)
        assert agenda.day_end(sessions) == 21 * 60 + 15
        assert agenda.ends_late(agenda.day_end(sessions))
        assert not agenda.ends_late(18 * 60)
        assert agenda.day_end([]) is None


class TestReorder:
    def test_within_a_day_the_sessions_swap_and_the_breaks_stay_in_place(self, event):
        first, coffee, second, third = day_sessions(event, 2)

        agenda_services.agenda_reorder(
            event=event, order={2: [second.pk, coffee.pk, first.pk, third.pk]}
        )

        assert plan(event, 2) == [
            (second.title, T(9), T(11, 15)),
            (coffee.title, T(11, 15), T(11, 30)),
            (first.title, T(11, 30), T(13)),
            # lunch is still from 13:00 to 14:00
            (third.title, T(14), T(16, 30)),
        ]

    def test_across_days_both_days_are_retimed(self, event):
        consensus, key_issues, objectives = day_sessions(event, 3)

        agenda_services.agenda_reorder(
            event=event,
            order={1: [*ids(event, 1), consensus.pk], 3: [key_issues.pk, objectives.pk]},
        )

        assert plan(event, 1)[-1] == (consensus.title, T(12), T(14))
        assert plan(event, 3) == [
            (key_issues.title, T(9), T(10, 45)),
            (objectives.title, T(10, 45), T(13, 15)),
        ]
        assert Session.objects.get(pk=consensus.pk).day == 1

    def test_a_stale_page_is_refused_and_nothing_moves(self, event):
        seen = {1: ids(event, 1), 3: ids(event, 3)}
        # someone else adds a session to day 3 after the page was loaded
        agenda_services.session_save(
            session=Session(
                event=event,
                day=3,
                start_time=T(16, 30),
                duration_minutes=30,
                title="Wrap-up",
                kind="plenary",
            )
        )
        before = [plan(event, day) for day in (1, 3)]

        with pytest.raises(ValidationError, match="changed by someone else"):
            agenda_services.agenda_reorder(
                event=event, order={1: [*seen[1], seen[3][0]], 3: seen[3][1:]}
            )

        assert [plan(event, day) for day in (1, 3)] == before

    def test_a_day_past_midnight_is_refused(self, event):
        for session in day_sessions(event, 4):
            session.duration_minutes = 700
            session.save()
        with pytest.raises(ValidationError, match="after midnight"):
            agenda_services.agenda_reorder(event=event, order={4: list(reversed(ids(event, 4)))})

    @pytest.mark.parametrize("order", [{}, {0: []}, {6: []}])
    def test_days_outside_the_event_are_refused(self, event, order):
        with pytest.raises(ValidationError, match="from 1 to 5"):
            agenda_services.agenda_reorder(event=event, order=order)

    def test_move_to_day_puts_the_session_last(self, event):
        endorsement = day_sessions(event, 5)[-1]

        moved = agenda_services.session_move_to_day(session=endorsement, day=4)

        assert moved.day == 4 and ids(event, 4)[-1] == endorsement.pk
        assert plan(event, 4)[-1] == (endorsement.title, T(17, 15), T(18))

    def test_move_to_the_same_day_is_refused(self, event):
        session = day_sessions(event, 2)[0]
        with pytest.raises(ValidationError, match="already on day 2"):
            agenda_services.session_move_to_day(session=session, day=2)
