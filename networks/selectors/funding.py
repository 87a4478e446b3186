"""Resource mobilisation: per focus area and currency, the funding needed and the funding
mobilised, and a network's shared priorities with their funding gap.

Needed is the budget of the focus area's activities that are not cancelled, in each activity's
currency. Mobilised is those activities' own funds (in their currency) plus the pledges that
stand (not withdrawn) to the focus area or to one of its activities, in each pledge's currency.
Nothing is converted: each currency is its own line. An activity in two focus areas counts in
both. Every function reads a fixed number of queries, whatever the number of activities.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Q, Sum

from actionplans.models import Pledge
from networks.models import Activity, Candidate, FocusArea, NeedsRound, Network, NetworkPledge
from networks.roles import read_roles
from networks.selectors.gaps import reference_round, same_need_ids

ZERO = Decimal(0)


@dataclass
class Money:
    """Needed and mobilised in one currency."""

    currency: str
    needed: Decimal = ZERO
    mobilised: Decimal = ZERO

    @property
    def gap(self) -> Decimal:
        return max(self.needed - self.mobilised, ZERO)


def _lines(sums: dict[str, Money]) -> list[Money]:
    return [sums[currency] for currency in sorted(sums)]


def _add(sums: dict[str, Money], currency: str, *, needed=ZERO, mobilised=ZERO) -> None:
    line = sums.setdefault(currency, Money(currency))
    line.needed += needed or ZERO
    line.mobilised += mobilised or ZERO


def standing_pledges():
    return NetworkPledge.objects.filter(withdrawn_at__isnull=True)


def area_funding(*, areas: list[FocusArea]) -> dict[int, list[Money]]:
    """{focus area id: [Money per currency]} for the given focus areas. Three queries."""
    ids = [area.pk for area in areas]
    sums: dict[int, dict[str, Money]] = {pk: {} for pk in ids}
    links = (
        Activity.focus_areas.through.objects.filter(focusarea_id__in=ids)
        .exclude(activity__status=Activity.Status.CANCELLED)
        .values("focusarea_id", "activity__currency")
        .annotate(needed=Sum("activity__budget"), own=Sum("activity__own_funds"))
        .order_by()
    )
    for row in links:
        _add(
            sums[row["focusarea_id"]],
            row["activity__currency"],
            needed=row["needed"],
            mobilised=row["own"],
        )
    to_areas = (
        standing_pledges()
        .filter(focus_area_id__in=ids)
        .values("focus_area_id", "currency")
        .annotate(total=Sum("amount"))
        .order_by()
    )
    for row in to_areas:
        _add(sums[row["focus_area_id"]], row["currency"], mobilised=row["total"])
    # A pledge to an activity counts in each focus area of the activity (not cancelled).
    to_activities = (
        Activity.focus_areas.through.objects.filter(focusarea_id__in=ids)
        .exclude(activity__status=Activity.Status.CANCELLED)
        .filter(
            activity__pledges__isnull=False,
            activity__pledges__withdrawn_at__isnull=True,
        )
        .values("focusarea_id", "activity__pledges__currency")
        .annotate(total=Sum("activity__pledges__amount"))
        .order_by()
    )
    for row in to_activities:
        _add(sums[row["focusarea_id"]], row["activity__pledges__currency"], mobilised=row["total"])
    return {pk: _lines(by_currency) for pk, by_currency in sums.items()}


def totals(lines_of: dict[int, list[Money]]) -> list[Money]:
    """The per-currency sum of several focus areas' lines."""
    sums: dict[str, Money] = {}
    for lines in lines_of.values():
        for line in lines:
            _add(sums, line.currency, needed=line.needed, mobilised=line.mobilised)
    return _lines(sums)


@dataclass
class PriorityFunding:
    need: object
    areas: list[FocusArea]
    money: list[Money]
    # Where the need came from an event's published plan: that plan's cost and standing
    # pledges for the actions linked to the key issue, per currency.
    plans: list[dict] = field(default_factory=list)


def _plan_side(need_ids) -> dict[int, list[dict]]:
    """For each shared need that came in from an endorsed plan's key issue: the plan's event,
    the cost of the actions of the published version linked to that key issue, and the
    pledges standing to them, per currency. Two queries."""
    candidates = (
        Candidate.objects.filter(
            shared_need_id__in=list(need_ids),
            key_issue__isnull=False,
            plan_version__isnull=False,
            plan_version__published_at__isnull=False,
        )
        .select_related("event", "plan_version", "key_issue")
        .order_by("pk")
    )
    found = []
    action_ids = set()
    for candidate in candidates:
        title = candidate.key_issue.title
        actions = [
            action
            for objective in candidate.plan_version.snapshot.get("objectives", [])
            for output in objective.get("outputs", [])
            for action in output.get("actions", [])
            if title in action.get("key_issues", [])
        ]
        action_ids.update(action["id"] for action in actions if action.get("id"))
        found.append((candidate, actions))
    pledged: dict[int, dict[str, Decimal]] = defaultdict(dict)
    if action_ids:
        rows = (
            Pledge.objects.filter(action_id__in=action_ids, withdrawn_at__isnull=True)
            .values("action_id", "currency")
            .annotate(total=Sum("amount"))
            .order_by()
        )
        for row in rows:
            pledged[row["action_id"]][row["currency"]] = row["total"]
    plans: dict[int, list[dict]] = defaultdict(list)
    for candidate, actions in found:
        sums: dict[str, Money] = {}
        for action in actions:
            if action.get("estimated_cost") is not None:
                _add(
                    sums,
                    action.get("currency") or "",
                    needed=Decimal(str(action["estimated_cost"])),
                )
            for currency, total in pledged.get(action.get("id"), {}).items():
                _add(sums, currency, mobilised=total)
        plans[candidate.shared_need_id].append(
            {"event": candidate.event, "key_issue": candidate.key_issue, "money": _lines(sums)}
        )
    return plans


