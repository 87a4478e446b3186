"""Resource mobilisation's rules: needed and mobilised summed per currency, a withdrawn pledge
counting nowhere, and who may pledge, change and withdraw."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from builders.factories import UserFactory
from cdfacil.models import AuditEntry
from networks.models import NeedsRound, NetworkPledge
from networks.selectors.funding import Money, area_funding, network_funding
from networks.selectors.gaps import cluster_gaps
from networks.selectors.reporting import cluster_funding
from networks.services import funding
from tests.networks.reporting_helpers import Setting

pytestmark = pytest.mark.django_db


@pytest.fixture
def s():
    return Setting()


def _sums(lines):
    return {line.currency: (line.needed, line.mobilised, line.gap) for line in lines}


def test_needed_and_mobilised_are_summed_per_currency(s):
    alpha, beta = s.members
    usd = s.activity(alpha, budget="1000", own="200")
    s.activity(beta, budget="3000", own="0", currency="EUR")
    s.activity(beta, budget="9999", own="9999", status="cancelled")  # needs nothing
    s.pledge(area=s.area, amount="300")  # USD to the focus area
    s.pledge(activity=usd, amount="100", currency="EUR")  # EUR to an activity

    assert _sums(area_funding(areas=[s.area])[s.area.pk]) == {
        "EUR": (Decimal(3000), Decimal(100), Decimal(2900)),
        "USD": (Decimal(1000), Decimal(500), Decimal(500)),
    }
    assert _sums(cluster_funding(clusters=[s.cluster])[s.cluster.pk]) == {
        "EUR": (Decimal(3000), Decimal(100), Decimal(2900)),
        "USD": (Decimal(1000), Decimal(500), Decimal(500)),
    }


def test_an_activity_in_two_focus_areas_counts_in_each_but_once_in_the_cluster(s):
    from networks.models import FocusArea

    other = FocusArea.objects.create(cluster=s.cluster, title="Other")
    activity = s.activity(s.members[0], budget="1000", areas=[s.area, other])
    s.pledge(activity=activity, amount="400")
    by_area = area_funding(areas=[s.area, other])
    assert _sums(by_area[s.area.pk]) == _sums(by_area[other.pk])
    assert _sums(by_area[other.pk])["USD"][:2] == (Decimal(1000), Decimal(400))
    assert _sums(cluster_funding(clusters=[s.cluster])[s.cluster.pk])["USD"][:2] == (
        Decimal(1000),
        Decimal(400),
    )


def test_a_withdrawn_pledge_counts_nowhere(s):
    activity = s.activity(s.members[0], budget="1000", own="0")
    to_area = s.pledge(area=s.area, amount="300")
    to_activity = s.pledge(activity=activity, amount="200")
    assert activity not in cluster_gaps(cluster=s.cluster).unfunded_activities

    funding.network_pledge_withdraw(pledge=to_area, by=s.donor)
    funding.network_pledge_withdraw(pledge=to_activity, by=s.donor)

    assert _sums(area_funding(areas=[s.area])[s.area.pk])["USD"][:2] == (Decimal(1000), 0)
    assert _sums(cluster_funding(clusters=[s.cluster])[s.cluster.pk])["USD"][:2] == (
        Decimal(1000),
        0,
    )
    _round, priorities = network_funding(network=s.network)
    assert _sums(priorities[0].money)["USD"][:2] == (Decimal(1000), 0)
    assert activity in cluster_gaps(cluster=s.cluster).unfunded_activities
    # Kept on record.
    assert NetworkPledge.objects.filter(withdrawn_at__isnull=False).count() == 2


def test_the_networks_priorities_carry_their_focus_areas_funding(s):
    s.activity(s.members[0], budget="800", own="100")
    round_, priorities = network_funding(network=s.network)
    assert round_ == s.round
    line = priorities[0]
    assert line.need == s.need and line.areas == [s.area]
    assert line.money == [Money("USD", Decimal(800), Decimal(100))]


def test_donors_pledge_once_the_network_has_published_a_result(s):
    pledge = funding.network_pledge_save(
        pledge=NetworkPledge(focus_area=s.area, amount=Decimal(50), currency="USD"), by=s.donor
    )
    assert pledge.donor == s.donor and pledge.organisation == s.donor.organisation
    for person in (s.convener, s.secretariat, UserFactory(is_superuser=True)):
        with pytest.raises(ValidationError, match="Only donors"):
            funding.network_pledge_save(
                pledge=NetworkPledge(focus_area=s.area, amount=Decimal(1), currency="USD"),
                by=person,
            )
    NeedsRound.objects.filter(pk=s.round.pk).update(
        status=NeedsRound.Status.OPEN, published_at=None
    )
    area = type(s.area).objects.select_related("cluster__network").get(pk=s.area.pk)
    with pytest.raises(ValidationError, match="Only donors"):
        funding.network_pledge_save(
            pledge=NetworkPledge(focus_area=area, amount=Decimal(1), currency="USD"), by=s.donor
        )


def test_only_the_pledges_donor_changes_or_withdraws_it(s):
    pledge = s.pledge(area=s.area)
    other = UserFactory(is_donor=True)
    pledge.amount = Decimal(1)
    with pytest.raises(ValidationError, match="Only the donor"):
        funding.network_pledge_save(pledge=pledge, by=other)
    with pytest.raises(ValidationError, match="Only the donor"):
        funding.network_pledge_withdraw(pledge=pledge, by=other)
    funding.network_pledge_withdraw(pledge=pledge, by=s.donor)
    with pytest.raises(ValidationError, match="already"):
        funding.network_pledge_withdraw(pledge=pledge, by=s.donor)


def test_a_cancelled_activity_takes_no_pledge(s):
    activity = s.activity(s.members[0], status="cancelled")
    with pytest.raises(ValidationError, match="cancelled"):
        funding.network_pledge_save(
            pledge=NetworkPledge(activity=activity, amount=Decimal(1), currency="USD"), by=s.donor
        )


# --- The audit log --------------------------------------------------------------------------


def _pledge_entries(s):
    return [
        entry
        for entry in AuditEntry.objects.filter(action=AuditEntry.Action.PLEDGE_SAVED).order_by("pk")
        if entry.details.get("network") == s.network.pk
    ]


def test_a_pledge_made_changed_and_withdrawn_is_in_the_audit_log(s):
    organisation = s.donor.organisation
    pledge = funding.network_pledge_save(
        pledge=NetworkPledge(focus_area=s.area, amount=Decimal(500), currency="USD"), by=s.donor
    )
    pledge.amount, pledge.status = Decimal(750), NetworkPledge.Status.COMMITTED
    funding.network_pledge_save(pledge=pledge, by=s.donor)
    funding.network_pledge_withdraw(pledge=pledge, by=s.donor)

    made, changed, withdrawn = _pledge_entries(s)
    assert made.summary == f"{organisation} pledged 500.00 USD to “District data” (Indicated)."
    assert changed.summary == (
        f"Pledge of {organisation} to “District data” changed to 750.00 USD (Committed)."
    )
    assert withdrawn.summary == (
        f"{organisation} withdrew its pledge of 750.00 USD to “District data”."
    )
    assert {entry.actor for entry in (made, changed, withdrawn)} == {s.donor}
    assert made.details == {"network": s.network.pk, "pledge": pledge.pk, "focus_area": s.area.pk}
    assert withdrawn.details["withdrawn"] is True


def test_a_pledge_to_an_activity_names_it_in_the_audit_log(s):
    activity = s.activity(s.members[0], title="Training of planners")
    funding.network_pledge_save(
        pledge=NetworkPledge(activity=activity, amount=Decimal(20), currency="USD"), by=s.donor
    )
    [entry] = _pledge_entries(s)
    assert "“Training of planners”" in entry.summary
    assert entry.details["activity"] == activity.pk


def test_a_refused_pledge_writes_nothing_in_the_audit_log(s):
    with pytest.raises(ValidationError):
        funding.network_pledge_save(
            pledge=NetworkPledge(focus_area=s.area, amount=Decimal(1), currency="USD"),
            by=s.convener,
        )
    assert _pledge_entries(s) == []


def test_a_pledge_of_nothing_is_refused_on_the_form():
    """A pledge of zero would take an activity out of the unfunded ones."""
    from networks.forms.funding import NetworkPledgeForm

    form = NetworkPledgeForm(data={"amount": "0", "currency": "USD", "status": "indicated"})
    assert not form.is_valid()
    assert form.errors["amount"] == ["Pledge an amount above zero."]
    form = NetworkPledgeForm(data={"amount": "0.01", "currency": "USD", "status": "indicated"})
    assert form.is_valid()
