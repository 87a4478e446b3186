"""The attendance page."""

import pytest

from events.models import Participation
from tests.events.helpers import url

pytestmark = pytest.mark.django_db

Role = Participation.Role


def test_attendance_is_recorded(fclient, event, core_group):
    session = event.sessions.first()
    present = [core_group[0].pk, core_group[1].pk]
    response = fclient.post(url("attendance", event, session.pk), {"present": present}, follow=True)
    assert "Attendance saved: 2 of 5 present." in response.content.decode()
    assert set(
        session.attendances.filter(present=True).values_list("participation", flat=True)
    ) == set(present)
