"""Reads of thematic clusters: the network's clusters with their figures, a cluster's members,
focus areas and work plan (filtered, a page at a time), what an activity may link to, and the
coordination across clusters. Each reads a fixed number of queries, whatever the number of
activities."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Prefetch, Q, Sum

from actionplans.models import Action, PlanVersion
from networks.models import (
    Activity,
    Cluster,
    ClusterMembership,
    FocusArea,
    NeedsRound,
    Network,
    NetworkMember,
    SharedNeed,
)
from networks.roles import read_roles
from networks.selectors.gaps import reference_round

# --- Loaders -------------------------------------------------------------------------------


def membership_for(*, user, membership_pk: int) -> ClusterMembership | None:
    membership = (
        ClusterMembership.objects.select_related(
            "cluster__network", "cluster__convener", "member__organisation"
        )
        .filter(pk=membership_pk)
        .first()
    )
    if membership is None:
        return None
    membership.cluster.network.viewer_roles = read_roles(user, membership.cluster.network)
    return membership if user.has_perm("networks.view_cluster", membership.cluster) else None


def focus_area_for(*, user, focus_area_pk: int) -> FocusArea | None:
    area = FocusArea.objects.select_related("cluster__network").filter(pk=focus_area_pk).first()
    if area is None:
        return None
    area.cluster.network.viewer_roles = read_roles(user, area.cluster.network)
    return area if user.has_perm("networks.view_cluster", area.cluster) else None


# --- Choices -------------------------------------------------------------------------------


def priority_choices(*, network: Network):
    """The shared needs a focus area may take: those of the network's reference round and of
    its open round."""
    reference = reference_round(network=network)
    rounds = Q(round__network=network, round__status=NeedsRound.Status.OPEN)
    if reference is not None:
        rounds |= Q(round=reference)
    return (
        SharedNeed.objects.filter(rounds).select_related("round").order_by("-round__year", "title")
    )


def published_versions(*, network: Network):
    """The endorsed plan versions of the network's events that stand published to donors (a
    withdrawal empties `published_at`; `withdrawn_at` keeps the last one, also once published
    again)."""
    return PlanVersion.objects.filter(
        status=PlanVersion.Status.ENDORSED,
        published_at__isnull=False,
        plan__event__network_link__network=network,
    )


def linkable_actions(*, network: Network) -> list[Action]:
    """The actions of those plans, by event and plan order."""
    plans = published_versions(network=network).values("plan_id")
    return list(
        Action.objects.filter(output__objective__plan__in=plans)
        .select_related("output__objective__plan__event")
        .order_by(
            "output__objective__plan__event__title",
            "output__objective__order",
            "output__order",
            "order",
            "pk",
        )
    )


def cluster_members(*, cluster: Cluster) -> list[ClusterMembership]:
    """Current members first (by name), then former ones (latest to leave first)."""
    rows = list(cluster.memberships.select_related("member__organisation"))
    current = sorted(
        (row for row in rows if row.left_at is None), key=lambda row: str(row.member).casefold()
    )
    former = sorted(
        (row for row in rows if row.left_at is not None), key=lambda row: row.left_at, reverse=True
    )
    return current + former


def current_members(*, cluster: Cluster):
    return NetworkMember.objects.filter(
        cluster_memberships__cluster=cluster, cluster_memberships__left_at__isnull=True
    ).select_related("organisation")


# --- The network's clusters ----------------------------------------------------------------


@dataclass
class ClusterRow:
    cluster: Cluster
    budgets: list[tuple[str, object]] = field(default_factory=list)


def cluster_rows(*, network: Network) -> list[ClusterRow]:
    """Each cluster with its convener, focal point, current members, focus areas, activities
    (cancelled ones left out) and their budget per currency."""
    live = ~Q(activities__status=Activity.Status.CANCELLED)
    clusters = list(
        Cluster.objects.filter(network=network)
        .select_related("convener", "focal_person")
        .annotate(
            member_count=Count(
                "memberships", filter=Q(memberships__left_at__isnull=True), distinct=True
            ),
            activity_count=Count("activities", filter=live, distinct=True),
        )
        .prefetch_related(
            Prefetch("focus_areas", queryset=FocusArea.objects.order_by("order", "pk"))
        )
        .order_by("theme")
    )
    budgets = defaultdict(list)
    for cluster_id, currency, total in (
        Activity.objects.filter(cluster__network=network)
        .exclude(status=Activity.Status.CANCELLED)
        .values_list("cluster_id", "currency")
        .annotate(total=Sum("budget"))
        .order_by("cluster_id", "currency")
    ):
        budgets[cluster_id].append((currency, total))
    return [ClusterRow(cluster, budgets[cluster.pk]) for cluster in clusters]


# --- A cluster's work plan -----------------------------------------------------------------


def work_plan(*, cluster: Cluster, country="", member=None, status="", focus_area=None):
    """The ids of the cluster's activities, by start, filtered: a page is chosen among these
    narrow rows, then read whole by `work_plan_rows` (sorting 2,000 whole rows with their
    joins costs more than the page itself)."""
    activities = Activity.objects.filter(cluster=cluster)
    if country:
        activities = activities.filter(country=country)
    if member is not None:
        activities = activities.filter(
            Q(member=member)
            | Q(
                pk__in=Activity.partners.through.objects.filter(networkmember=member).values(
                    "activity_id"
                )
            )
        )
    if status:
        activities = activities.filter(status=status)
    if focus_area is not None:
        activities = activities.filter(
            pk__in=Activity.focus_areas.through.objects.filter(focusarea=focus_area).values(
                "activity_id"
            )
        )
    return activities.order_by("starts_on", "pk").values_list("pk", flat=True)


def work_plan_rows(ids) -> list[Activity]:
    """The activities of a page of the work plan, in the page's order, with what the table
    shows of each."""
    ids = list(ids)
    rows = (
        Activity.objects.filter(pk__in=ids)
        .select_related("member__organisation", "action__output__objective__plan__event")
        .prefetch_related(
            Prefetch("partners", queryset=NetworkMember.objects.select_related("organisation")),
            Prefetch("focus_areas", queryset=FocusArea.objects.order_by("order", "pk")),
        )
        .in_bulk(ids)
    )
    return [rows[pk] for pk in ids if pk in rows]


def work_plan_countries(*, cluster: Cluster) -> list[str]:
    return list(
        Activity.objects.filter(cluster=cluster)
        .order_by("country")
        .values_list("country", flat=True)
        .distinct()
    )


def focus_areas_of(*, cluster: Cluster) -> list[FocusArea]:
    return list(
        cluster.focus_areas.prefetch_related(
            Prefetch("priorities", queryset=SharedNeed.objects.select_related("round"))
        ).order_by("order", "pk")
    )


# --- Coordination across clusters ----------------------------------------------------------


@dataclass
class SharedOrganisation:
    member: NetworkMember
    # (cluster, [activities]) in theme order
    clusters: list = field(default_factory=list)


@dataclass
class SharedAction:
    action: Action
    # (cluster, [activities]) in theme order
    clusters: list = field(default_factory=list)


def _live_in(network: Network):
    return Activity.objects.filter(cluster__network=network).exclude(
        status=Activity.Status.CANCELLED
    )


def shared_organisations(*, network: Network) -> list[SharedOrganisation]:
    """The member organisations with live activities (their own or as a partner) in two or
    more clusters, each with those activities per cluster."""
    clusters_of = defaultdict(set)
    lead = _live_in(network).values_list("member_id", "cluster_id").distinct()
    partner = (
        Activity.partners.through.objects.filter(activity__in=_live_in(network))
        .values_list("networkmember_id", "activity__cluster_id")
        .distinct()
    )
    for member_id, cluster_id in [*lead, *partner]:
        clusters_of[member_id].add(cluster_id)
    shared_ids = [member_id for member_id, ids in clusters_of.items() if len(ids) > 1]
    if not shared_ids:
        return []
    activities = (
        _live_in(network)
        .filter(Q(member_id__in=shared_ids) | Q(partners__in=shared_ids))
        .select_related("cluster")
        .prefetch_related("partners")
        .distinct()
        .order_by("cluster__theme", "starts_on", "pk")
    )
    grouped = defaultdict(lambda: defaultdict(list))
    clusters = {}
    for activity in activities:
        clusters[activity.cluster_id] = activity.cluster
        for member_id in {activity.member_id, *(m.pk for m in activity.partners.all())}:
            if member_id in shared_ids:
                grouped[member_id][activity.cluster_id].append(activity)
    members = NetworkMember.objects.filter(pk__in=shared_ids).select_related("organisation")
    rows = []
    for member in sorted(members, key=lambda member: str(member).casefold()):
        per_cluster = sorted(
            grouped[member.pk].items(), key=lambda item: clusters[item[0]].theme.casefold()
        )
        rows.append(SharedOrganisation(member, [(clusters[k], v) for k, v in per_cluster]))
    return rows


def shared_actions(*, network: Network) -> list[SharedAction]:
    """The actions of plans that live activities of two or more clusters serve."""
    action_ids = list(
        _live_in(network)
        .filter(action__isnull=False)
        .values("action_id")
        .annotate(clusters=Count("cluster", distinct=True))
        .filter(clusters__gt=1)
        .values_list("action_id", flat=True)
    )
    if not action_ids:
        return []
    activities = (
        _live_in(network)
        .filter(action_id__in=action_ids)
        .select_related("cluster", "member__organisation", "action__output__objective__plan__event")
        .order_by("cluster__theme", "starts_on", "pk")
    )
    grouped = defaultdict(lambda: defaultdict(list))
    actions, clusters = {}, {}
    for activity in activities:
        actions[activity.action_id] = activity.action
        clusters[activity.cluster_id] = activity.cluster
        grouped[activity.action_id][activity.cluster_id].append(activity)
    rows = []
    for action_id, per_cluster in grouped.items():
        rows.append(
            SharedAction(actions[action_id], [(clusters[k], v) for k, v in per_cluster.items()])
        )
    return sorted(
        rows,
        key=lambda row: (row.action.output.objective.plan.event.title.casefold(), row.action.pk),
    )
