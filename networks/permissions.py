"""Who may do what in a network: named rules. Rules on a network take the Network; on a round,
the NeedsRound; on a cluster, the Cluster; on an activity, the Activity; on a reporting period,
the ReportingPeriod.

The roles: **secretariat** (per network), **member representative** (per network: a person who
speaks for a current member organisation), **convener** (per cluster: the representatives of
the convener organisation) and **cluster focal point** (per cluster: the secretariat's person
named on it). Donors see only what a network publishes: its published rounds' results, and the
funding asked for its clusters' focus areas once it has published a result.
"""

import rules

from cdfacil.permissions import add_personal_perm
from networks.roles import roles_of


def network_of(obj):
    """The network an object of the app belongs to."""
    if obj is None:
        return None
    for path in ("network", "round.network", "cluster.network", "period.cluster.network"):
        target = obj
        for name in path.split("."):
            target = getattr(target, name, None)
            if target is None:
                break
        if target is not None:
            return target
    return obj


def _cluster(obj):
    """The cluster itself, or the cluster of an activity, focus area or reporting period."""
    from networks.models import Cluster

    return obj if isinstance(obj, Cluster) else getattr(obj, "cluster", None)


@rules.predicate
def is_secretariat(user, obj) -> bool:
    return roles_of(user, network_of(obj)).secretariat


@rules.predicate
def is_representative(user, obj) -> bool:
    return roles_of(user, network_of(obj)).representative


@rules.predicate
def is_network_person(user, obj) -> bool:
    return roles_of(user, network_of(obj)).in_network


@rules.predicate
def is_donor(user) -> bool:
    return user.is_authenticated and user.is_donor


@rules.predicate
def has_published(user, obj) -> bool:
    """The network has published the result of a round (what donors may read of it)."""
    network = network_of(obj)
    if network is None:
        return False
    kept = getattr(network, "has_published_result", None)
    if kept is None:
        kept = network.rounds.filter(status="published").exists()
        network.has_published_result = kept
    return kept


@rules.predicate
def is_round_published(user, round_) -> bool:
    return round_ is not None and round_.status == "published"


@rules.predicate
def is_convener(user, obj) -> bool:
    """A representative of the cluster's convener organisation."""
    cluster = _cluster(obj)
    if cluster is None or not user.is_authenticated:
        return False
    roles = roles_of(user, cluster.network)
    return roles.representative and user.organisation_id == cluster.convener_id


@rules.predicate
def is_focal_point(user, obj) -> bool:
    """The secretariat's person named on the cluster, while in the secretariat."""
    cluster = _cluster(obj)
    return (
        cluster is not None
        and user.is_authenticated
        and cluster.focal_person_id == user.pk
        and roles_of(user, cluster.network).secretariat
    )


@rules.predicate
def represents_activity_member(user, activity) -> bool:
    """A representative of the organisation whose activity it is."""
    if activity is None:
        return False
    return activity.member_id in roles_of(user, activity.cluster.network).member_ids


# On a network
rules.add_perm("networks.create_network", rules.is_superuser)
rules.add_perm(
    "networks.view_network", rules.is_superuser | is_network_person | (is_donor & has_published)
)
rules.add_perm("networks.view_members", rules.is_superuser | is_network_person)
rules.add_perm("networks.manage_network", rules.is_superuser | is_secretariat)
add_personal_perm("networks.pledge", is_donor & has_published)

# On a round
rules.add_perm(
    "networks.view_round",
    rules.is_superuser | is_network_person | (is_donor & is_round_published),
)
rules.add_perm("networks.manage_round", rules.is_superuser | is_secretariat)
add_personal_perm("networks.submit_need", is_representative)
add_personal_perm("networks.cast_ballot", is_representative)

# On a cluster
# A cluster's members, work plan and gaps are the network's own: donors read its funding.
rules.add_perm("networks.view_cluster", rules.is_superuser | is_network_person)
# What a cluster asks for and has mobilised (on the Cluster): donors too once the network has
# published a result, to pledge to its focus areas and activities.
rules.add_perm(
    "networks.view_funding", rules.is_superuser | is_network_person | (is_donor & has_published)
)
rules.add_perm(
    "networks.manage_cluster", rules.is_superuser | is_secretariat | is_convener | is_focal_point
)
add_personal_perm("networks.join_cluster", is_representative)

# On an activity
rules.add_perm(
    "networks.edit_activity",
    rules.is_superuser | is_secretariat | is_convener | represents_activity_member,
)

# On a reporting period
rules.add_perm("networks.view_period", rules.is_superuser | is_network_person)
rules.add_perm(
    "networks.manage_period", rules.is_superuser | is_secretariat | is_convener | is_focal_point
)


@rules.predicate
def is_in_a_network(user) -> bool:
    """In the secretariat of a network, or representing a current member: one query, asked on
    every page for the top menu."""
    from django.db.models import Exists, OuterRef

    from networks.models import Representative, SecretariatSeat

    if not user.is_authenticated:
        return False
    return (
        type(user)
        .objects.filter(pk=user.pk)
        .filter(
            Exists(SecretariatSeat.objects.filter(user=OuterRef("pk")))
            | Exists(
                Representative.objects.filter(user=OuterRef("pk"), member__left_at__isnull=True)
            )
        )
        .exists()
    )


# The networks a person is in (the menu entry and the list page)
rules.add_perm("networks.view_networks", rules.is_superuser | is_in_a_network)


# The annual shared-needs round
# The ranked result: live to the secretariat, and once published to everyone who sees the round
# (the network's people, and donors).
rules.add_perm(
    "networks.view_round_result", rules.is_superuser | is_secretariat | is_round_published
)


# Thematic clusters
@rules.predicate
def represents_membership_member(user, membership) -> bool:
    """A representative of the member organisation whose time in a cluster it is."""
    member_id = getattr(membership, "member_id", None)
    return member_id is not None and member_id in roles_of(user, network_of(membership)).member_ids


@rules.predicate
def represents_a_cluster_member(user, cluster) -> bool:
    """A representative of a current member of the cluster. The cluster's page keeps the ids
    of its current members on it (`current_member_ids`); elsewhere they are read."""
    cluster = _cluster(cluster)
    if cluster is None:
        return False
    mine = roles_of(user, cluster.network).member_ids
    if not mine:
        return False
    current = getattr(cluster, "current_member_ids", None)
    if current is None:
        current = set(
            cluster.memberships.filter(left_at__isnull=True).values_list("member_id", flat=True)
        )
        cluster.current_member_ids = current
    return bool(mine & current)


# A member leaves a cluster: its representatives, or the cluster's managers.
rules.add_perm(
    "networks.leave_cluster",
    rules.is_superuser
    | is_secretariat
    | is_convener
    | is_focal_point
    | represents_membership_member,
)
# A line of a work plan: a representative of a current member, or the cluster's managers.
rules.add_perm(
    "networks.add_cluster_activity",
    rules.is_superuser
    | is_secretariat
    | is_convener
    | is_focal_point
    | represents_a_cluster_member,
)


# Consolidated reporting and resource mobilisation
@rules.predicate
def is_pledge_donor(user, pledge) -> bool:
    return pledge is not None and user.is_authenticated and pledge.donor_id == user.pk


# The reporting overview of every cluster (on a network): the network's people, no donor.
rules.add_perm("networks.view_reporting", rules.is_superuser | is_network_person)
# A member's report on its own activity (on the Activity): its representatives alone.
add_personal_perm("networks.report_activity", represents_activity_member)
# A donor's own pledge to a focus area or activity (on the NetworkPledge).
add_personal_perm("networks.change_pledge", is_pledge_donor)
