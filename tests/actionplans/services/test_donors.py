"""Pledges follow their actions across versions."""

import pytest
from django.core.exceptions import ValidationError

from actionplans.models import Action, PlanVersion, Pledge
from actionplans.selectors.donors import version_funding
from actionplans.services import donors as donor_services
from builders.factories import OrganisationFactory, UserFactory
from cdfacil.models import Organisation
from tests.actionplans.helpers import endorse_and_publish

pytestmark = pytest.mark.django_db


def donor_pledge(version, action, amount="100"):
    donor = UserFactory(
        is_donor=True, organisation=OrganisationFactory(kind=Organisation.Kind.DEVELOPMENT_PARTNER)
    )
    return donor_services.pledge_save(
        pledge=Pledge(
            action=action,
            version=version,
            donor=donor,
            organisation=donor.organisation,
            amount=amount,
            currency="USD",
        )
    )


def test_pledges_follow_their_actions_to_a_new_version(
    plan, facilitator, core_group, government_org
):
    v1 = endorse_and_publish(plan, facilitator)
    action = Action.objects.get(output__objective__plan=plan)
    donor_pledge(v1, action, "1000")
    v2 = endorse_and_publish(plan, facilitator)
    funding = version_funding(versions=[PlanVersion.objects.get(pk=v2.pk)])[v2.pk]
    assert [(row["currency"], row["pledged"]) for row in funding] == [("USD", 1000)]
    with pytest.raises(ValidationError, match="newer version of this plan"):
        donor_pledge(v1, action, "5")
    assert Pledge.objects.count() == 1
