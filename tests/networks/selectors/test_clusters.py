"""What the cluster pages read: the actions an activity may serve, the priorities a focus area
may take, the clusters' figures, the work plan's filters and the coordination across clusters."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from builders.networks import NetworkFactory, cluster_add, round_add
from networks.models import Activity, ClusterMembership, FocusArea, NeedsRound, SharedNeed
from networks.selectors import clusters as selectors
from tests.networks.clusters_helpers import Setting, activity_add, plan_action

pytestmark = pytest.mark.django_db


@pytest.fixture
def s():
    return Setting()


def test_only_actions_of_published_endorsed_plans_of_the_networks_events_are_offered(s):
    ours = plan_action(s.network, title="Ours")
    plan_action(s.network, published=False, title="Unpublished")
    plan_action(None, title="Another network's")
    withdrawn = plan_action(s.network, title="Withdrawn")
    withdrawn.output.objective.plan.versions.update(published_at=None, withdrawn_at=timezone.now())
    assert [action.title for action in selectors.linkable_actions(network=s.network)] == [
        ours.title
    ]


def test_a_focus_area_takes_the_needs_of_the_reference_and_open_rounds(s):
    old = round_add(s.network, year=2024, status=NeedsRound.Status.PUBLISHED)
    last = round_add(s.network, year=2025, status=NeedsRound.Status.PUBLISHED)
    current = round_add(s.network, year=2026)
    for round_ in (old, last, current):
        SharedNeed.objects.create(round=round_, title=f"Need {round_.year}")
    SharedNeed.objects.create(round=round_add(NetworkFactory(), year=2026), title="Elsewhere")
    titles = [need.title for need in selectors.priority_choices(network=s.network)]
    assert titles == ["Need 2026", "Need 2025"]


def test_the_clusters_figures_leave_cancelled_activities_and_former_members_out(s):
    activity_add(s.cluster, s.member, budget=100, currency="USD")
    activity_add(s.cluster, s.member, budget=50, currency="USD")
    activity_add(s.cluster, s.convener, budget=2000, currency="UGX")
    activity_add(s.cluster, s.convener, budget=999, currency="EUR", status="cancelled")
    s.membership.left_at = timezone.now()
    s.membership.save()
    FocusArea.objects.create(cluster=s.cluster, title="B", order=2)
    FocusArea.objects.create(cluster=s.cluster, title="A", order=1)
    [row] = selectors.cluster_rows(network=s.network)
    assert row.cluster.member_count == 1
    assert row.cluster.activity_count == 3
    assert [(currency, int(total)) for currency, total in row.budgets] == [
        ("UGX", 2000),
        ("USD", 150),
    ]
    assert [area.title for area in row.cluster.focus_areas.all()] == ["A", "B"]


def test_the_work_plan_filters_by_country_member_status_and_focus_area(s):
    area = FocusArea.objects.create(cluster=s.cluster, title="Area")
    kenya = activity_add(s.cluster, s.member, title="Kenya", country="KE")
    kenya.focus_areas.add(area)
    with_partner = activity_add(s.cluster, s.convener, title="Together", status="ongoing")
    with_partner.partners.add(s.member)
    activity_add(s.cluster, s.convener, title="Alone")

    def titles(**chosen):
        ids = selectors.work_plan(cluster=s.cluster, **chosen)
        return sorted(a.title for a in selectors.work_plan_rows(ids))

    assert titles(country="KE") == ["Kenya"]
    assert titles(member=s.member) == ["Kenya", "Together"]
    assert titles(status="ongoing") == ["Together"]
    assert titles(focus_area=area) == ["Kenya"]
    assert selectors.work_plan_countries(cluster=s.cluster) == ["KE", "UG"]


def test_members_come_current_first_then_former_with_their_dates(s):
    s.membership.left_at = timezone.now()
    s.membership.save()
    rows = selectors.cluster_members(cluster=s.cluster)
    assert [(str(row.member), row.left_at is None) for row in rows] == [
        ("Convening NGO", True),
        ("Member NGO", False),
    ]


def test_coordination_finds_organisations_and_actions_shared_by_clusters(s):
    other = cluster_add(s.network, s.outside, theme="Another")
    ClusterMembership.objects.create(cluster=other, member=s.member, joined_at=timezone.now())
    action = plan_action(s.network)
    activity_add(s.cluster, s.member, title="Here", action=action)
    activity_add(other, s.outside, title="There", action=action).partners.add(s.member)
    activity_add(other, s.outside, title="Cancelled", status="cancelled", action=action)
    activity_add(s.cluster, s.convener, title="Alone")

    [organisation] = selectors.shared_organisations(network=s.network)
    assert organisation.member == s.member
    assert [
        (cluster.theme, [a.title for a in activities])
        for cluster, activities in organisation.clusters
    ] == [("Another", ["There"]), ("Health workforce", ["Here"])]
    [shared] = selectors.shared_actions(network=s.network)
    assert shared.action == action
    assert sorted(
        (cluster.theme, [a.title for a in activities]) for cluster, activities in shared.clusters
    ) == [("Another", ["There"]), ("Health workforce", ["Here"])]


def test_the_work_plan_page_of_2000_activities_reads_as_few_queries_as_of_two(s):
    """The bench times the cluster page at 2,000 activities."""
    area = FocusArea.objects.create(cluster=s.cluster, title="Area")
    today = datetime.date(2027, 1, 1)

    def grow(count):
        made = Activity.objects.bulk_create(
            Activity(
                cluster=s.cluster,
                member=s.member if index % 2 else s.convener,
                title=f"Activity {index}",
                country=["UG", "KE", "TZ"][index % 3],
                starts_on=today,
                ends_on=today,
                budget=100,
                currency="USD",
            )
            for index in range(count)
        )
        Activity.focus_areas.through.objects.bulk_create(
            Activity.focus_areas.through(activity_id=a.pk, focusarea_id=area.pk) for a in made
        )

    def read():
        with CaptureQueriesContext(connection) as queries:
            selectors.work_plan_rows(selectors.work_plan(cluster=s.cluster, country="KE")[:50])
            selectors.work_plan_countries(cluster=s.cluster)
        return len(queries)

    grow(2)
    small = read()
    grow(1998)
    assert read() == small
