"""The funding now, as the plan report prints it: an action of cost zero has nothing to fund,
and a pledge counted in the currency the action had before it was costed anew still stands, as
the donors' page shows it."""

from decimal import Decimal

import pytest

from actionplans.models import Action
from actionplans.reports import version_context
from actionplans.selectors.donors import version_funding
from actionplans.selectors.funding import funding_states
from actionplans.selectors.versions import snapshot_actions
from tests.actionplans.helpers import endorse_and_publish, pledge

pytestmark = pytest.mark.django_db


def test_an_action_of_cost_zero_has_no_cost_given_not_funded(plan, facilitator, core_group):
    Action.objects.filter(output__objective__plan=plan).update(estimated_cost=Decimal(0))
    version = endorse_and_publish(plan, facilitator)
    [printed] = snapshot_actions(version_context(version)["snapshot"])
    assert printed["funding_state"] == "no_cost"
    assert printed["funding_state_label"] == "No cost given"


def test_a_pledge_made_before_the_action_was_costed_anew_still_counts(version, donor, facilitator):
    action = Action.objects.get(output__objective__plan=version.plan)
    pledge(version, action, donor, "50000", status="committed")
    Action.objects.filter(pk=action.pk).update(currency="UGX", estimated_cost=Decimal("370000000"))
    second = endorse_and_publish(version.plan, facilitator)
    assert second.number == 2
    # The donors' page: the UGX cost's gap stays whole, the USD pledged is shown as pledged.
    funding = {row["currency"]: row for row in version_funding(versions=[second])[second.pk]}
    assert funding["UGX"]["gap"] == Decimal("370000000")
    assert funding["USD"]["pledged"] == Decimal("50000") and funding["USD"]["cost"] is None
    # The report agrees: support stands, the gap is not filled.
    assert funding_states(version=second)[action.pk] == "partly"
    [printed] = snapshot_actions(version_context(second)["snapshot"])
    assert printed["funding_state_label"] == "Partly funded"


def test_an_indicated_pledge_in_the_former_currency_is_support_indicated(
    version, donor, facilitator
):
    action = Action.objects.get(output__objective__plan=version.plan)
    pledge(version, action, donor, "50000", status="indicated")
    Action.objects.filter(pk=action.pk).update(currency="UGX", estimated_cost=Decimal("370000000"))
    second = endorse_and_publish(version.plan, facilitator)
    assert funding_states(version=second)[action.pk] == "indicated"
