"""The public registration page gives one answer whatever the address, and limits how many
requests one client address, and one event, may send."""

import os
import re

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from events.models import RegistrationRequest
from events.views import registration as registration_views
from tests.events.views.test_registration import open_registration, registration_data
from tests.helpers import run_python

pytestmark = pytest.mark.django_db

CSRF = re.compile(r"\b[A-Za-z0-9]{64}\b")  # the page's CSRF token, masked anew each time


def send(event, email: str, *, client_address: str = "198.51.100.7"):
    return Client(REMOTE_ADDR=client_address).post(
        reverse("events:register", args=[event.public_id]), registration_data(email=email)
    )


def page(response) -> str:
    return CSRF.sub("", response.content.decode())


def test_the_answer_is_the_same_for_a_participant_a_waiting_request_and_a_new_address(
    event, core_group
):
    open_registration(event)
    send(event, "waiting@example.org")

    participant = send(event, core_group[0].user.email.upper())
    waiting = send(event, "WAITING@example.org")
    new = send(event, "new@example.org")

    assert participant.status_code == waiting.status_code == new.status_code == 200
    assert page(participant) == page(waiting) == page(new)
    assert "your request was sent" in page(new)
    # Nothing new is stored for an address that takes part or already waits.
    assert sorted(RegistrationRequest.objects.values_list("email", flat=True)) == [
        "new@example.org",
        "waiting@example.org",
    ]


def test_one_client_address_is_limited(event, monkeypatch):
    monkeypatch.setattr(registration_views, "REQUESTS_PER_CLIENT_ADDRESS", 3, raising=False)
    open_registration(event)
    for n in range(3):
        assert send(event, f"person{n}@example.org").status_code == 200

    refused = send(event, "person3@example.org")

    assert refused.status_code == 429
    assert "Too many registration requests" in refused.content.decode()
    assert RegistrationRequest.objects.count() == 3
    # Another client address is still heard.
    assert send(event, "other@example.org", client_address="203.0.113.9").status_code == 200
    assert RegistrationRequest.objects.count() == 4


def test_one_event_is_limited_whatever_the_client_address(event, monkeypatch):
    monkeypatch.setattr(registration_views, "REQUESTS_PER_EVENT", 3, raising=False)
    open_registration(event)
    for n in range(3):
        send(event, f"person{n}@example.org", client_address=f"203.0.113.{n}")

    refused = send(event, "person3@example.org", client_address="203.0.113.200")

    assert refused.status_code == 429
    assert "Too many registration requests" in refused.content.decode()
    assert RegistrationRequest.objects.count() == 3


@pytest.mark.services
def test_the_count_is_shared_by_every_server_process(event, require_redis, monkeypatch):
    """A production server runs several processes: requests from one client address count
    once, whichever process takes them, so the limit is not multiplied by their number."""
    monkeypatch.setattr(registration_views, "REQUESTS_PER_CLIENT_ADDRESS", 3, raising=False)
    open_registration(event)
    # Another server process takes three requests from the same client address.
    other_process = run_python(
        [
            "-c",
            "import django; django.setup()\n"
            "from events.views.registration import _counted_over\n"
            f"for _ in range(3): _counted_over('registration:{event.pk}:198.51.100.7', 3)",
        ],
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "cdfacil.settings",
            "CACHE_URL": settings.CACHES["default"].get("LOCATION", ""),
        },
    )
    assert other_process.returncode == 0, other_process.stderr

    refused = send(event, "person3@example.org")

    assert refused.status_code == 429
    assert RegistrationRequest.objects.count() == 0
