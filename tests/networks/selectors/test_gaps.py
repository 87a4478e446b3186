"""The gaps of a cluster and of a network, computed as the issue lists them."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from builders.factories import UserFactory
from builders.networks import NetworkFactory, cluster_add, member_add, round_add
from networks.models import Activity, Candidate, FocusArea, NeedsRound, NetworkPledge, SharedNeed
from networks.selectors.gaps import (
    cluster_gaps,
    network_cluster_gaps,
    reference_round,
    uncovered_priorities,
)

pytestmark = pytest.mark.django_db


def _activity(cluster, member, *, country="UG", own_funds=0, status="planned", areas=()):
    today = timezone.now().date()
    activity = Activity.objects.create(
        cluster=cluster,
        member=member,
        title=f"Activity in {country}",
        country=country,
        starts_on=today,
        ends_on=today + datetime.timedelta(days=90),
        budget=Decimal("1000"),
        own_funds=Decimal(own_funds),
        currency="USD",
        status=status,
    )
    activity.focus_areas.set(areas)
    return activity


@pytest.fixture
def setting():
    network = NetworkFactory()
    uganda = member_add(network, country="UG")
    kenya = member_add(network, country="KE")
    round_ = round_add(network)
    need = SharedNeed.objects.create(round=round_, title="Supervision skills")
    for member in (uganda, kenya):
        Candidate.objects.create(
            round=round_,
            source=Candidate.Source.MEMBER,
            member=member,
            title="Supervision",
            shared_need=need,
        )
    cluster = cluster_add(network, uganda)
    return network, uganda, kenya, round_, need, cluster


def test_a_focus_area_with_no_activity_is_a_gap_and_a_cancelled_activity_covers_nothing(
    setting,
):
    _network, uganda, _kenya, _round, need, cluster = setting
    empty = FocusArea.objects.create(cluster=cluster, title="Empty")
    cancelled_only = FocusArea.objects.create(cluster=cluster, title="Cancelled only")
    _activity(cluster, uganda, status="cancelled", areas=[cancelled_only])

    gaps = cluster_gaps(cluster=cluster)

    assert [area.title for area in gaps.without_activity] == ["Empty", "Cancelled only"]
    assert empty in gaps.without_activity


def test_a_country_that_raised_a_priority_without_an_activity_there_is_a_gap(setting):
    _network, uganda, _kenya, _round, need, cluster = setting
    area = FocusArea.objects.create(cluster=cluster, title="Supervision")
    area.priorities.add(need)
    _activity(cluster, uganda, country="UG", own_funds=500, areas=[area])

    gaps = cluster_gaps(cluster=cluster)

    assert gaps.without_activity == []
    assert [(gap.focus_area.title, gap.missing_countries) for gap in gaps.missing_countries] == [
        ("Supervision", ["KE"])
    ]
    assert gaps.missing_countries[0].missing_country_names == ["Kenya"]

    _activity(cluster, uganda, country="KE", own_funds=500, areas=[area])
    assert cluster_gaps(cluster=cluster).missing_countries == []


def test_an_activity_with_no_own_funds_and_no_standing_pledge_is_unfunded(setting):
    _network, uganda, _kenya, _round, _need, cluster = setting
    funded_by_itself = _activity(cluster, uganda, own_funds=100)
    pledged = _activity(cluster, uganda)
    withdrawn = _activity(cluster, uganda)
    nothing = _activity(cluster, uganda)
    donor = UserFactory(is_donor=True)
    for activity, withdrawn_at in ((pledged, None), (withdrawn, timezone.now())):
        NetworkPledge.objects.create(
            activity=activity,
            donor=donor,
            organisation=donor.organisation,
            amount=Decimal("50"),
            currency="USD",
            withdrawn_at=withdrawn_at,
        )

    unfunded = cluster_gaps(cluster=cluster).unfunded_activities

    assert unfunded == [withdrawn, nothing]
    assert funded_by_itself not in unfunded and pledged not in unfunded


def test_a_priority_no_cluster_covers_is_a_gap_of_the_network(setting):
    network, _uganda, _kenya, round_, need, cluster = setting
    other = SharedNeed.objects.create(round=round_, title="Financial management")
    area = FocusArea.objects.create(cluster=cluster, title="Supervision")

    assert uncovered_priorities(network=network) == [other, need]

    area.priorities.add(need)
    assert uncovered_priorities(network=network) == [other]


def test_the_reference_round_is_the_latest_published_one(setting):
    network, _uganda, _kenya, open_round, _need, _cluster = setting
    assert reference_round(network=network) == open_round
    published = round_add(
        network,
        year=open_round.year - 1,
        status=NeedsRound.Status.PUBLISHED,
        published_at=timezone.now(),
    )
    assert reference_round(network=network) == published


def test_the_gaps_cost_the_same_queries_for_a_larger_cluster(setting, django_assert_num_queries):
    _network, uganda, kenya, _round, need, cluster = setting
    for index in range(3):
        area = FocusArea.objects.create(cluster=cluster, title=f"Area {index}")
        area.priorities.add(need)
        _activity(cluster, uganda, areas=[area])
        _activity(cluster, kenya, country="KE", areas=[area])
    with django_assert_num_queries(5):
        gaps = cluster_gaps(cluster=cluster)
    assert len(gaps.unfunded_activities) == 6


def test_a_focus_area_on_the_same_need_of_another_year_covers_the_priority(setting):
    """Clusters set up on last year's priorities cover this year's that carry them on, and the
    other way round."""
    network, _uganda, _kenya, open_round, need, cluster = setting
    last = round_add(
        network,
        year=open_round.year - 1,
        status=NeedsRound.Status.PUBLISHED,
        published_at=timezone.now(),
    )
    last_need = SharedNeed.objects.create(round=last, title="Supervision skills")
    need.continues = last_need
    need.save()
    area = FocusArea.objects.create(cluster=cluster, title="Supervision")
    area.priorities.add(need)  # this year's

    assert uncovered_priorities(network=network, round_=last) == []
    area.priorities.set([last_need])  # last year's
    assert uncovered_priorities(network=network, round_=open_round) == []
    area.priorities.clear()
    assert uncovered_priorities(network=network, round_=open_round) == [need]


def test_a_limit_reads_the_first_unfunded_activities_and_counts_them_all(
    setting, django_assert_num_queries
):
    network, uganda, kenya, _round, _need, cluster = setting
    other = cluster_add(network, kenya, theme="Planning")
    today = timezone.localdate()
    mine = [_activity(cluster, uganda) for _ in range(4)]
    for days, activity in zip((30, 10, 20, 10), mine, strict=True):
        Activity.objects.filter(pk=activity.pk).update(starts_on=today - datetime.timedelta(days))
    theirs = [_activity(other, kenya, country="KE") for _ in range(3)]
    _activity(cluster, uganda, own_funds=100)  # funded: neither listed nor counted

    # As many queries as the whole list (no focus area here: no countries to read, four).
    with django_assert_num_queries(4):
        gaps = cluster_gaps(cluster=cluster, unfunded_limit=3)
    with django_assert_num_queries(4):
        cluster_gaps(cluster=cluster)
    # The first three by start (the earlier made of the same day first), of four.
    assert gaps.unfunded_activities == [mine[0], mine[2], mine[1]]
    assert gaps.unfunded_count == 4 and gaps.count == 4
    assert cluster_gaps(cluster=cluster).unfunded_count == 4

    by_cluster = network_cluster_gaps(network=network, unfunded_limit=2)
    assert by_cluster[cluster.pk].unfunded_activities == [mine[0], mine[2]]
    assert by_cluster[other.pk].unfunded_activities == theirs[:2]
    assert [by_cluster[c.pk].unfunded_count for c in (cluster, other)] == [4, 3]

    with django_assert_num_queries(4):
        counted = network_cluster_gaps(network=network, unfunded_limit=0)
    assert counted[cluster.pk].unfunded_activities == []
    assert [counted[c.pk].count for c in (cluster, other)] == [4, 3]
