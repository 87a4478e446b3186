"""A published version stays as endorsed; pledges follow their actions across versions."""

import pytest
from django.core.exceptions import ValidationError

from actionplans.models import Action, ImplementationBody, PlanVersion, Pledge, Risk
from actionplans.selectors.donors import version_funding
from actionplans.services import donors as donor_services
from actionplans.services import endorsement as endorsement_services
from actionplans.services import plan as plan_services
from actionplans.services import versions as version_services
from cdfacil.models import Organisation
from tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


def endorse_and_publish(plan, facilitator, lead_user, government_org):
    version = version_services.plan_freeze(plan=plan, by=facilitator)
    endorsement_services.position_record(
        version=version,
        organisation=government_org,
        stance="endorse",
        comment="",
        by=lead_user,
    )
    endorsement_services.endorsement_close(version=version)
    return version_services.plan_version_publish(version=PlanVersion.objects.get(pk=version.pk))


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


def test_risks_and_bodies_refuse_stale_saves(plan, government_org):
    risk = Risk.objects.create(plan=plan, description="Staff turnover")
    body = ImplementationBody.objects.create(
        plan=plan, kind="steering_committee", name="Steering committee", convener=government_org
    )
    for model, instance, field in ((Risk, risk, "description"), (ImplementationBody, body, "name")):
        mine, theirs = model.objects.get(pk=instance.pk), model.objects.get(pk=instance.pk)
        setattr(theirs, field, "Theirs")
        plan_services.versioned_save(instance=theirs, expected_version=0)
        setattr(mine, field, "Mine")
        with pytest.raises(plan_services.StaleEdit):
            plan_services.versioned_save(instance=mine, expected_version=0)
        assert getattr(model.objects.get(pk=instance.pk), field) == "Theirs"


def test_body_member_changes_are_in_the_history(plan, government_org):
    body = ImplementationBody.objects.create(
        plan=plan, kind="working_group", name="HR working group", convener=government_org
    )
    body.members.add(OrganisationFactory(name="Public Service Commission"))
    latest = body.history.first()
    assert [str(m.organisation) for m in latest.members.all()] == ["Public Service Commission"]


def test_a_status_change_changes_the_fingerprint(plan, facilitator):
    first = version_services.plan_freeze(plan=plan, by=facilitator)
    endorsement_services.endorsement_close(version=first)
    Action.objects.filter(output__objective__plan=plan).update(status="ongoing")
    second = version_services.plan_freeze(plan=plan, by=facilitator)
    assert second.fingerprint != first.fingerprint


def test_a_frozen_version_cannot_be_rewritten(plan, facilitator):
    version = version_services.plan_freeze(plan=plan, by=facilitator)
    version.snapshot = {"title": "Something else"}
    with pytest.raises(ValueError, match="cannot change"):
        version.save()
    assert PlanVersion.objects.get(pk=version.pk).snapshot["title"] == plan.title


def test_published_actions_cannot_be_deleted(plan, facilitator, core_group, government_org):
    endorse_and_publish(plan, facilitator, core_group[0].user, government_org)
    action = Action.objects.get(output__objective__plan=plan)
    with pytest.raises(ValidationError, match="published to donors"):
        plan_services.plan_part_delete(instance=action)
    assert Action.objects.filter(pk=action.pk).exists()


def test_position_given_in_the_room_is_not_overwritten(
    plan, facilitator, core_group, government_org
):
    version = version_services.plan_freeze(plan=plan, by=facilitator)
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


def test_pledges_follow_their_actions_to_a_new_version(
    plan, facilitator, core_group, government_org
):
    v1 = endorse_and_publish(plan, facilitator, core_group[0].user, government_org)
    action = Action.objects.get(output__objective__plan=plan)
    donor_pledge(v1, action, "1000")
    v2 = endorse_and_publish(plan, facilitator, core_group[0].user, government_org)
    funding = version_funding(versions=[PlanVersion.objects.get(pk=v2.pk)])[v2.pk]
    assert [(row["currency"], row["pledged"]) for row in funding] == [("USD", 1000)]
    with pytest.raises(ValidationError, match="newer version of this plan"):
        donor_pledge(v1, action, "5")
    assert Pledge.objects.count() == 1