def network_funding(*, network, money: dict[int, list[Money]] | None = None):
    """The network's shared priorities (of its reference round), each with the focus areas of
    its clusters that cover it and, per currency, needed, mobilised and the gap across them.
    `money` is `area_funding` of the network's focus areas when the caller has it already.
    Returns (round, [PriorityFunding]). A fixed number of queries."""
    round_ = reference_round(network=network)
    if round_ is None:
        return None, []
    needs = list(round_.shared_needs.order_by("title", "pk"))
    kin = same_need_ids(needs)  # a focus area on the same need of another year covers it
    links = list(
        FocusArea.priorities.through.objects.filter(
            sharedneed_id__in=list(kin), focusarea__cluster__network=network
        )
        .select_related("focusarea__cluster")
        .order_by("focusarea__cluster__theme", "focusarea__order", "focusarea_id")
    )
    areas = {link.focusarea_id: link.focusarea for link in links}
    if money is None:
        money = area_funding(areas=list(areas.values()))
    plans = _plan_side(need.pk for need in needs)
    areas_of: dict[int, list[FocusArea]] = defaultdict(list)
    for link in links:
        for need_id in kin[link.sharedneed_id]:
            if link.focusarea not in areas_of[need_id]:
                areas_of[need_id].append(link.focusarea)
    return round_, [
        PriorityFunding(
            need=need,
            areas=areas_of[need.pk],
            money=totals({area.pk: money[area.pk] for area in areas_of[need.pk]}),
            plans=plans.get(need.pk, []),
        )
        for need in needs
    ]


def area_pledges(*, areas=None, activities=None):
    """The standing pledges to these focus areas or activities, with their donor organisation."""
    return (
        standing_pledges()
        .filter(Q(focus_area__in=areas or []) | Q(activity__in=activities or []))
        .select_related("organisation", "focus_area", "activity")
        .order_by("-created_at", "pk")
    )


def pledge_for(*, user, pledge_pk: int):
    """The loader of a pledge's pages: a standing pledge, when the person may see its network
    (whether it is theirs to change is the rule's question)."""
    pledge = (
        NetworkPledge.objects.select_related(
            "focus_area__cluster__network", "activity__cluster__network"
        )
        .filter(pk=pledge_pk, withdrawn_at__isnull=True)
        .first()
    )
    if pledge is None:
        return None
    network = pledge_cluster(pledge).network
    network.viewer_roles = read_roles(user, network)
    return pledge if user.has_perm("networks.view_network", network) else None


def focus_area_for(*, user, focus_area_pk: int):
    area = FocusArea.objects.select_related("cluster__network").filter(pk=focus_area_pk).first()
    if area is None:
        return None
    network = area.cluster.network
    network.viewer_roles = read_roles(user, network)
    return area if user.has_perm("networks.view_funding", area.cluster) else None


def pledgeable_activity_for(*, user, activity_pk: int):
    """An activity as its funding page shows it: to the network's people, and to donors once
    the network has published a result."""
    activity = (
        Activity.objects.select_related("cluster__network", "member__organisation")
        .filter(pk=activity_pk)
        .first()
    )
    if activity is None:
        return None
    network = activity.cluster.network
    network.viewer_roles = read_roles(user, network)
    return activity if user.has_perm("networks.view_funding", activity.cluster) else None


def network_areas(*, network):
    """The focus areas of the network's clusters, by cluster and order."""
    return list(
        FocusArea.objects.filter(cluster__network=network)
        .select_related("cluster")
        .order_by("cluster__theme", "order", "pk")
    )


def pledge_cluster(pledge):
    return (pledge.focus_area or pledge.activity).cluster


def donor_pledges(*, user, network):
    """A donor's standing pledges to the network's clusters."""
    return (
        standing_pledges()
        .filter(donor=user)
        .filter(Q(focus_area__cluster__network=network) | Q(activity__cluster__network=network))
        .select_related("focus_area", "activity")
        .order_by("-created_at", "pk")
    )


def networks_published(*, user):
    """The networks that published a round's result: what a donor may see."""
    return (
        Network.objects.filter(rounds__status=NeedsRound.Status.PUBLISHED)
        .distinct()
        .order_by("name")
    )
