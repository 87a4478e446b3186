"""Plan versions, endorsement, optimistic locking and dot voting through the services."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from actionplans.models import (
    Action,
    KeyIssue,
    Output,
    PlanVersion,
)
from actionplans.services import endorsement as endorsement_services
from actionplans.services import key_issues as key_issue_services
from actionplans.services import plan as plan_services
from actionplans.services import versions as version_services
from cdfacil.models import Organisation
from tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_freeze_is_refused_with_the_list_of_what_is_missing(plan):
    output = Output.objects.get(objective__plan=plan)
    Action.objects.create(output=output, title="Study tour")
    with pytest.raises(ValidationError) as caught:
        version_services.plan_freeze(plan=plan, by=None)
    assert caught.value.messages == [
        "“Study tour” needs a responsible organisation, start and end dates, a linked indicator."
    ]
    assert not PlanVersion.objects.exists()


def test_fingerprint_changes_when_and_only_when_content_changes(plan, facilitator):
    first = version_services.plan_freeze(plan=plan, by=facilitator)
    assert len(first.fingerprint) == 64
    endorsement_services.endorsement_close(version=first)
    second = version_services.plan_freeze(plan=plan, by=facilitator)
    assert second.fingerprint == first.fingerprint  # nothing changed
    endorsement_services.endorsement_close(version=second)
    Action.objects.filter(output__objective__plan=plan).update(estimated_cost=Decimal("125000"))
    third = version_services.plan_freeze(plan=plan, by=facilitator)
    assert third.fingerprint != first.fingerprint
    assert third.snapshot["objectives"][0]["outputs"][0]["actions"][0]["estimated_cost"] == (
        "125000.00"
    )


def test_endorsement_with_lead_and_majority(plan, facilitator, core_group, government_org):
    version = version_services.plan_freeze(plan=plan, by=facilitator)
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


def test_endorsed_version_can_be_published(plan, facilitator, core_group, government_org):
    version = version_services.plan_freeze(plan=plan, by=facilitator)
    endorsement_services.position_record(
        version=version,
        organisation=government_org,
        stance="endorse",
        comment="",
        by=core_group[0].user,
    )
    endorsed = endorsement_services.endorsement_close(version=version)
    assert endorsed.status == PlanVersion.Status.ENDORSED and endorsed.outcome_reasons == []
    assert version_services.plan_version_publish(version=endorsed).published_at is not None
    with pytest.raises(ValidationError, match="closed"):
        endorsement_services.position_record(
            version=endorsed,
            organisation=government_org,
            stance="object",
            comment="Too late",
            by=core_group[0].user,
        )


def test_only_facilitators_record_for_another_organisation(plan, facilitator, core_group):
    version = version_services.plan_freeze(plan=plan, by=facilitator)
    stranger_org = OrganisationFactory()
    with pytest.raises(ValidationError, match="only for your own organisation"):
        endorsement_services.position_record(
            version=version,
            organisation=stranger_org,
            stance="endorse",
            comment="",
            by=core_group[1].user,
        )


def test_stale_save_is_refused_and_keeps_the_other_version(plan):
    action = Action.objects.get(output__objective__plan=plan)
    mine, theirs = Action.objects.get(pk=action.pk), Action.objects.get(pk=action.pk)
    theirs.title = "Coach district planners and managers"
    plan_services.versioned_save(instance=theirs, expected_version=0)
    mine.title = "Coach planners"
    with pytest.raises(plan_services.StaleEdit) as caught:
        plan_services.versioned_save(instance=mine, expected_version=0)
    assert caught.value.current.title == "Coach district planners and managers"
    assert Action.objects.get(pk=action.pk).title == "Coach district planners and managers"
    plan_services.versioned_save(instance=mine, expected_version=1)
    assert Action.objects.get(pk=action.pk).title == "Coach planners"


def test_dot_voting_respects_the_budget_and_the_closing(event, core_group):
    voter = core_group[0].user
    first = KeyIssue.objects.create(event=event, title="Weak HR planning", source="group")
    second = KeyIssue.objects.create(event=event, title="Fragmented CD support", source="group")
    key_issue_services.ballot_for(event=event)  # 5 dots each by default
    key_issue_services.vote_cast(key_issue=first, by=voter, dots=3)
    with pytest.raises(ValidationError, match="You have 2 dots left of 5"):
        key_issue_services.vote_cast(key_issue=second, by=voter, dots=3)
    key_issue_services.vote_cast(key_issue=first, by=voter, dots=1)  # moved back
    key_issue_services.vote_cast(key_issue=second, by=voter, dots=4)
    outsider_vote = UserFactory()
    with pytest.raises(ValidationError, match="Only core-group members"):
        key_issue_services.vote_cast(key_issue=first, by=outsider_vote, dots=1)
    key_issue_services.ballot_close(event=event)
    with pytest.raises(ValidationError, match="closed"):
        key_issue_services.vote_cast(key_issue=first, by=voter, dots=0)
    assert first.votes.get().dots == 1 and second.votes.get().dots == 4


def test_action_dates_and_cost_are_checked(plan):
    action = Action.objects.get(output__objective__plan=plan)
    action.ends_on = action.starts_on - datetime.timedelta(days=1)
    with pytest.raises(ValidationError, match="cannot end before it starts"):
        plan_services.versioned_save(instance=action, expected_version=action.lock_version)
    action.refresh_from_db()
    action.estimated_cost = Decimal("-1")
    with pytest.raises(ValidationError):
        plan_services.versioned_save(instance=action, expected_version=action.lock_version)
    assert Action.objects.get(pk=action.pk).estimated_cost == Decimal("120000")
