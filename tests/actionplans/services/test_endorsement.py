"""Positions and closing the endorsement, through the services."""

import pytest
from django.core.exceptions import ValidationError

from actionplans.models import PlanVersion
from actionplans.services import endorsement as endorsement_services
from actionplans.services import versions as version_services
from builders.factories import OrganisationFactory
from cdfacil.models import Organisation
from tests.actionplans.helpers import freeze, in_endorsement

pytestmark = pytest.mark.django_db


def test_endorsement_with_lead_and_majority(plan, facilitator, core_group, government_org):
    version = in_endorsement(freeze(plan, facilitator))
    others = [OrganisationFactory(kind=Organisation.Kind.CIVIL_SOCIETY) for _ in range(3)]
    lead_user = core_group[0].user
    endorsement_services.position_record(
        version=version,
        organisation=government_org,
        stance="endorse",
        comment="",
        by=lead_user,
    )
    for organisation, stance in zip(others, ["reservations", "object", "abstain"], strict=True):
        endorsement_services.position_record(
            version=version,
            organisation=organisation,
            stance=stance,
            comment="In the room",
            by=facilitator,
        )
    # 2 of 4 endorse: a tie is not a majority.
    closed = endorsement_services.endorsement_close(version=version)
    assert closed.status == PlanVersion.Status.NOT_ENDORSED
    assert "a majority is needed" in closed.outcome_reasons[0]
    assert version.positions.get(organisation=others[0]).on_behalf is True
    assert version.positions.get(organisation=government_org).on_behalf is False
    with pytest.raises(ValidationError, match="already closed"):
        endorsement_services.endorsement_close(version=version)
    with pytest.raises(ValidationError, match="Only an endorsed version"):
        version_services.plan_version_publish(version=closed)


def test_only_facilitators_record_for_another_organisation(plan, facilitator, core_group):
    version = in_endorsement(freeze(plan, facilitator))
    stranger_org = OrganisationFactory()
    with pytest.raises(ValidationError, match="only for your own organisation"):
        endorsement_services.position_record(
            version=version,
            organisation=stranger_org,
            stance="endorse",
            comment="",
            by=core_group[1].user,
        )


def test_position_given_in_the_room_is_not_overwritten(
    plan, facilitator, core_group, government_org
):
    version = in_endorsement(freeze(plan, facilitator))
    endorsement_services.position_record(
        version=version,
        organisation=government_org,
        stance="endorse",
        comment="Said by the PS in the room",
        by=facilitator,
    )
    with pytest.raises(ValidationError, match="given in the room"):
        endorsement_services.position_record(
            version=version,
            organisation=government_org,
            stance="object",
            comment="",
            by=core_group[0].user,
        )
    assert version.positions.get().stance == "endorse"
