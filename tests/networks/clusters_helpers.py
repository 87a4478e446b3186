"""Rows the cluster tests share: a network with a convened cluster, activities, and an
endorsed plan version of one of its events."""

import datetime
from decimal import Decimal

from django.utils import timezone

from actionplans.models import Action, ActionPlan, Objective, Output, PlanVersion
from builders.factories import EventFactory
from builders.networks import NetworkFactory, cluster_add, member_add, secretariat_add
from networks.models import Activity, ClusterMembership, NetworkEvent


class Setting:
    """Network with a secretariat, three members (the convener's, one in the cluster, one
    outside it) and one cluster."""

    def __init__(self):
        self.network = NetworkFactory()
        self.secretariat = secretariat_add(self.network)
        self.convener = member_add(self.network, name="Convening NGO", country="UG")
        self.member = member_add(self.network, name="Member NGO", country="KE")
        self.outside = member_add(self.network, name="Outside NGO", country="TZ")
        self.cluster = cluster_add(self.network, self.convener, focal_person=self.secretariat)
        self.membership = ClusterMembership.objects.create(
            cluster=self.cluster, member=self.member, joined_at=timezone.now()
        )


def activity_add(cluster, member, *, title="Activity", country="UG", own_funds=0, **fields):
    today = timezone.now().date()
    return Activity.objects.create(
        cluster=cluster,
        member=member,
        title=title,
        country=country,
        starts_on=fields.pop("starts_on", today),
        ends_on=fields.pop("ends_on", today + datetime.timedelta(days=90)),
        budget=fields.pop("budget", Decimal("1000")),
        own_funds=Decimal(own_funds),
        currency=fields.pop("currency", "USD"),
        **fields,
    )


def plan_action(network=None, *, published=True, title="Train district planners"):
    """An action of a plan of an event (of `network` when given), its version endorsed and
    published unless told."""
    event = EventFactory()
    if network is not None:
        NetworkEvent.objects.create(network=network, event=event)
    plan = ActionPlan.objects.create(event=event, title="Plan")
    objective = Objective.objects.create(plan=plan, title="Objective")
    output = Output.objects.create(objective=objective, title="Output")
    action = Action.objects.create(output=output, title=title)
    PlanVersion.objects.create(
        plan=plan,
        number=1,
        snapshot={},
        fingerprint="x",
        status=PlanVersion.Status.ENDORSED,
        published_at=timezone.now() if published else None,
    )
    return action


def activity_data(**changes):
    today = timezone.now().date()
    data = {
        "title": "Mentoring of district teams",
        "description": "",
        "country": "UG",
        "region": "Gulu",
        "starts_on": today,
        "ends_on": today + datetime.timedelta(days=60),
        "status": "planned",
        "budget": Decimal("5000"),
        "currency": "USD",
        "own_funds": Decimal("1000"),
        "action": None,
    }
    data.update(changes)
    return data
