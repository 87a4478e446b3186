"""Saving and deleting the parts of the plan: optimistic locking, checks, history."""

import datetime
import threading
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.db.models import ProtectedError
from django.forms.models import model_to_dict

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


EDITABLE = ["title", "description", "lead_person", "estimated_cost", "indicators"]


def loaded(action) -> plan_services.Loaded:
    """What an edit form opened now would be loaded with."""
    values = model_to_dict(action, fields=EDITABLE)
    return plan_services.Loaded(
        version=action.lock_version,
        values={name: plan_services.part_value(value) for name, value in values.items()},
    )


def edit(action, **changes) -> dict:
    """A person's form: every field as loaded, with their `changes`."""
    values = model_to_dict(action, fields=EDITABLE)
    values["indicators"] = list(action.indicators.all())
    return {**values, **changes}


def test_a_save_on_a_stale_copy_writes_only_what_this_person_changed(plan):
    action = Action.objects.get(output__objective__plan=plan)
    first, second = loaded(action), loaded(action)
    first_form = edit(action, title="Coach all planners", estimated_cost=Decimal("130000"))
    second_form = edit(action, description="Two-day course")

    plan_services.plan_part_update(part=action, values=first_form, loaded=first)
    merge = plan_services.plan_part_update(part=action, values=second_form, loaded=second)

    stored = Action.objects.get(pk=action.pk)
    assert (stored.title, stored.description) == ("Coach all planners", "Two-day course")
    assert stored.estimated_cost == Decimal("130000") and stored.lock_version == 2
    assert merge.changed == ["description"]
    assert merge.kept == ["title", "estimated_cost"]


def test_a_field_both_changed_to_different_values_is_a_conflict(plan):
    action = Action.objects.get(output__objective__plan=plan)
    first, second = loaded(action), loaded(action)
    second_form = edit(action, title="Second", lead_person="Kato")
    plan_services.plan_part_update(
        part=action, values=edit(action, title="First", indicators=[]), loaded=first
    )
    with pytest.raises(plan_services.StaleEdit) as caught:
        plan_services.plan_part_update(part=action, values=second_form, loaded=second)
    assert caught.value.merge.conflicts == ["title"]
    assert caught.value.merge.changed == ["lead_person"]
    assert caught.value.merge.kept == ["indicators"]
    assert "“Action”" in caught.value.messages[0]
    stored = Action.objects.get(pk=action.pk)
    assert (stored.title, stored.lead_person, stored.lock_version) == ("First", "", 1)


def test_a_merged_save_is_one_entry_of_the_history_with_the_whole_merged_part(plan):
    action = Action.objects.get(output__objective__plan=plan)
    first, second = loaded(action), loaded(action)
    second_form = edit(action, description="Course")
    plan_services.plan_part_update(part=action, values=edit(action, title="New"), loaded=first)
    entries = action.history.count()
    plan_services.plan_part_update(part=action, values=second_form, loaded=second)
    assert action.history.count() == entries + 1
    latest = action.history.first()
    assert (latest.title, latest.description, latest.lock_version) == ("New", "Course", 2)


@pytest.mark.services
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize(
    "changes, outcome",
    [
        (
            (
                {"title": "Coach all planners"},
                {"description": "Two-day course"},
            ),
            (["saved", "saved"], 2),
        ),
        (({"title": "First"}, {"title": "Second"}), (["StaleEdit", "saved"], 1)),
    ],
    ids=["different fields merge", "same field conflicts"],
)
def test_two_concurrent_saves_of_one_copy_never_lose_a_change(
    require_postgresql, plan, changes, outcome
):
    """Two saves of forms loaded at the same version, at the same moment: the row lock makes
    the second wait and merge with the first, or conflict; never both pass unseen."""
    action = Action.objects.get(output__objective__plan=plan)
    state = loaded(action)
    barrier = threading.Barrier(2)
    outcomes = []

    def save(change):
        try:
            barrier.wait(timeout=10)
            plan_services.plan_part_update(part=action, values=edit(action, **change), loaded=state)
            outcomes.append("saved")
        except Exception as error:  # noqa: BLE001
            outcomes.append(type(error).__name__)
        finally:
            connection.close()

    threads = [threading.Thread(target=save, args=(change,)) for change in changes]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    expected_outcomes, version = outcome
    assert sorted(outcomes) == expected_outcomes
    stored = Action.objects.get(pk=action.pk)
    assert stored.lock_version == version
    if version == 2:
        assert (stored.title, stored.description) == ("Coach all planners", "Two-day course")


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
