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


def frozen_result(needs_round: NeedsRound) -> list[dict]:
    """The ranked result of a round's ballots as publishing freezes it into `NeedsRound.result`
    (one dict a need, best first), for rounds written directly as published: the points, the
    members behind each need, the spread of the points (min-max, zero for a ballot that gave
    none), mean ratings, and who raised it. A need carried on from a round before is "new"
    here: the demo's and the bench's published rounds are the first of their networks."""
    from django.db.models import Avg, Count, Max, Min, Q, Sum

    from networks.models import Candidate

    ballots = needs_round.allocations.count()
    needs = needs_round.shared_needs.annotate(
        points=Sum("allocations__points", default=0),
        members=Count("allocations", filter=Q(allocations__points__gt=0)),
        most=Max("allocations__points", default=0),
        least=Min("allocations__points", filter=Q(allocations__points__gt=0), default=0),
        importance=Avg("allocations__importance"),
        feasibility=Avg("allocations__feasibility"),
    ).order_by("-points", "-members", "title", "pk")
    raised = {
        row["shared_need"]: row
        for row in Candidate.objects.filter(shared_need__round=needs_round)
        .values("shared_need")
        .annotate(members=Count("member", distinct=True), events=Count("event", distinct=True))
    }

    def one_place(value):
        return None if value is None else round(float(value), 1)

    return [
        {
            "need": need.pk,
            "rank": rank,
            "title": need.title,
            "description": need.description,
            "level": need.level,
            "level_label": str(need.get_level_display()) if need.level else "",
            "theme": need.theme,
            "points": need.points,
            "members": need.members,
            "ballots": ballots,
            "min": need.least if need.members == ballots else 0,
            "max": need.most,
            "importance": one_place(need.importance),
            "feasibility": one_place(need.feasibility),
            "raised_by_members": raised.get(need.pk, {}).get("members", 0),
            "raised_by_events": raised.get(need.pk, {}).get("events", 0),
            "continues": need.continues_id,
            "last_rank": None,
            "change": "new",
        }
        for rank, need in enumerate(needs, start=1)
    ]


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
    issues."""
    from actionplans.models import ActionPlan, KeyIssue, PlanVersion
    from builders.factories import EventFactory
    from networks.models import NetworkEvent

    event = event or EventFactory()
    NetworkEvent.objects.get_or_create(network=network, event=event)
    plan, _created = ActionPlan.objects.get_or_create(
        event=event, defaults={"title": f"Plan of {event.title}"}
    )
    closed_at = timezone.now() - datetime.timedelta(days=closed_days_ago)
    version = PlanVersion.objects.create(
        plan=plan,
        number=plan.versions.count() + 1,
        snapshot={},
        fingerprint="0" * 64,
        status=status,
        closed_at=closed_at if status != "open" else None,
        # as the withdrawal does: it empties the publication and keeps when
        published_at=closed_at if published and not withdrawn else None,
        withdrawn_at=timezone.now() if withdrawn else None,
    )
    for title in key_issues:
        KeyIssue.objects.create(event=event, title=title, source=KeyIssue.Source.GROUP)
    return version
