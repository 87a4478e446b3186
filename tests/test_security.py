"""Hardening: sign-in throttling, the Content Security Policy and security headers."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from builders.factories import UserFactory

pytestmark = pytest.mark.django_db


def sign_in(client, username, password, address="10.0.0.7"):
    return client.post(
        reverse("login"), {"username": username, "password": password}, REMOTE_ADDR=address
    )


def test_failed_sign_ins_are_throttled_per_username_and_address():
    person = UserFactory(username="amina")
    client = Client()
    for _ in range(4):
        response = sign_in(client, "amina", "wrong")
        assert response.status_code == 200 and "Please enter a correct" in response.content.decode()
    locked = sign_in(client, "amina", "wrong")  # the fifth
    assert locked.status_code == 429
    assert "Too many failed sign-ins" in locked.content.decode()
    # Even the right password is refused from that address while the pause lasts...
    assert sign_in(client, "amina", "demo").status_code == 429
    assert "_auth_user_id" not in client.session
    # ...but not from another address, and another person in the same room is not affected.
    assert sign_in(Client(), "amina", "demo", address="10.0.0.8").status_code == 302
    neighbour = UserFactory(username="joseph")
    assert sign_in(Client(), neighbour.username, "demo").status_code == 302
    assert person.pk != neighbour.pk


def test_a_successful_sign_in_resets_the_count():
    UserFactory(username="amina")
    client = Client()
    for _ in range(4):
        sign_in(client, "amina", "wrong")
    assert sign_in(client, "amina", "demo").status_code == 302
    client = Client()
    for _ in range(4):
        assert sign_in(client, "amina", "wrong").status_code == 200


def test_throttling_counts_every_capitalisation_of_a_username_as_one():
    UserFactory(username="amina")
    client = Client()
    for typed in ("Amina", "AMINA", "aMina", "amIna"):
        assert sign_in(client, typed, "wrong").status_code == 200, typed
    assert sign_in(client, "AmInA", "wrong").status_code == 429  # the fifth, in a fifth case
    # The right password under yet another capitalisation is refused, and clears nothing.
    assert sign_in(client, "AMIna", "demo").status_code == 429
    assert "_auth_user_id" not in client.session
    assert sign_in(client, "amina", "demo").status_code == 429


def test_a_success_in_another_case_does_not_clear_a_lock_on_the_name():
    UserFactory(username="amina")
    attacker, owner = Client(), Client()
    for _ in range(5):
        sign_in(attacker, "amina", "wrong")
    # The owner, from the same address (one venue, one router), types the name in capitals.
    assert sign_in(owner, "AMINA", "demo").status_code == 429
    assert sign_in(attacker, "amina", "wrong").status_code == 429


def test_passwords_follow_djangos_validators(facilitator):
    client = Client()
    client.force_login(facilitator)
    response = client.post(
        reverse("password_set"), {"new_password1": "12345678", "new_password2": "12345678"}
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "This password is too common." in page and "entirely numeric" in page
    facilitator.refresh_from_db()
    assert facilitator.check_password("demo")


def test_every_page_has_a_content_security_policy_without_inline_scripts(facilitator, event):
    client = Client()
    client.force_login(facilitator)
    for url in (reverse("dashboard"), reverse("events:detail", args=[event.pk]), reverse("login")):
        response = client.get(url)
        policy = response["Content-Security-Policy"]
        directives = dict(
            (part.split()[0], part.split()[1:]) for part in policy.split(";") if part.strip()
        )
        assert directives["script-src"] == ["'self'"]
        assert directives["object-src"] == ["'none'"] and directives["frame-ancestors"] == [
            "'none'"
        ]
        assert "'unsafe-inline'" not in directives["script-src"]
        # No inline script in the page either: every <script> has a src.
        scripts = re.findall(r"<script\b[^>]*>", response.content.decode())
        assert all("src=" in tag for tag in scripts)
        assert scripts or url == reverse("login")
        assert not re.search(r"\son[a-z]+=", response.content.decode())  # no onclick= etc.
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["X-Frame-Options"] == "DENY"
        assert response["Referrer-Policy"] == "same-origin"


def test_the_user_model_is_the_projects():
    assert get_user_model()._meta.label == "cdfacil.User"
