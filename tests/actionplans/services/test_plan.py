"""Saving and deleting the parts of the plan: optimistic locking, checks, history."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from actionplans.models import Action, ImplementationBody, Risk
from actionplans.services import plan as plan_services
from builders.factories import OrganisationFactory
from tests.actionplans.helpers import endorse_and_publish

pytestmark = pytest.mark.django_db


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


def test_published_actions_cannot_be_deleted(plan, facilitator, core_group, government_org):
    endorse_and_publish(plan, facilitator)
    action = Action.objects.get(output__objective__plan=plan)
    with pytest.raises(ValidationError, match="published to donors"):
        plan_services.plan_part_delete(instance=action)
    assert Action.objects.filter(pk=action.pk).exists()
