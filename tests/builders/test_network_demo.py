"""The demo network tells a true story: twelve members across three countries, last year's
result published, this year's round open for a week more with nine ballots in, two clusters
with their work plans and gaps, a half-year reported and the next one open."""

import datetime
import io
import zoneinfo
from unittest import mock

import pytest
from django.core.management import call_command
from django.db.models import Sum

from builders.demo.content import FOLLOW_UP_TITLE, LOGINS
from builders.demo.network_content import NETWORK_NAME
from networks.models import (
    Activity,
    ActivityReport,
    Allocation,
    AllocationLine,
    Candidate,
    Cluster,
    ClusterMembership,
    FocusArea,
    NeedsRound,
    Network,
    NetworkPledge,
    ReportingPeriod,
    SharedNeed,
)

pytestmark = pytest.mark.django_db

KAMPALA = zoneinfo.ZoneInfo("Africa/Kampala")


@pytest.fixture
def network(request):
    """The demo loaded on the day given (10:30 in Kampala), its clock kept for the test."""
    today = request.param
    now = datetime.datetime.combine(today, datetime.time(10, 30), tzinfo=KAMPALA)
    with mock.patch("django.utils.timezone.now", return_value=now):
        call_command("seed_demo", stdout=io.StringIO())
        network = Network.objects.get(name=NETWORK_NAME)
        network.now, network.today = now, today
        yield network


# A Tuesday of December (the current half-year reported) and New Year's Day (the half-year just
# ended is the one reported, and this year's round opened last year).
DAYS = [datetime.date(2026, 12, 8), datetime.date(2027, 1, 1)]


