"""Fixtures and builders shared by the action-plan tests."""

import datetime
from decimal import Decimal

import pytest

from actionplans.models import Action, ActionPlan, Indicator, Objective, Output, PlanVersion
from actionplans.services import endorsement as endorsement_services
from actionplans.services import versions as version_services


@pytest.fixture
def plan(event, government_org):
    plan = ActionPlan.objects.create(event=event, title="Health sector CD plan")
    objective = Objective.objects.create(plan=plan, title="Stronger district health management")
    output = Output.objects.create(objective=objective, title="District teams trained in planning")
    indicator = Indicator.objects.create(
        output=output,
        description="Districts with an approved annual plan",
        unit="%",
        baseline_value=Decimal("40"),
        baseline_year=2026,
        target_value=Decimal("90"),
        target_year=2028,
    )
    action = Action.objects.create(
        output=output,
        title="Coach district planners",
        responsible_organisation=government_org,
        starts_on=datetime.date(2027, 1, 1),
        ends_on=datetime.date(2027, 12, 31),
        estimated_cost=Decimal("120000"),
        currency="USD",
    )
    action.indicators.add(indicator)
    return plan


def endorse_and_publish(plan, facilitator, lead_user, government_org):
    """Freeze the plan, have the lead organisation endorse it, close and publish."""
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
