"""The rules of thematic clusters: joining and leaving kept with their dates, the convener
staying, activities' partners, focus areas, linked actions, dates and money."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from builders.factories import UserFactory
from builders.networks import member_add
from networks.models import (
    Activity,
    ActivityReport,
    ClusterMembership,
    FocusArea,
    NetworkPledge,
    ReportingPeriod,
)
from networks.services import clusters as services
from tests.networks.clusters_helpers import Setting, activity_add, activity_data, plan_action

pytestmark = pytest.mark.django_db


@pytest.fixture
def s():
    return Setting()


def test_a_new_cluster_has_its_convener_as_member_and_a_focal_point_of_the_secretariat(s):
    cluster = services.cluster_create(
        network=s.network,
        theme="Supply chains",
        convener=s.member,
        focal_person=s.secretariat,
        by=s.secretariat,
    )
    assert cluster.convener == s.member.organisation
    assert list(cluster.memberships.values_list("member", "left_at")) == [(s.member.pk, None)]

    with pytest.raises(ValidationError) as refused:
        services.cluster_create(
            network=s.network,
            theme="Finance",
            convener=s.member,
            focal_person=s.member.rep,
            by=s.secretariat,
        )
    assert "focal_person" in refused.value.error_dict
    with pytest.raises(ValidationError):
        services.cluster_create(network=s.network, theme="X", convener=s.member, by=s.member.rep)


def test_joining_and_leaving_are_kept_with_their_dates_and_joining_again_is_a_new_row(s):
    joined = services.cluster_join(cluster=s.cluster, member=s.outside, by=s.outside.rep)
    assert joined.joined_at is not None and joined.left_at is None
    with pytest.raises(ValidationError, match="in the cluster already"):
        services.cluster_join(cluster=s.cluster, member=s.outside, by=s.outside.rep)

    left = services.cluster_leave(membership=joined, by=s.outside.rep)
    assert left.left_at >= left.joined_at
    again = services.cluster_join(cluster=s.cluster, member=s.outside, by=s.outside.rep)

    rows = ClusterMembership.objects.filter(cluster=s.cluster, member=s.outside)
    assert rows.count() == 2
    assert rows.get(pk=joined.pk).left_at is not None
    assert rows.get(pk=again.pk).left_at is None
    with pytest.raises(ValidationError, match="left the cluster already"):
        services.cluster_leave(membership=joined, by=s.outside.rep)


def test_only_a_representative_makes_their_organisation_join(s):
    with pytest.raises(ValidationError, match="you represent"):
        services.cluster_join(cluster=s.cluster, member=s.outside, by=s.member.rep)
    with pytest.raises(ValidationError, match="you represent"):
        services.cluster_join(cluster=s.cluster, member=s.outside, by=s.secretariat)


def test_a_member_leaving_keeps_its_activities_and_reported_history(s):
    activity = activity_add(s.cluster, s.member, title="Coaching in Kisumu", country="KE")
    period = ReportingPeriod.objects.create(
        cluster=s.cluster,
        starts_on=datetime.date(2027, 1, 1),
        ends_on=datetime.date(2027, 6, 30),
    )
    report = ActivityReport.objects.create(
        period=period,
        activity=activity,
        member=s.member,
        status=Activity.Status.ONGOING,
        percent_done=40,
        narrative="Two districts coached.",
        currency="USD",
    )

    services.cluster_leave(membership=s.membership, by=s.member.rep)

    activity.refresh_from_db()
    assert activity.member == s.member and activity.cluster == s.cluster
    assert list(ActivityReport.objects.filter(member=s.member)) == [report]
    assert ActivityReport.objects.get(pk=report.pk).narrative == "Two districts coached."
    assert s.cluster.memberships.get(pk=s.membership.pk).left_at is not None


def test_the_convener_cannot_leave_its_own_cluster(s):
    convening = s.cluster.memberships.get(member=s.convener)
    with pytest.raises(ValidationError, match="convener cannot leave"):
        services.cluster_leave(membership=convening, by=s.secretariat)
    assert s.cluster.memberships.get(pk=convening.pk).left_at is None


def test_partners_must_be_other_current_members_of_the_cluster(s):
    with pytest.raises(ValidationError) as refused:
        services.activity_create(
            cluster=s.cluster,
            member=s.member,
            data=activity_data(),
            partners=[s.outside],
            by=s.member.rep,
        )
    assert "partners" in refused.value.error_dict
    assert "Outside NGO" in str(refused.value)

    activity = services.activity_create(
        cluster=s.cluster,
        member=s.member,
        data=activity_data(),
        partners=[s.convener],
        by=s.member.rep,
    )
    assert list(activity.partners.all()) == [s.convener]

    # A partner that leaves stays on the activity when it is edited; a new one must be current.
    joined = services.cluster_join(cluster=s.cluster, member=s.outside, by=s.outside.rep)
    services.activity_update(
        activity=activity, data={}, partners=[s.convener, s.outside], by=s.member.rep
    )
    services.cluster_leave(membership=joined, by=s.outside.rep)
    services.activity_update(
        activity=activity,
        data={"region": "Lira"},
        partners=[s.convener, s.outside],
        by=s.member.rep,
    )
    assert set(activity.partners.all()) == {s.convener, s.outside}


def test_a_representative_adds_activities_only_for_their_organisation(s):
    with pytest.raises(ValidationError, match="you represent"):
        services.activity_create(
            cluster=s.cluster, member=s.convener, data=activity_data(), by=s.member.rep
        )
    # The cluster's managers add for any current member, not for one outside the cluster.
    services.activity_create(
        cluster=s.cluster, member=s.member, data=activity_data(), by=s.secretariat
    )
    with pytest.raises(ValidationError) as refused:
        services.activity_create(
            cluster=s.cluster, member=s.outside, data=activity_data(), by=s.secretariat
        )
    assert "member" in refused.value.error_dict


def test_an_activitys_focus_areas_must_be_the_clusters(s):
    other = services.cluster_create(
        network=s.network, theme="Other", convener=s.outside, by=s.secretariat
    )
    theirs = FocusArea.objects.create(cluster=other, title="Theirs")
    ours = FocusArea.objects.create(cluster=s.cluster, title="Ours")
    with pytest.raises(ValidationError) as refused:
        services.activity_create(
            cluster=s.cluster,
            member=s.member,
            data=activity_data(),
            focus_areas=[ours, theirs],
            by=s.member.rep,
        )
    assert "focus_areas" in refused.value.error_dict
    activity = services.activity_create(
        cluster=s.cluster,
        member=s.member,
        data=activity_data(),
        focus_areas=[ours],
        by=s.member.rep,
    )
    assert list(activity.focus_areas.all()) == [ours]


def test_the_linked_action_must_be_of_a_published_endorsed_plan_of_a_network_event(s):
    unpublished = plan_action(s.network, published=False)
    elsewhere = plan_action(None)
    ours = plan_action(s.network)
    for action in (unpublished, elsewhere):
        with pytest.raises(ValidationError) as refused:
            services.activity_create(
                cluster=s.cluster,
                member=s.member,
                data=activity_data(action=action),
                by=s.member.rep,
            )
        assert "action" in refused.value.error_dict
    withdrawn = ours.output.objective.plan.versions.get()
    activity = services.activity_create(
        cluster=s.cluster, member=s.member, data=activity_data(action=ours), by=s.member.rep
    )
    assert activity.action == ours
    withdrawn.published_at, withdrawn.withdrawn_at = None, timezone.now()
    withdrawn.save()
    with pytest.raises(ValidationError) as refused:
        services.activity_update(
            activity=activity, data=activity_data(action=ours), by=s.member.rep
        )
    assert "action" in refused.value.error_dict


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"ends_on": datetime.date(2020, 1, 1)}, "ends_on"),
        ({"budget": Decimal("-1")}, "budget"),
        ({"own_funds": Decimal("-5")}, "own_funds"),
        ({"own_funds": Decimal("6000")}, "own_funds"),
        ({"currency": "XYZ"}, "currency"),
    ],
)
def test_dates_and_money_are_checked(s, changes, field):
    with pytest.raises(ValidationError) as refused:
        services.activity_create(
            cluster=s.cluster, member=s.member, data=activity_data(**changes), by=s.member.rep
        )
    assert field in refused.value.error_dict
    assert not Activity.objects.exists()


def test_an_activity_with_reports_or_pledges_is_not_deleted_but_may_be_cancelled(s):
    reported = activity_add(s.cluster, s.member, title="Reported")
    pledged = activity_add(s.cluster, s.member, title="Pledged")
    free = activity_add(s.cluster, s.member, title="Free")
    period = ReportingPeriod.objects.create(
        cluster=s.cluster, starts_on=datetime.date(2027, 1, 1), ends_on=datetime.date(2027, 6, 30)
    )
    ActivityReport.objects.create(
        period=period,
        activity=reported,
        member=s.member,
        status="ongoing",
        percent_done=10,
        currency="USD",
    )
    donor = UserFactory(is_donor=True)
    NetworkPledge.objects.create(
        activity=pledged,
        donor=donor,
        organisation=donor.organisation,
        amount=Decimal("10"),
        currency="USD",
    )
    for activity in (reported, pledged):
        with pytest.raises(ValidationError, match="cancelled instead"):
            services.activity_delete(activity=activity, by=s.member.rep)
    services.activity_update(
        activity=reported, data={"status": Activity.Status.CANCELLED}, by=s.member.rep
    )
    assert Activity.objects.get(pk=reported.pk).status == "cancelled"
    services.activity_delete(activity=free, by=s.member.rep)
    assert set(Activity.objects.values_list("title", flat=True)) == {"Reported", "Pledged"}


def test_a_focus_area_in_use_is_not_deleted(s):
    used = FocusArea.objects.create(cluster=s.cluster, title="Used")
    activity_add(s.cluster, s.member).focus_areas.add(used)
    unused = FocusArea.objects.create(cluster=s.cluster, title="Unused")
    with pytest.raises(ValidationError, match="use this focus area"):
        services.focus_area_delete(focus_area=used, by=s.secretariat)
    services.focus_area_delete(focus_area=unused, by=s.secretariat)
    assert list(FocusArea.objects.values_list("title", flat=True)) == ["Used"]


def test_a_focus_areas_priorities_come_from_the_networks_current_rounds(s):
    from builders.networks import NetworkFactory, round_add
    from networks.models import SharedNeed

    current = SharedNeed.objects.create(round=round_add(s.network), title="Current")
    foreign = SharedNeed.objects.create(round=round_add(NetworkFactory()), title="Foreign")
    with pytest.raises(ValidationError) as refused:
        services.focus_area_create(
            cluster=s.cluster, title="Area", priorities=[current, foreign], by=s.convener.rep
        )
    assert "priorities" in refused.value.error_dict
    area = services.focus_area_create(
        cluster=s.cluster, title="Area", priorities=[current], by=s.convener.rep
    )
    assert list(area.priorities.all()) == [current]
    with pytest.raises(ValidationError):
        services.focus_area_create(cluster=s.cluster, title="Nope", by=member_add(s.network).rep)


def test_only_the_secretariat_changes_the_convener_who_then_joins(s):
    with pytest.raises(ValidationError) as refused:
        services.cluster_update(
            cluster=s.cluster,
            theme="Health workforce",
            description="",
            convener=s.outside,
            focal_person=s.secretariat,
            by=s.convener.rep,
        )
    assert "convener" in refused.value.error_dict
    services.cluster_update(
        cluster=s.cluster,
        theme="Health workforce",
        description="Renamed",
        convener=s.outside,
        focal_person=s.secretariat,
        by=s.secretariat,
    )
    s.cluster.refresh_from_db()
    assert s.cluster.convener == s.outside.organisation and s.cluster.description == "Renamed"
    assert s.cluster.memberships.filter(member=s.outside, left_at__isnull=True).exists()
    # The former convener may leave now.
    services.cluster_leave(
        membership=s.cluster.memberships.get(member=s.convener), by=s.convener.rep
    )
