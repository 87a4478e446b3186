"""The networks of the synthetic platform: each of the same shape (200 members, 5 clusters,
2,000 activities, a round of 40 shared needs with 180 ballots, a half-year reported), built in
bulk; and the network's pages timed as the secretariat, as the other pages are."""

import io
import time

import pytest
from django.db.models import Count, Sum
from django.urls import reverse

from bench import synthetic
from bench.management.commands import bench
from cdfacil import runtime
from networks.models import (
    Activity,
    ActivityReport,
    Allocation,
    ClusterMembership,
    NeedsRound,
    Network,
    NetworkPledge,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def small(monkeypatch):
    monkeypatch.setattr(synthetic, "EVENTS_PER_SCALE", 2)
    monkeypatch.setattr(runtime, "settle", lambda: None)


def test_a_synthetic_network_has_the_shape_of_the_issue(small):
    synthetic.build_platform(scale=1)  # the events, their donors among them
    started = time.perf_counter()
    network = synthetic.build_network(1)
    built_in = time.perf_counter() - started
    assert built_in < 15, built_in  # about a second on a laptop; ten of them at 10x

    assert network.members.count() == 200
    assert network.members.filter(representatives__isnull=True).count() == 0
    assert network.secretariat.count() == 2
    # The round measured: closed, 40 shared needs, 180 ballots of 10 points, last year's
    # published with its result.
    this = network.rounds.get(status=NeedsRound.Status.CLOSED)
    assert this.shared_needs.count() == 40
    assert this.shared_needs.filter(continues__isnull=False).count() == 30
    ballots = Allocation.objects.filter(round=this).annotate(total=Sum("lines__points"))
    assert ballots.count() == 180
    assert {ballot.total for ballot in ballots} == {10}
    last = network.rounds.get(status=NeedsRound.Status.PUBLISHED)
    assert len(last.result) == 30 and last.published_at is not None
    # Five clusters of 40 members (and the one in ten in a second), 400 activities each, every
    # activity by a current member of its cluster.
    clusters = network.clusters.annotate(n=Count("activities"))
    assert [cluster.n for cluster in clusters] == [400] * 5
    activities = Activity.objects.filter(cluster__network=network)
    assert activities.count() == 2000
    current = set(
        ClusterMembership.objects.filter(
            cluster__network=network, left_at__isnull=True
        ).values_list("cluster_id", "member_id")
    )
    assert set(activities.values_list("cluster_id", "member_id")) <= current
    assert len(set(activities.values_list("member_id", flat=True))) == 200
    assert ClusterMembership.objects.filter(cluster__network=network).count() == 220
    assert (
        ClusterMembership.objects.filter(cluster__network=network, left_at__isnull=False).count()
        == 4
    )
    assert activities.filter(partners__isnull=False).count() == 200
    assert activities.filter(own_funds=0).count() == 500
    # A half-year per cluster, closed and submitted, a report on every activity.
    for cluster in network.clusters.all():
        (period,) = cluster.periods.all()
        assert not period.is_open and period.submitted_at is not None
        assert period.reports.count() == 400
    assert ActivityReport.objects.filter(period__cluster__network=network).count() == 2000
    assert NetworkPledge.objects.filter(focus_area__cluster__network=network).count() == 20


def test_networks_grow_with_the_platform_and_network_0_is_measured(small, monkeypatch):
    monkeypatch.setattr(synthetic, "NETWORK_MEMBERS", 20)
    monkeypatch.setattr(synthetic, "NETWORK_ACTIVITIES", 100)
    monkeypatch.setattr(synthetic, "VOTERS", 15)
    subjects = synthetic.build_platform(scale=1)
    assert Network.objects.count() == 1
    assert subjects.network.name == "Synthetic network 0"
    assert subjects.network.secretariat.filter(user=subjects.secretariat).exists()
    assert subjects.secretariat.username == "bench-secretariat"
    assert subjects.needs_round.status == NeedsRound.Status.CLOSED
    assert subjects.period.cluster == subjects.cluster
    assert subjects.cluster.network == subjects.network
    subjects = synthetic.build_platform(scale=3)
    assert Network.objects.count() == 3
    assert subjects.network.name == "Synthetic network 0"
    counts = synthetic.platform_counts()
    assert counts["networks"] == 3 and counts["activities"] == 300
    assert counts["network members"] == 60 and counts["activity reports"] == 300


def test_the_network_pages_make_the_same_queries_as_the_platform_grows(small, monkeypatch):
    """The three pages the bench times, as the secretariat of network 0 sees them at 1x and
    at 3x: the same queries, and the same network's figures on each."""
    monkeypatch.setattr(synthetic, "NETWORK_MEMBERS", 20)
    monkeypatch.setattr(synthetic, "NETWORK_ACTIVITIES", 100)
    monkeypatch.setattr(synthetic, "VOTERS", 15)
    command = bench.Command(stdout=io.StringIO())
    figures, pages = {}, {}
    for scale in (1, 3):
        subjects = synthetic.build_platform(scale=scale)
        figures[scale] = command._pages(subjects, repeat=2, pages=bench.NETWORK_PAGES)
        client = command._clients(subjects)["secretariat"]
        pages[scale] = {
            name: client.get(url_of(subjects)).content.decode()
            for name, (_role, url_of) in bench.NETWORK_PAGES.items()
        }
    assert list(figures[1]) == ["needs ranking", "cluster page", "consolidated report"]
    for name in figures[1]:
        assert figures[1][name].queries == figures[3][name].queries, name
    assert all(len(figure.seconds) == 2 for figure in figures[3].values())
    for scale in (1, 3):
        ranking, cluster, report = pages[scale].values()
        # The closed round's live ranking, every shared need in it, and its ballots.
        assert "Not published" in ranking and "15 ballots so far." in ranking
        assert ranking.count('class="list-group-item') == 40
        assert "Shared need 1: mentorship" in ranking
        # The first cluster: its theme and its work plan's first page.
        assert "Cluster 1: workforce" in cluster
        assert "Activity 1: coaching of district teams" in cluster
        # Its consolidated report: all 20 of its activities reported, by its 4 members.
        assert "Cluster 1: workforce: Consolidated report" in report
        assert "20 / 20" in report
    # The bench's secretariat is of network 0 only: another network's cluster is a 404.
    other = Network.objects.get(name="Synthetic network 1").clusters.first()
    url = reverse("networks:cluster_detail", kwargs={"cluster_pk": other.pk})
    assert client.get(url).status_code == 404
