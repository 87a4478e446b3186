"""The world of the network's permission matrix: network A with one of every object, the
network's people in each role, and network B beside it.

Roles, in the order of ROLES:
- anonymous;
- secretariat: of network A, and focal point of its cluster;
- representative: of a member of network A (not the convener), in the cluster;
- convener: a representative of the organisation that convenes network A's cluster;
- other_network: the secretariat of network B (nothing of A is theirs);
- outsider: signed in, in no network (an event's facilitator);
- donor;
- admin.
"""

import datetime
from decimal import Decimal

from django.utils import timezone

from builders.factories import EventFactory, UserFactory
from builders.networks import NetworkFactory, cluster_add, member_add, round_add, secretariat_add
from networks.models import (
    Activity,
    ActivityReport,
    Allocation,
    AllocationLine,
    Candidate,
    ClusterMembership,
    FocusArea,
    NeedsRound,
    NetworkEvent,
    NetworkInvitation,
    NetworkPledge,
    ReportingPeriod,
    SharedNeed,
)

ROLES = [
    "anonymous",
    "secretariat",
    "representative",
    "convener",
    "other_network",
    "outsider",
    "donor",
    "admin",
]

L, OK = "login", "ok"
# The answers, in the order of ROLES.
PUBLIC = (OK,) * 8
SIGNED_IN = (L, OK, OK, OK, OK, OK, OK, OK)
NETWORK = (L, OK, OK, OK, 404, 404, 404, OK)  # the network's people
# The network's people, and donors once the network has published a result
PUBLISHED = (L, OK, OK, OK, 404, 404, OK, OK)
SECRETARIAT = (L, OK, 403, 403, 404, 404, 404, OK)
# The cluster's managers: the secretariat (its focal point too) and the convener
CLUSTER_MANAGERS = (L, OK, 403, OK, 404, 404, 404, OK)
REPRESENTATIVES = (L, 403, OK, OK, 404, 404, 404, 403)  # acts of a member organisation
DONORS = (L, 403, 403, 403, 404, 404, OK, 403)  # a donor's act on what the network published


class NetworkWorld:
    def __init__(self):
        now = timezone.now()
        self.network = NetworkFactory(name="Network A")
        self.other_network = NetworkFactory(name="Network B")
        self.people = {}
        self.people["secretariat"] = secretariat_add(self.network)
        self.member = member_add(self.network, name="Member organisation")
        self.people["representative"] = self.member.rep
        self.convener_member = member_add(self.network, name="Convener organisation")
        self.people["convener"] = self.convener_member.rep
        self.people["other_network"] = secretariat_add(self.other_network)
        self.other_member = member_add(self.other_network, name="Member of B")
        self.people["outsider"] = UserFactory()
        self.people["donor"] = UserFactory(is_donor=True)
        self.people["admin"] = UserFactory(is_superuser=True, is_staff=True)

        # Last year's round, published; this year's, open.
        self.last_round = round_add(
            self.network,
            year=now.year - 1,
            status=NeedsRound.Status.PUBLISHED,
            published_at=now - datetime.timedelta(days=300),
            closes_at=now - datetime.timedelta(days=310),
        )
        self.round = round_add(self.network, year=now.year)
        self.need = SharedNeed.objects.create(round=self.round, title="Data use in planning")
        self.candidate = Candidate.objects.create(
            round=self.round,
            source=Candidate.Source.MEMBER,
            member=self.member,
            submitted_by=self.member.rep,
            title="Use of data in district planning",
            shared_need=self.need,
        )
        self.allocation = Allocation.objects.create(
            round=self.round, member=self.member, cast_by=self.member.rep
        )
        AllocationLine.objects.create(allocation=self.allocation, need=self.need, points=10)

        self.cluster = cluster_add(
            self.network, self.convener_member, focal_person=self.people["secretariat"]
        )
        ClusterMembership.objects.create(cluster=self.cluster, member=self.member, joined_at=now)
        self.membership = self.cluster.memberships.get(member=self.member)
        self.focus_area = FocusArea.objects.create(cluster=self.cluster, title="District data")
        self.focus_area.priorities.add(self.need)
        self.activity = Activity.objects.create(
            cluster=self.cluster,
            member=self.member,
            title="Training of district planners",
            country="UG",
            starts_on=now.date(),
            ends_on=now.date() + datetime.timedelta(days=180),
            budget=Decimal("20000"),
            currency="USD",
        )
        self.activity.focus_areas.add(self.focus_area)
        self.period = ReportingPeriod.objects.create(
            cluster=self.cluster,
            starts_on=now.date() - datetime.timedelta(days=30),
            ends_on=now.date() + datetime.timedelta(days=150),
            opened_by=self.people["convener"],
        )
        self.report = ActivityReport.objects.create(
            period=self.period,
            activity=self.activity,
            member=self.member,
            status=Activity.Status.ONGOING,
            percent_done=20,
            currency="USD",
            submitted_by=self.member.rep,
        )
        self.pledge = NetworkPledge.objects.create(
            focus_area=self.focus_area,
            donor=self.people["donor"],
            organisation=self.people["donor"].organisation,
            amount=Decimal("5000"),
            currency="USD",
        )

        # The network's own pages: an invitation waiting and an event of the network.
        self.invitation = NetworkInvitation.objects.create(
            network=self.network,
            email="invited@example.org",
            full_name="Invited Person",
            role=NetworkInvitation.Role.SECRETARIAT,
            invited_by=self.people["secretariat"],
            expires_at=now + datetime.timedelta(days=14),
        )
        self.event_link = NetworkEvent.objects.create(
            network=self.network, event=EventFactory(), added_by=self.people["secretariat"]
        )
