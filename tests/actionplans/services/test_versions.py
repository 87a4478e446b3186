"""Freezing the plan into fingerprinted versions and publishing them, through the services."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from actionplans.models import Action, Output, PlanVersion
from actionplans.services import endorsement as endorsement_services
from actionplans.services import versions as version_services
from tests.actionplans.helpers import close, endorse, freeze

pytestmark = pytest.mark.django_db


def test_freeze_is_refused_with_the_list_of_what_is_missing(plan, core_group):
    output = Output.objects.get(objective__plan=plan)
    Action.objects.create(output=output, title="Study tour")
    with pytest.raises(ValidationError) as caught:
        freeze(plan)
    assert caught.value.messages == [
        "“Study tour” needs a responsible organisation, start and end dates, a linked indicator."
    ]
    assert not PlanVersion.objects.exists()


def test_fingerprint_changes_when_and_only_when_content_changes(plan, facilitator, core_group):
    first = freeze(plan, facilitator)
    assert len(first.fingerprint) == 64
    close(first)
    second = freeze(plan, facilitator)
    assert second.fingerprint == first.fingerprint  # nothing changed
    close(second)
    Action.objects.filter(output__objective__plan=plan).update(estimated_cost=Decimal("125000"))
    third = freeze(plan, facilitator)
    assert third.fingerprint != first.fingerprint
    assert third.snapshot["objectives"][0]["outputs"][0]["actions"][0]["estimated_cost"] == (
        "125000.00"
    )


def test_endorsed_version_can_be_published(plan, facilitator, core_group, government_org):
    # The lead of the core group (core_group[0], of the government organisation) endorses.
    endorsed = endorse(plan, facilitator)
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


def test_a_status_change_changes_the_fingerprint(plan, facilitator, core_group):
    first = freeze(plan, facilitator)
    close(first)
    Action.objects.filter(output__objective__plan=plan).update(status="ongoing")
    second = freeze(plan, facilitator)
    assert second.fingerprint != first.fingerprint


def test_a_frozen_version_cannot_be_rewritten(plan, facilitator, core_group):
    version = freeze(plan, facilitator)
    version.snapshot = {"title": "Something else"}
    with pytest.raises(ValueError, match="cannot change"):
        version.save()
    assert PlanVersion.objects.get(pk=version.pk).snapshot["title"] == plan.title
