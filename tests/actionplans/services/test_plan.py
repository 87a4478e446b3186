"""Saving and deleting the parts of the plan: optimistic locking, checks, history."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db.models import ProtectedError

from actionplans.models import (
    Action,
    ImplementationBody,
    Indicator,
    Objective,
    Output,
    ProgressUpdate,
    Risk,
)
from actionplans.services import plan as plan_services
from builders.factories import OrganisationFactory
from tests.actionplans.helpers import endorse_and_publish, make_donor, pledge

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


@pytest.mark.parametrize("model", [Objective, Output, Indicator])
def test_parents_and_indicators_of_published_actions_cannot_be_deleted(
    plan, facilitator, core_group, model
):
    """Deleting the output or objective would take the published action with it."""
    endorse_and_publish(plan, facilitator)
    part = model.objects.get()
    with pytest.raises(ValidationError, match="published to donors"):
        plan_services.plan_part_delete(instance=part)
    assert (Objective.objects.count(), Output.objects.count()) == (1, 1)
    assert (Action.objects.count(), Indicator.objects.count()) == (1, 1)


def test_a_draft_part_that_no_published_version_holds_can_be_deleted(plan, facilitator, core_group):
    endorse_and_publish(plan, facilitator)
    output = Output.objects.create(objective=Objective.objects.get(), title="Added after")
    Action.objects.create(output=output, title="Not published yet")
    plan_services.plan_part_delete(instance=output)
    assert not Output.objects.filter(pk=output.pk).exists()
    assert Action.objects.count() == 1


def test_the_database_keeps_pledged_actions_and_their_progress(plan, facilitator, core_group):
    """A raw delete of the parent cannot cascade to an action that holds a pledge or progress."""
    version = endorse_and_publish(plan, facilitator)
    action = Action.objects.get()
    ProgressUpdate.objects.create(
        action=action, status="on_track", percent_complete=10, date=datetime.date(2027, 2, 1)
    )
    with pytest.raises(ProtectedError):
        Output.objects.get().delete()
    ProgressUpdate.objects.all().delete()
    pledge(version, action, make_donor(), "1000")
    with pytest.raises(ProtectedError):
        Objective.objects.get().delete()
    assert Action.objects.filter(pk=action.pk).exists()
