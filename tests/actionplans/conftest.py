"""Fixtures shared by the action-plan tests: a plan, its published version, a donor."""

import pytest

from tests.actionplans.helpers import build_plan, endorse_and_publish, make_donor


@pytest.fixture
def plan(event, government_org):
    """One objective, output, indicator and action, written directly."""
    return build_plan(event, government_org, actions=1, action_title="Coach district planners")


@pytest.fixture
def version(plan, facilitator, core_group):
    """The plan endorsed by the lead organisation and published to donors."""
    return endorse_and_publish(plan, facilitator)


@pytest.fixture
def donor():
    return make_donor(username="marie", email="marie@donor.example")


@pytest.fixture
def members(core_group):
    return [participation.user for participation in core_group]
