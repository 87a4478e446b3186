"""The loaders of the network's pages: each gives the object the URL names when the person may
know of it (the `view_*` rule of its kind), else None (404), with the person's roles in the
network kept on it so the rules checked next cost no query."""

from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils import timezone

from networks.models import (
    Activity,
    Cluster,
    NeedsRound,
    Network,
    NetworkEvent,
    NetworkMember,
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


# The network's own pages


def member_for(*, network: Network, member_pk: int) -> NetworkMember | None:
    return (
        NetworkMember.objects.select_related("organisation")
        .filter(network=network, pk=member_pk)
        .first()
    )


def network_members(*, network: Network) -> tuple[list, list]:
    """(current members, former members), each with its representatives, in two queries."""
    members = list(
        network.members.select_related("organisation").prefetch_related(
            Prefetch(
                "representatives",
                queryset=Representative.objects.select_related("user").order_by(
                    "user__last_name", "user__first_name", "pk"
                ),
            )
        )
    )
    for member in members:
        member.network = network
    return [m for m in members if m.is_active], [m for m in members if not m.is_active]


def network_people(*, network: Network) -> dict:
    """The secretariat, the representatives of current members and the invitations waiting."""
    now = timezone.now()
    return {
        "seats": list(
            network.secretariat.select_related("user__organisation").order_by(
                "user__last_name", "user__first_name", "pk"
            )
        ),
        "representatives": list(
            Representative.objects.filter(member__network=network, member__left_at__isnull=True)
            .select_related("user", "member__organisation")
            .order_by("member__organisation__name", "user__last_name", "pk")
        ),
        "invitations": [
            _expired(invitation, now)
            for invitation in network.invitations.filter(
                accepted_at__isnull=True, revoked_at__isnull=True
            )
            .select_related("organisation")
            .order_by("-created_at", "-pk")
        ],
    }


def _expired(invitation, now):
    invitation.expired = invitation.expires_at <= now
    return invitation


def network_events(*, network: Network) -> QuerySet[NetworkEvent]:
    return network.event_links.select_related("event").order_by("event__day1", "event__title")


def events_to_add(*, network: Network, user) -> QuerySet:
    """The events `user` may put in a network: those they facilitate (any, for an
    administrator) that are in no network yet."""
    from events.models import Event, Participation

    events = Event.objects.filter(network_link__isnull=True)
    if not user.is_superuser:
        events = events.filter(
            participations__user=user, participations__role=Participation.Role.FACILITATOR
        )
    return events.order_by("-day1", "title")


def network_home(*, network: Network, user) -> dict:
    """What the overview shows this person: the current round with their organisation's next
    step, what waits for the secretariat, the clusters and the events with their phase. A
    donor (not in the network) sees only what is published: no members, no waiting work."""
    roles = (
        read_roles(user, network)
        if getattr(network, "viewer_roles", None) is None
        else (network.viewer_roles)
    )
    insider = user.is_superuser or roles.in_network
    home = {"insider": insider, "round": None, "published_round": None}
    rounds = list(network.rounds.order_by("-year")[:5])
    published = [r for r in rounds if r.status == NeedsRound.Status.PUBLISHED]
    home["published_round"] = published[0] if published else None
    if insider:
        home["round"] = rounds[0] if rounds else None
    current = home["round"]
    if roles.representative and current is not None:
        mine = NetworkMember.objects.filter(pk__in=roles.member_ids).select_related("organisation")
        submitted = set(
            current.candidates.filter(member_id__in=roles.member_ids).values_list(
                "member_id", flat=True
            )
        )
        voted = set(
            current.allocations.filter(member_id__in=roles.member_ids).values_list(
                "member_id", flat=True
            )
        )
        home["my_members"] = [
            {"member": m, "submitted": m.pk in submitted, "voted": m.pk in voted} for m in mine
        ]
    if roles.secretariat or user.is_superuser:
        home["waiting"] = _secretariat_waiting(network=network, current=current)
    home["clusters"] = list(
        network.clusters.select_related("convener").annotate(
            member_count=Count("memberships", filter=Q(memberships__left_at__isnull=True))
        )
    )
    home["events"] = list(network_events(network=network)) if insider else []
    if insider:
        home["member_count"] = network.members.filter(left_at__isnull=True).count()
    return home


def _secretariat_waiting(*, network: Network, current) -> dict:
    waiting = {
        "invitations": network.invitations.filter(
            accepted_at__isnull=True, revoked_at__isnull=True, expires_at__gt=timezone.now()
        ).count(),
        "unmerged": 0,
        "ballots": 0,
    }
    if current is not None and current.status == NeedsRound.Status.OPEN:
        waiting["unmerged"] = current.candidates.filter(shared_need__isnull=True).count()
        waiting["ballots"] = current.allocations.count()
    return waiting
