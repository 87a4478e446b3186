"""Fixtures the events tests share."""

import pytest


@pytest.fixture
def fclient(client, facilitator):
    client.force_login(facilitator)
    return client
