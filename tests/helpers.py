"""Helpers every app's tests use."""

from django.contrib.auth.models import Permission
from django.test import Client


def client_for(user) -> Client:
    """A test client signed in as `user`, one per person when a test has several."""
    client = Client()
    client.force_login(user)
    return client


def grant_add_event(user):
    """What an administrator grants a facilitator: the right to create events (and frameworks)."""
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="events", codename="add_event")
    )
    return user
