"""Fixtures shared by the action-plan tests."""

import datetime
from decimal import Decimal

import pytest

from actionplans.models import Action, ActionPlan, Indicator, Objective, Output


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
