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
