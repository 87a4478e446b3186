"""Builders of a network's rows for the tests, the demo and the bench: a network, its
secretariat, its members with a representative each, a round and a cluster. They write rows
directly, as the factories do; call the services when the rule being tested is the service's."""

import datetime

import factory
from django.utils import timezone

from builders.factories import OrganisationFactory, UserFactory
from cdfacil.models import Organisation
from networks.models import (
    Cluster,
    ClusterMembership,
    NeedsRound,
    Network,
    NetworkMember,
    Representative,
    SecretariatSeat,
)


class NetworkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Network

    name = factory.Sequence(lambda n: f"Network {n}")
    description = "An umbrella of organisations working on capacity development."
    language = "en"
    time_zone = "Africa/Kampala"


def secretariat_add(network: Network, user=None, **person):
    """A person of the network's secretariat (a new one of an organisation of kind "other"
    unless given)."""
    user = user or UserFactory(organisation__kind=Organisation.Kind.OTHER, **person)
    SecretariatSeat.objects.create(network=network, user=user)
    return user


def member_add(network: Network, organisation=None, *, representative=True, **org) -> NetworkMember:
    """A member organisation, with one representative of it unless told (`member.rep`)."""
    organisation = organisation or OrganisationFactory(kind=Organisation.Kind.CIVIL_SOCIETY, **org)
    member = NetworkMember.objects.create(network=network, organisation=organisation)
    member.rep = None
    if representative:
        member.rep = UserFactory(organisation=organisation)
        Representative.objects.create(member=member, user=member.rep)
    return member


def round_add(network: Network, *, year=None, status=NeedsRound.Status.OPEN, **fields):
    now = timezone.now()
    return NeedsRound.objects.create(
        network=network,
        year=year or now.year,
        status=status,
        opened_at=now if status != NeedsRound.Status.DRAFT else None,
        closes_at=fields.pop("closes_at", now + datetime.timedelta(days=30)),
        **fields,
    )


def cluster_add(network: Network, convener: NetworkMember, *, theme="Health workforce", **fields):
    """A cluster convened by a member, the convener in it from the start."""
    cluster = Cluster.objects.create(
        network=network, theme=theme, convener=convener.organisation, **fields
    )
    ClusterMembership.objects.create(cluster=cluster, member=convener, joined_at=timezone.now())
    return cluster


def plan_version_add(
    network: Network,
    event=None,
    *,
    status="endorsed",
    published=True,
    withdrawn=False,
    closed_days_ago=30,
    key_issues=("Weak use of data in district planning",),
):
    """An event of the network with a frozen plan version written directly (endorsed, published
    and not withdrawn unless told), closed `closed_days_ago` days ago, and the event's key
    issues, raised the day before and named in the snapshot on its one action."""
    from actionplans.models import ActionPlan, KeyIssue, PlanVersion
    from builders.factories import EventFactory
    from networks.models import NetworkEvent

    event = event or EventFactory()
    NetworkEvent.objects.get_or_create(network=network, event=event)
    plan, _created = ActionPlan.objects.get_or_create(
        event=event, defaults={"title": f"Plan of {event.title}"}
    )
    closed_at = timezone.now() - datetime.timedelta(days=closed_days_ago)
    # What was frozen: one action that the key issues are linked to (the network pulls the key
    # issues a snapshot names, raised before the version closed).
    snapshot = {
        "title": plan.title,
        "objectives": [
            {
                "title": "Better use of data",
                "indicators": [],
                "outputs": [
                    {
                        "title": "Districts plan with their data",
                        "indicators": [],
                        "actions": [
                            {
                                "id": None,
                                "title": "Train district planners",
                                "key_issues": sorted(key_issues),
                            }
                        ],
                    }
                ],
            }
        ],
        "risks": [],
        "bodies": [],
    }
    version = PlanVersion.objects.create(
        plan=plan,
        number=plan.versions.count() + 1,
        snapshot=snapshot,
        fingerprint="0" * 64,
        status=status,
        closed_at=closed_at if status != "open" else None,
        # as the withdrawal does: it empties the publication and keeps when
        published_at=closed_at if published and not withdrawn else None,
        withdrawn_at=timezone.now() if withdrawn else None,
    )
    for title in key_issues:
        issue = KeyIssue.objects.create(event=event, title=title, source=KeyIssue.Source.GROUP)
        if status != "open":
            KeyIssue.objects.filter(pk=issue.pk).update(
                created_at=closed_at - datetime.timedelta(days=1)
            )
    return version
