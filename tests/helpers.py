"""Helpers every app's tests use."""

from django.test import Client


def client_for(user) -> Client:
    """A test client signed in as `user`, one per person when a test has several."""
    client = Client()
    client.force_login(user)
    return client
