"""The loaders of the network's pages: each gives the object the URL names when the person may
know of it (the `view_*` rule of its kind), else None (404), with the person's roles in the
network kept on it so the rules checked next cost no query."""

from django.db.models import Q

from networks.models import (
    Activity,
    Cluster,
    NeedsRound,
    Network,
    ReportingPeriod,
    Representative,
    SecretariatSeat,
)
from networks.roles import read_roles


def _kept(user, network):
    network.viewer_roles = read_roles(user, network)
    return network


def network_for(*, user, network_pk: int) -> Network | None:
    network = Network.objects.filter(pk=network_pk).first()
    if network is None:
        return None
    _kept(user, network)
    return network if user.has_perm("networks.view_network", network) else None


def round_for(*, user, round_pk: int) -> NeedsRound | None:
    round_ = NeedsRound.objects.select_related("network").filter(pk=round_pk).first()
    if round_ is None:
        return None
    _kept(user, round_.network)
    return round_ if user.has_perm("networks.view_round", round_) else None


def cluster_for(*, user, cluster_pk: int) -> Cluster | None:
    cluster = (
        Cluster.objects.select_related("network", "convener", "focal_person")
        .filter(pk=cluster_pk)
        .first()
    )
    if cluster is None:
        return None
    _kept(user, cluster.network)
    return cluster if user.has_perm("networks.view_cluster", cluster) else None


def activity_for(*, user, activity_pk: int) -> Activity | None:
    activity = (
        Activity.objects.select_related("cluster__network", "member__organisation")
        .filter(pk=activity_pk)
        .first()
    )
    if activity is None:
        return None
    _kept(user, activity.cluster.network)
    return activity if user.has_perm("networks.view_cluster", activity.cluster) else None


def period_for(*, user, period_pk: int) -> ReportingPeriod | None:
    period = ReportingPeriod.objects.select_related("cluster__network").filter(pk=period_pk).first()
    if period is None:
        return None
    _kept(user, period.cluster.network)
    return period if user.has_perm("networks.view_period", period) else None


def networks_of(*, user):
    """The networks this person is in (all of them for an administrator)."""
    if user.is_superuser:
        return Network.objects.all()
    return Network.objects.filter(
        Q(pk__in=SecretariatSeat.objects.filter(user=user).values("network_id"))
        | Q(
            pk__in=Representative.objects.filter(user=user, member__left_at__isnull=True).values(
                "member__network_id"
            )
        )
    )
