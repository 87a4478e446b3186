"""The gaps of a cluster and of a network, computed from what is recorded, never typed:

- a focus area with no activity;
- a focus area with no activity in a country that raised one of its shared priorities (the
  country of a member organisation that submitted a source of the need, or of an event whose
  published plan brought one in);
- an activity with no funding: none of the organisation's own funds and no pledge that stands;
- a shared priority of the network's reference round that no cluster's focus area covers.

Cancelled activities cover nothing. Each function reads a fixed number of queries, whatever
the size of the cluster or the network.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Exists, F, OuterRef, Window
from django.db.models.functions import RowNumber
from django_countries import countries as country_names

from networks.models import (
    Activity,
    Candidate,
    Cluster,
    FocusArea,
    NeedsRound,
    NetworkPledge,
    SharedNeed,
)


@dataclass
class FocusAreaGap:
    focus_area: FocusArea
    activity_count: int
    # the countries that raised one of its priorities and where it has no activity: codes
    missing_countries: list[str] = field(default_factory=list)

    @property
    def missing_country_names(self) -> list[str]:
        return [str(country_names.name(code)) for code in self.missing_countries]


@dataclass
class ClusterGaps:
    without_activity: list[FocusArea]
    missing_countries: list[FocusAreaGap]
    unfunded_activities: list[Activity]
    # how many activities are unfunded: `unfunded_activities` may hold only the first ones
    unfunded_count: int = 0

    @property
    def count(self) -> int:
        return len(self.without_activity) + len(self.missing_countries) + self.unfunded_count


def _live_activities():
    return Activity.objects.exclude(status=Activity.Status.CANCELLED)


def raising_countries(*, need_ids) -> dict[int, set[str]]:
    """For each shared need, the countries that raised it."""
    raised: dict[int, set[str]] = defaultdict(set)
    rows = Candidate.objects.filter(shared_need_id__in=list(need_ids)).values_list(
        "shared_need_id", "member__organisation__country", "event__country"
    )
    for need_id, member_country, event_country in rows:
        for code in (member_country, event_country):
            if code:
                raised[need_id].add(code)
    return raised


def _unfunded(activities):
    standing = NetworkPledge.objects.filter(activity=OuterRef("pk"), withdrawn_at__isnull=True)
    return (
        activities.filter(own_funds=0)
        .exclude(Exists(standing))
        .select_related("member__organisation")
        .order_by("starts_on", "pk")
    )


def unfunded_activities(*, cluster: Cluster):
    """The cluster's activities with no own funds and no standing pledge, by start."""
    return _unfunded(_live_activities().filter(cluster=cluster))


