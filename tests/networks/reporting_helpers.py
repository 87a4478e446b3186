"""A cluster with members, activities and an open period, for the reporting and funding tests."""

import datetime
from decimal import Decimal

from django.utils import timezone

from builders.factories import UserFactory
from builders.networks import NetworkFactory, cluster_add, member_add, round_add, secretariat_add
from networks.models import (
    Activity,
    ClusterMembership,
    FocusArea,
    NeedsRound,
    NetworkPledge,
    SharedNeed,
)
from networks.services import reporting


class Setting:
    """Network with a secretariat, a convener and two members in one cluster, a focus area
    linked to a published shared priority, and an open period of the current half-year."""

    def __init__(self):
        now = timezone.now()
        self.network = NetworkFactory()
        self.secretariat = secretariat_add(self.network, email="sec@example.org")
        self.convener_member = member_add(self.network, name="Convener org")
        self.convener = self.convener_member.rep
        self.cluster = cluster_add(self.network, self.convener_member)
        self.members = []
        for name in ("Alpha org", "Beta org"):
            member = member_add(self.network, name=name)
            ClusterMembership.objects.create(cluster=self.cluster, member=member, joined_at=now)
            self.members.append(member)
        self.round = round_add(self.network, status=NeedsRound.Status.PUBLISHED, published_at=now)
        self.need = SharedNeed.objects.create(round=self.round, title="Data use")
        self.area = FocusArea.objects.create(cluster=self.cluster, title="District data")
        self.area.priorities.add(self.need)
        self.donor = UserFactory(is_donor=True)
        self.period = reporting.period_open(
            cluster=self.cluster,
            by=self.convener,
            starts_on=now.date() - datetime.timedelta(days=30),
            ends_on=now.date() + datetime.timedelta(days=150),
        )

    def activity(self, member, *, budget="1000", own="0", currency="USD", status="ongoing", **kw):
        today = timezone.now().date()
        activity = Activity.objects.create(
            cluster=self.cluster,
            member=member,
            title=kw.pop("title", f"Work of {member}"),
            country=kw.pop("country", "UG"),
            starts_on=kw.pop("starts_on", today),
            ends_on=kw.pop("ends_on", today + datetime.timedelta(days=90)),
            budget=Decimal(budget),
            own_funds=Decimal(own),
            currency=currency,
            status=status,
        )
        activity.focus_areas.set(kw.pop("areas", [self.area]))
        return activity

    def report(self, activity, *, by=None, period=None, **data):
        return reporting.activity_report_save(
            period=period or self.period,
            activity=activity,
            by=by or activity.member.rep,
            data={
                "status": "ongoing",
                "percent_done": 50,
                "currency": activity.currency,
                "funds_spent": Decimal("100"),
                **data,
            },
        )

    def pledge(self, *, area=None, activity=None, amount="500", currency="USD", **fields):
        return NetworkPledge.objects.create(
            focus_area=area,
            activity=activity,
            donor=self.donor,
            organisation=self.donor.organisation,
            amount=Decimal(amount),
            currency=currency,
            **fields,
        )


def period_closed(setting):
    return reporting.period_close(period=setting.period, by=setting.convener)
