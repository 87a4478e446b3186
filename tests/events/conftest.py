"""Fixtures the events tests share."""

import pytest

from events.models import Participation
from events.services import invitations as invitation_services
from events.services import people as people_services
from tests.factories import UserFactory

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


@pytest.fixture
def invitation(event, facilitator, government_org, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return invitation_services.invitation_send(
            event=event,
            by=facilitator,
            email="new.member@example.org",
            full_name="New Member",
            organisation=government_org,
            role=Role.CORE_GROUP,
            base_url="http://testserver",
        )
