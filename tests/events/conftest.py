"""Fixtures the events tests share."""

import pytest

from builders.factories import UserFactory
from events.models import Participation
from events.services import people as people_services

Role = Participation.Role


@pytest.fixture
def fclient(client, facilitator):
    client.force_login(facilitator)
    return client


@pytest.fixture
def stakeholder(event, civil_society_org):
    user = UserFactory(organisation=civil_society_org, first_name="Stella")
    people_services.participation_add(event=event, user=user, role=Role.STAKEHOLDER)
    return user
