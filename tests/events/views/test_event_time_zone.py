"""The event form proposes the time zone from the country: live when the country changes, and
on saving when the time zone is left empty."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from events.models import Event, known_time_zones
from events.time_zones import COUNTRY_TIME_ZONES, time_zone_for_country
from tests.events.helpers import url

pytestmark = pytest.mark.django_db


@pytest.fixture
def author(client, outsider):
    outsider.user_permissions.add(Permission.objects.get(codename="add_event"))
    client.force_login(outsider)
    return client


def event_data(**changes):
    return {
        "title": "Education sector",
        "sector": "education",
        "country": "KE",
        "language": "en",
        "time_zone": "",
        "venue": "Nairobi",
        "day1": "2027-03-01",
    } | changes


def test_every_zone_of_the_table_is_known():
    assert set(COUNTRY_TIME_ZONES.values()) <= known_time_zones()
    assert len(COUNTRY_TIME_ZONES) > 240


@pytest.mark.parametrize(
    "country, zone",
    [
        ("KE", "Africa/Nairobi"),
        ("ke", "Africa/Nairobi"),
        ("UG", "Africa/Kampala"),
        ("SN", "Africa/Dakar"),
        ("CD", "Africa/Kinshasa"),  # several zones: the capital's
        ("BR", "America/Sao_Paulo"),
        ("US", "America/New_York"),
        ("ZZ", None),  # international
        ("", None),
    ],
)
def test_a_country_proposes_its_zone_or_its_capitals(country, zone):
    assert time_zone_for_country(country) == zone


def test_the_new_event_form_asks_for_the_zone_when_the_country_changes(author):
    body = author.get(reverse("events:create")).content.decode()
    assert f'hx-get="{reverse("events:time_zone_proposal")}"' in body
    assert 'hx-target="#id_time_zone"' in body


def test_the_proposal_is_the_select_with_the_countrys_zone_chosen(author):
    response = author.get(reverse("events:time_zone_proposal"), {"country": "KE"})
    body = response.content.decode()
    assert response.status_code == 200
    assert body.startswith('<select name="time_zone"') and 'id="id_time_zone"' in body
    assert '<option value="Africa/Nairobi" selected>' in body
    unknown = author.get(reverse("events:time_zone_proposal"), {"country": "<b>"}).content
    assert b'<option value="" selected>' in unknown and b"<b>" not in unknown


def test_an_empty_time_zone_is_the_countrys(author):
    response = author.post(reverse("events:create"), event_data())
    assert response.status_code == 302
    assert Event.objects.get(title="Education sector").time_zone == "Africa/Nairobi"


def test_a_chosen_time_zone_is_kept(author):
    author.post(reverse("events:create"), event_data(time_zone="Africa/Kampala"))
    assert Event.objects.get(title="Education sector").time_zone == "Africa/Kampala"


def test_a_country_without_a_zone_gets_utc(author):
    author.post(reverse("events:create"), event_data(country="ZZ"))
    assert Event.objects.get(title="Education sector").time_zone == "UTC"


def test_editing_with_an_empty_time_zone_takes_the_new_countrys(fclient, event):
    data = event_data(title=event.title, country="SN", day1=event.day1.isoformat())
    assert fclient.post(url("edit", event), data).status_code == 302
    event.refresh_from_db()
    assert (event.country, event.time_zone) == ("SN", "Africa/Dakar")
