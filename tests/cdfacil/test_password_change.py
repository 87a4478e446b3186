"""Changing a password asks for the current one; setting the first one (after an invitation)
does not, since there is none to ask for."""

import pytest
from django.test import Client
from django.urls import reverse

from builders.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

NEW = "a-Longer-passphrase-42"


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_changing_a_password_without_the_current_one_is_refused():
    """An unattended session must not be enough to take the account over for good."""
    user = UserFactory()
    response = signed_in(user).post(
        reverse("password_set"), {"new_password1": NEW, "new_password2": NEW}
    )

    assert response.status_code == 200
    assert "old_password" in response.context["form"].errors
    user.refresh_from_db()
    assert user.check_password(DEFAULT_PASSWORD)


def test_a_wrong_current_password_is_refused():
    user = UserFactory()
    response = signed_in(user).post(
        reverse("password_set"),
        {"old_password": "not-it", "new_password1": NEW, "new_password2": NEW},
    )

    assert "Your old password was entered incorrectly" in response.content.decode()
    user.refresh_from_db()
    assert user.check_password(DEFAULT_PASSWORD)


def test_the_current_password_changes_it_and_keeps_the_session():
    user = UserFactory()
    client = signed_in(user)
    response = client.post(
        reverse("password_set"),
        {"old_password": DEFAULT_PASSWORD, "new_password1": NEW, "new_password2": NEW},
    )

    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password(NEW)
    assert client.get(reverse("password_set")).status_code == 200  # still signed in


def test_an_account_without_a_password_sets_one_without_being_asked_for_it():
    user = UserFactory()
    user.set_unusable_password()
    user.save()
    client = signed_in(user)
    page = client.get(reverse("password_set")).content.decode()
    assert 'name="old_password"' not in page

    response = client.post(reverse("password_set"), {"new_password1": NEW, "new_password2": NEW})

    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password(NEW)
