"""Recording attendance."""

import pytest
from django.core.exceptions import ValidationError

from events.models import Attendance, Participation
from events.selectors import attendance as attendance_selectors
from events.services import attendance as attendance_services
from tests.events.helpers import day_sessions, facilitation

pytestmark = pytest.mark.django_db

Role = Participation.Role


class TestAttendance:
    def test_records_and_updates_who_was_present(self, event, facilitator, core_group):
        session = day_sessions(event, 2)[0]
        lead, second, third, partner = core_group

        count = attendance_services.attendance_record(
            session=session, present_ids={lead.pk, second.pk}, by=facilitator
        )

        assert count == 2
        assert set(
            Attendance.objects.filter(session=session).values_list("participation_id", "present")
        ) == {(lead.pk, True), (second.pk, True)}
        assert {a.recorded_by for a in Attendance.objects.filter(session=session)} == {facilitator}

        attendance_services.attendance_record(
            session=session, present_ids={lead.pk, partner.pk}, by=facilitator
        )

        assert set(
            Attendance.objects.filter(session=session).values_list("participation_id", "present")
        ) == {(lead.pk, True), (second.pk, False), (partner.pk, True)}
        assert attendance_selectors.session_attendance(session=session) is not None

    def test_unknown_participations_are_refused(self, event, facilitator, core_group, make_event):
        session = day_sessions(event, 2)[0]
        elsewhere = facilitation(make_event(title="Education sector"))

        with pytest.raises(ValidationError) as caught:
            attendance_services.attendance_record(
                session=session,
                present_ids={core_group[0].pk, elsewhere.pk},
                by=facilitator,
            )

        assert caught.value.messages == [
            "Some of the people ticked do not take part in this event."
        ]
        assert not Attendance.objects.exists()
