"""Checking people in: a day's sessions or one session, only the people named."""

import pytest
from django.core.exceptions import ValidationError

from events.models import Attendance, Participation, Session
from events.selectors.attendance import attendance_sheet, day_sessions
from events.services.attendance import attendance_mark
from tests.events.helpers import facilitation

pytestmark = pytest.mark.django_db

Role = Participation.Role


def marked(session):
    return set(
        Attendance.objects.filter(session=session).values_list("participation_id", "present")
    )


class TestAttendanceMark:
    def test_a_day_marks_each_session_the_person_is_expected_at(
        self, event, facilitator, core_group, stakeholder
    ):
        sessions = day_sessions(event=event, day=1)
        assert sessions and all(s.kind != Session.Kind.BREAK for s in sessions)
        stella = Participation.objects.get(user=stakeholder)
        lead = core_group[0]

        changed = attendance_mark(
            event=event, sessions=sessions, marks={lead.pk: True, stella.pk: True}, by=facilitator
        )

        assert changed == 2
        for session in sessions:
            assert marked(session) == {(lead.pk, True), (stella.pk, True)}
        assert {a.recorded_by for a in Attendance.objects.all()} == {facilitator}

    def test_absent_updates_and_others_are_left_alone(self, event, facilitator, core_group):
        sessions = day_sessions(event=event, day=2)
        lead, second, *_rest = core_group
        attendance_mark(
            event=event, sessions=sessions, marks={lead.pk: True, second.pk: True}, by=facilitator
        )

        changed = attendance_mark(
            event=event, sessions=sessions, marks={lead.pk: False}, by=facilitator
        )

        assert changed == 1
        assert marked(sessions[0]) == {(lead.pk, False), (second.pk, True)}
        # Saying it again changes nothing.
        assert (
            attendance_mark(event=event, sessions=sessions, marks={lead.pk: False}, by=facilitator)
            == 0
        )

    def test_people_outside_the_audience_are_not_marked(self, event, facilitator, core_group):
        core_session = day_sessions(event=event, day=2)[0]
        facilitator_participation = facilitation(event)

        changed = attendance_mark(
            event=event,
            sessions=[core_session],
            marks={facilitator_participation.pk: True},
            by=facilitator,
        )

        assert changed == 0
        assert not Attendance.objects.exists()

    def test_unknown_participations_are_refused(self, event, facilitator, core_group, make_event):
        session = day_sessions(event=event, day=2)[0]
        elsewhere = facilitation(make_event(title="Education sector"))

        with pytest.raises(ValidationError) as caught:
            attendance_mark(
                event=event,
                sessions=[session],
                marks={core_group[0].pk: True, elsewhere.pk: True},
                by=facilitator,
            )

        assert caught.value.messages == [
            "Some of the people ticked do not take part in this event."
        ]
        assert not Attendance.objects.exists()

    def test_another_events_session_is_refused(self, event, facilitator, core_group, make_event):
        other_session = day_sessions(event=make_event(title="Education sector"), day=2)[0]

        with pytest.raises(ValidationError):
            attendance_mark(
                event=event,
                sessions=[other_session],
                marks={core_group[0].pk: True},
                by=facilitator,
            )


class TestAttendanceSheet:
    def test_partly_present_and_the_counts(self, event, facilitator, core_group):
        sessions = day_sessions(event=event, day=2)
        assert len(sessions) > 1
        attendance_mark(
            event=event, sessions=sessions[:1], marks={core_group[0].pk: True}, by=facilitator
        )

        sheet = attendance_sheet(event=event, sessions=sessions)

        grace = next(p for p in sheet.people if p.participation == core_group[0])
        assert grace.present and grace.partly
        assert (grace.attended, grace.expected) == (1, len(sessions))
        assert sheet.present == 1 and len(sheet.people) == 4
        assert [g.present for g in sheet.groups] == [0, 1]  # GIZ, then the ministry
