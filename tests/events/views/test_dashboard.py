"""The dashboard page."""

import pytest
from django.urls import reverse

from events.models import Participation

pytestmark = pytest.mark.django_db

Role = Participation.Role


def test_dashboard_lists_own_events_with_core_group_status(fclient, event, core_group):
    page = fclient.get(reverse("dashboard")).content.decode()
    assert event.title in page
    assert "4 members" in page
    assert "led by Grace" in page


def test_dashboard_empty_state(client, outsider):
    client.force_login(outsider)
    assert (
        "You do not take part in any event yet."
        in client.get(reverse("dashboard")).content.decode()
    )
