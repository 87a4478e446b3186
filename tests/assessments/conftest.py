"""Fixtures of the assessment tests: the default framework version, members, a round, drafts."""

import pytest
from django.urls import reverse

from assessments.models import FrameworkVersion
from builders.factories import UserFactory
from builders.rounds import answered_round
from tests.helpers import grant_add_event


@pytest.fixture
def default_version():
    return FrameworkVersion.objects.get(framework__name="Sector capacity framework", number=1)


@pytest.fixture
def six_members(event, government_org, partner_org, add_core_member):
    members = [add_core_member(event, government_org, is_lead=True)]
    members += [add_core_member(event, government_org) for _ in range(3)]
    members += [add_core_member(event, partner_org) for _ in range(2)]
    return members


@pytest.fixture
def version(default_version):
    return default_version


@pytest.fixture
def members(six_members):
    return [member.user for member in six_members]


@pytest.fixture
def assessment_round(event, version, members):
    """A round just opened: the members have not answered yet."""
    return answered_round(
        event=event, members=members, version=version, scores=None, submitted=False
    )


@pytest.fixture
def member(event, government_org, add_core_member):
    return add_core_member(event, government_org).user


@pytest.fixture
def fac(facilitator):
    return grant_add_event(facilitator)


@pytest.fixture
def fac_client(client, fac):
    client.force_login(fac)
    return client


@pytest.fixture
def draft(fac_client, default_version):
    """A draft copy of the default version made through the copy view by the facilitator."""
    response = fac_client.post(
        reverse("assessments:version_copy", args=[default_version.pk]), {"name": "Health copy"}
    )
    assert response.status_code == 302
    return FrameworkVersion.objects.get(framework__name="Health copy")


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client