@pytest.mark.parametrize("network", DAYS, indirect=True, ids=["december", "new-year"])
def test_the_demo_network_tells_a_true_story(network):
    now, today = network.now, network.today
    assert (network.language, network.time_zone) == ("en", "Africa/Kampala")
    # The demo's three events, twelve members with a representative each, two in the secretariat.
    assert network.event_links.count() == 3
    members = {m.organisation.acronym: m for m in network.members.select_related("organisation")}
    assert len(members) == 12
    assert all(member.representatives.count() == 1 for member in members.values())
    assert {member.organisation.country.code for member in members.values()} == {"UG", "KE", "TZ"}
    assert network.secretariat.count() == 2
    for username in ("secretariat", "convener", "representative"):
        assert username in LOGINS
    assert network.secretariat.filter(user__username="secretariat").exists()

    # Last year's round: its result published and frozen, ranked, 11 ballots of 10 points.
    last = network.rounds.get(year=today.year - 1)
    assert last.status == NeedsRound.Status.PUBLISHED and last.published_at < now
    assert [row["rank"] for row in last.result] == list(range(1, 9))
    assert {row["need"] for row in last.result} == set(
        last.shared_needs.values_list("pk", flat=True)
    )
    first = last.result[0]
    assert first["title"] == "Retention of health workers in remote districts"
    assert (first["points"], first["members"], first["ballots"]) == (19, 5, 11)
    points = [row["points"] for row in last.result]
    assert points == sorted(points, reverse=True) and sum(points) == 11 * 10
    assert last.shared_needs.filter(sources__isnull=True).count() == 0

    # This year's round: open, closing in a week, ten needs from members' candidates and from
    # the published plan, six carrying on last year's.
    this = network.rounds.get(year=today.year)
    assert this.status == NeedsRound.Status.OPEN
    assert datetime.timedelta(days=6) < this.closes_at - now < datetime.timedelta(days=8)
    assert this.opened_at < now
    assert this.shared_needs.count() == 10
    assert this.shared_needs.filter(continues__round=last).count() == 6
    assert not this.shared_needs.filter(sources__isnull=True).exists()
    from_plan = this.candidates.exclude(source=Candidate.Source.MEMBER)
    assert from_plan.filter(source=Candidate.Source.KEY_ISSUE).count() == 3
    assert from_plan.filter(source=Candidate.Source.GAP).count() == 2
    for candidate in from_plan:
        assert candidate.event.title == FOLLOW_UP_TITLE
        assert candidate.plan_version.published_at is not None
        assert candidate.plan_version.status == "endorsed"
        assert candidate.key_issue_id or (candidate.question_code and candidate.gap > 0)
        assert candidate.shared_need.round == this
    assert this.candidates.filter(shared_need__isnull=True).count() == 1  # to consolidate

    # Nine ballots, within the allowance, most spending all ten points.
    ballots = Allocation.objects.filter(round=this).annotate(total=Sum("lines__points"))
    assert ballots.count() == 9
    assert all(ballot.total <= this.points_per_member for ballot in ballots)
    assert sum(ballot.total == 10 for ballot in ballots) == 7
    not_voted = network.members.exclude(allocations__round=this)
    assert not_voted.count() == 3
    representative = network.members.get(representatives__user__username="representative")
    assert representative in not_voted

    # Two clusters, convened by members, a focal point from the secretariat each.
    clusters = {cluster.theme: cluster for cluster in network.clusters.all()}
    assert len(clusters) == 2
    seats = set(network.secretariat.values_list("user_id", flat=True))
    for cluster in clusters.values():
        assert network.members.filter(organisation=cluster.convener).exists()
        assert cluster.focal_person_id in seats
    first = clusters["Health workforce development"]
    convener = network.members.get(representatives__user__username="convener")
    assert convener.organisation == first.convener
    assert representative.organisation not in {c.convener for c in clusters.values()}
    # One member left cluster 2 after reporting on the half-year done.
    left = ClusterMembership.objects.get(cluster__network=network, left_at__isnull=False)
    assert left.cluster.theme == "District planning and health information"
    assert left.left_at < now
    assert ActivityReport.objects.filter(member=left.member, period__cluster=left.cluster).exists()
    assert all(
        report.submitted_at < left.left_at
        for report in ActivityReport.objects.filter(member=left.member)
    )

    # Focus areas on this year's needs; the work plans across three countries.
    areas = FocusArea.objects.filter(cluster__network=network)
    assert areas.count() == 6
    assert not areas.filter(priorities__round=last).exists()
    assert all(area.priorities.filter(round=this).exists() for area in areas)
    activities = Activity.objects.filter(cluster__network=network)
    assert 12 <= activities.count() <= 20
    assert set(activities.values_list("country", flat=True)) == {"UG", "KE", "TZ"}
    assert activities.filter(partners__isnull=False).distinct().count() == 4
    linked = activities.filter(action__isnull=False)
    assert linked.count() == 2
    assert all(a.action.output.objective.plan.event.title == FOLLOW_UP_TITLE for a in linked)
    for activity in activities:
        assert activity.focus_areas.exists()
        # By a member of its cluster, who had joined it by then.
        membership = ClusterMembership.objects.get(cluster=activity.cluster, member=activity.member)
        assert membership.joined_at.date() <= activity.starts_on
        if activity.status == Activity.Status.DONE:
            assert activity.ends_on < today
        if activity.status == Activity.Status.PLANNED:
            assert activity.starts_on > today
    # The gaps: a focus area with no activity, activities with no funding at all.
    assert [area.title for area in areas.filter(activities__isnull=True)] == [
        "Retention in hard-to-reach districts"
    ]
    unfunded = activities.filter(own_funds=0, pledges__isnull=True)
    assert unfunded.count() >= 1

    # Per cluster, the half-year done closed and submitted with every member with activities in
    # it reporting; the next one open, due in three weeks, some members reported, not all.
    for cluster in clusters.values():
        done, current = cluster.periods.order_by("starts_on")
        assert done.closed_at < now and done.submitted_at < now and done.ends_on < today
        assert current.is_open and current.submitted_at is None
        assert now < current.due_at < now + datetime.timedelta(days=22)
        under_way = {
            a.member_id
            for a in cluster.activities.all()
            if a.starts_on <= done.ends_on and a.ends_on >= done.starts_on
        }
        assert set(done.reports.values_list("member_id", flat=True)) == under_way
        reported = set(current.reports.values_list("member_id", flat=True))
        working = {a.member_id for a in cluster.activities.all() if a.starts_on <= today}
        assert reported and reported < working
        assert all(r.submitted_at <= done.closed_at for r in done.reports.all())

    # The demo donor's pledges, one to a focus area, one to an activity.
    pledges = NetworkPledge.objects.filter(donor__username="donor")
    assert pledges.count() == 2
    assert pledges.filter(focus_area__cluster__network=network).count() == 1
    assert pledges.filter(activity__cluster__network=network).count() == 1

    # Every row keeps the models' rules (choices, lengths, constraints), as a form would.
    rows = [
        network,
        *network.members.all(),
        *NeedsRound.objects.filter(network=network),
        *SharedNeed.objects.filter(round__network=network),
        *Candidate.objects.filter(round__network=network),
        *Allocation.objects.filter(round__network=network),
        *AllocationLine.objects.filter(allocation__round__network=network),
        *Cluster.objects.filter(network=network),
        *ClusterMembership.objects.filter(cluster__network=network),
        *areas,
        *activities,
        *ReportingPeriod.objects.filter(cluster__network=network),
        *ActivityReport.objects.filter(period__cluster__network=network),
        *pledges,
    ]
    for row in rows:
        row.full_clean()

    # Loading again makes nothing new.
    call_command("seed_demo", stdout=io.StringIO())
    assert Network.objects.count() == 1 and network.rounds.count() == 2