def _gaps(where: dict, *, unfunded_limit: int | None = None) -> dict[int, ClusterGaps]:
    """The gaps of the clusters `where` selects (keyword filters on a cluster's rows, as
    `{"cluster": c}` or `{"cluster__network": n}`), by cluster id, in five queries.

    `unfunded_limit`: None lists every unfunded activity; a number lists at most that many
    of each cluster's, the first by start (0: none, only their count). The count is whole."""
    focus_areas = list(FocusArea.objects.filter(**where).order_by("order", "pk"))
    links = FocusArea.priorities.through.objects.filter(
        **{f"focusarea__{key}": value for key, value in where.items()}
    ).values_list("focusarea_id", "sharedneed_id")
    needs_of: dict[int, set[int]] = defaultdict(set)
    for area_id, need_id in links:
        needs_of[area_id].add(need_id)
    raised = raising_countries(need_ids={n for needs in needs_of.values() for n in needs})
    covered: dict[int, set[str]] = defaultdict(set)
    counts: dict[int, int] = defaultdict(int)
    activity_links = Activity.focus_areas.through.objects.filter(
        **{f"focusarea__{key}": value for key, value in where.items()},
        activity__in=_live_activities().filter(**where),
    ).values_list("focusarea_id", "activity__country")
    for area_id, country in activity_links:
        covered[area_id].add(country)
        counts[area_id] += 1
    gaps: dict[int, ClusterGaps] = defaultdict(lambda: ClusterGaps([], [], []))
    for area in focus_areas:
        found = gaps[area.cluster_id]
        if not counts[area.pk]:
            found.without_activity.append(area)
            continue
        wanted = set().union(*(raised[n] for n in needs_of[area.pk]))
        lacking = sorted(wanted - covered[area.pk])
        if lacking:
            found.missing_countries.append(FocusAreaGap(area, counts[area.pk], lacking))
    unfunded = _unfunded(_live_activities().filter(**where))
    if unfunded_limit == 0:
        # The count alone, of each cluster's: no row read.
        rows = unfunded.order_by().values_list("cluster_id").annotate(n=Count("pk"))
        for cluster_id, n in rows:
            gaps[cluster_id].unfunded_count = n
        return gaps
    if unfunded_limit is not None:
        # The first of each cluster's, each row with its cluster's whole count: one query.
        by_cluster = [F("cluster_id")]
        unfunded = unfunded.annotate(
            whole=Window(Count("pk"), partition_by=by_cluster),
            place=Window(RowNumber(), partition_by=by_cluster, order_by=[F("starts_on"), F("pk")]),
        ).filter(place__lte=unfunded_limit)
    for activity in unfunded:
        found = gaps[activity.cluster_id]
        found.unfunded_activities.append(activity)
        found.unfunded_count = getattr(activity, "whole", len(found.unfunded_activities))
    return gaps


def cluster_gaps(*, cluster: Cluster, unfunded_limit: int | None = None) -> ClusterGaps:
    """The cluster's gaps; with `unfunded_limit`, the first unfunded activities only (and
    their whole count)."""
    return _gaps({"cluster": cluster}, unfunded_limit=unfunded_limit)[cluster.pk]


def network_cluster_gaps(*, network, unfunded_limit: int | None = None) -> dict[int, ClusterGaps]:
    """The gaps of every cluster of the network, by cluster id, in as many queries as one
    cluster's (a cluster with none is missing from the dict, or has empty lists)."""
    return _gaps({"cluster__network": network}, unfunded_limit=unfunded_limit)


def reference_round(*, network) -> NeedsRound | None:
    """The round whose needs are the network's shared priorities: the latest published one,
    else the latest one."""
    rounds = NeedsRound.objects.filter(network=network).order_by("-year")
    return rounds.filter(status=NeedsRound.Status.PUBLISHED).first() or rounds.first()


def same_need_ids(needs) -> dict[int, set[int]]:
    """For each of `needs` and the needs of other years that are the same need (the one it
    continues, and those that continue it), the ids of `needs` it stands for: a focus area set
    up on last year's priority covers this year's that carries it on, and the other way round.
    One query."""
    ids = {need.pk for need in needs}
    kin: dict[int, set[int]] = defaultdict(set)
    for need in needs:
        kin[need.pk].add(need.pk)
        if need.continues_id:
            kin[need.continues_id].add(need.pk)
    for pk, continued in SharedNeed.objects.filter(continues_id__in=ids).values_list(
        "pk", "continues_id"
    ):
        kin[pk].add(continued)
    return kin


def uncovered_priorities(*, network, round_: NeedsRound | None = None):
    """The shared needs of the reference round that no focus area of the network covers, on
    them or on the same need of another year."""
    round_ = round_ or reference_round(network=network)
    if round_ is None:
        return []
    needs = list(round_.shared_needs.order_by("title", "pk"))
    kin = same_need_ids(needs)
    covered = set()
    for need_id in FocusArea.priorities.through.objects.filter(
        sharedneed_id__in=list(kin), focusarea__cluster__network=network
    ).values_list("sharedneed_id", flat=True):
        covered |= kin[need_id]
    return [need for need in needs if need.pk not in covered]
