"""What a reporting period shows: who reports on which activities and who has not, the
consolidated report of a cluster's period, and every cluster's latest period side by side.

An activity is expected in a period when it is not cancelled and its dates meet the period's;
an activity reported in the period counts too, whatever became of it since. A member that left
the cluster keeps its reports: they stay in the period's pages and in its consolidated report.
Each function reads a fixed number of queries, whatever the number of activities.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, Max, Q, Sum

from networks.models import (
    Activity,
    ActivityReport,
    Cluster,
    ClusterMembership,
    FocusArea,
    NetworkMember,
    ReportingPeriod,
    ReportingReminder,
)
from networks.selectors.funding import Money, area_funding, standing_pledges
from networks.selectors.gaps import cluster_gaps

# How many unfunded activities the consolidated report lists by name; the rest are counted.
UNFUNDED_SHOWN = 25


def _meets(period) -> Q:
    return Q(starts_on__lte=period.ends_on, ends_on__gte=period.starts_on)


def expected_activities(*, period: ReportingPeriod):
    """The cluster's activities a report is expected on in the period."""
    reported = ActivityReport.objects.filter(period=period).values("activity_id")
    return Activity.objects.filter(cluster_id=period.cluster_id).filter(
        (_meets(period) & ~Q(status=Activity.Status.CANCELLED)) | Q(pk__in=reported)
    )


def period_activity_for(*, user, period_pk: int, activity_pk: int) -> Activity | None:
    """The loader of a report's page: the activity, when it is one of the period's cluster and
    the person may see the period; the period is kept on it (`report_period`)."""
    from networks.selectors.network import period_for

    period = period_for(user=user, period_pk=period_pk)
    if period is None:
        return None
    activity = (
        Activity.objects.select_related("member__organisation")
        .filter(pk=activity_pk, cluster_id=period.cluster_id)
        .first()
    )
    if activity is None:
        return None
    activity.cluster = period.cluster
    activity.report_period = period
    return activity


def member_lines(*, period: ReportingPeriod, member_ids) -> dict[int, list]:
    """{member id: [(activity, report or None)]} for these members: their activities expected
    in the period with their reports, by start. Two queries, whatever the page."""
    member_ids = set(member_ids)
    reports = {
        report.activity_id: report
        for report in ActivityReport.objects.filter(period=period, member_id__in=member_ids)
    }
    activities = expected_activities(period=period).filter(
        Q(member_id__in=member_ids) | Q(pk__in=list(reports))
    )
    lines: dict[int, list] = defaultdict(list)
    for activity in activities.order_by("starts_on", "pk"):
        report = reports.get(activity.pk)
        # A report names the member that made it: its history stays with it.
        member_id = report.member_id if report else activity.member_id
        if member_id in member_ids:
            lines[member_id].append((activity, report))
    return lines


def last_reminders(*, period: ReportingPeriod) -> dict[int, object]:
    """{member id: when it was last reminded} in the period."""
    rows = (
        ReportingReminder.objects.filter(period=period)
        .values("member_id")
        .annotate(last=Max("sent_at"))
        .order_by()
    )
    return {row["member_id"]: row["last"] for row in rows}


def period_members(*, period: ReportingPeriod) -> list["Contribution"]:
    """Each member of the cluster, and each that left it but has activities or reports in the
    period, with how many activities it has and how many it reported (no line of each)."""
    return _contributions(period=period, expected=expected_activities(period=period))


def not_reported(rows: list) -> list:
    return [row for row in rows if row.missing]


def members_to_remind(*, period: ReportingPeriod) -> list[NetworkMember]:
    """The members that have not reported every activity expected of them in the period, and
    are still members of the network."""
    return [
        row.member for row in not_reported(period_members(period=period)) if row.member.is_active
    ]


def period_reminders(*, period: ReportingPeriod):
    return (
        ReportingReminder.objects.filter(period=period)
        .select_related("member__organisation", "sent_by")
        .order_by("-sent_at", "pk")
    )


# --- The consolidated report -------------------------------------------------------------------


@dataclass
class AreaProgress:
    focus_area: FocusArea
    activities: int = 0
    reported: int = 0
    percent_sum: int = 0
    # {unit: total}
    results: dict = field(default_factory=dict)
    money: list = field(default_factory=list)

    @property
    def average_percent(self):
        return self.percent_sum / self.reported if self.reported else None

    @property
    def result_lines(self) -> list[tuple[str, Decimal]]:
        return sorted(self.results.items())


@dataclass
class Contribution:
    member: NetworkMember
    in_cluster: bool
    activities: int
    reported: int
    average_percent: float | None
    # [(currency, spent)]
    spent: list
    # what the period's page shows of the members on it: [(activity, report or None)]
    lines: list = field(default_factory=list)
    reminded_at: object = None

    @property
    def missing(self) -> int:
        return self.activities - self.reported


@dataclass
class ConsolidatedReport:
    period: ReportingPeriod
    contributions: list
    areas: list
    gaps: object
    unfunded_shown: list
    money: list
    spent: list
    expected: int
    reported: int
    average_percent: float | None
    narratives: list

    @property
    def unfunded_more(self) -> int:
        return self.gaps.unfunded_count - len(self.unfunded_shown)


def _contributions(*, period: ReportingPeriod, expected) -> list[Contribution]:
    """Each member of the cluster, and each that left it but has activities or reports in the
    period, with its counts, average progress and funds spent per currency. Four queries, read
    as plain rows: the consolidated report of 2,000 activities makes no model of each."""
    rows: dict[int, dict] = {}
    memberships = (
        ClusterMembership.objects.filter(cluster_id=period.cluster_id, left_at__isnull=True)
        .select_related("member__organisation")
        .order_by()
    )
    members = {m.member_id: m.member for m in memberships}
    current = set(members)

    def row(member_id):
        return rows.setdefault(
            member_id, {"expected": 0, "reported": 0, "percent": 0, "spent": defaultdict(Decimal)}
        )

    for member_id in current:
        row(member_id)
    for line in expected.values("member_id").annotate(n=Count("pk")).order_by():
        row(line["member_id"])["expected"] += line["n"]
    reported = (
        ActivityReport.objects.filter(period=period)
        .values("member_id", "currency")
        .annotate(n=Count("pk"), percent=Sum("percent_done"), spent=Sum("funds_spent"))
        .order_by()
    )
    for line in reported:
        item = row(line["member_id"])
        item["reported"] += line["n"]
        item["percent"] += line["percent"] or 0
        item["spent"][line["currency"]] += line["spent"] or 0
    others = set(rows) - current
    members.update(
        (member.pk, member)
        for member in NetworkMember.objects.filter(pk__in=others).select_related("organisation")
    )
    contributions = [
        Contribution(
            member=members[member_id],
            in_cluster=member_id in current,
            # A member's activity reported by another (it changed hands) still counts once.
            activities=max(item["expected"], item["reported"]),
            reported=item["reported"],
            average_percent=item["percent"] / item["reported"] if item["reported"] else None,
            spent=sorted(item["spent"].items()),
        )
        for member_id, item in rows.items()
    ]
    return sorted(
        contributions, key=lambda line: (not line.in_cluster, str(line.member.organisation.name))
    )


def _area_progress(*, period: ReportingPeriod, expected, areas) -> list[AreaProgress]:
    """Activities, reports, average progress and results per unit of each focus area. Three
    queries."""
    progress = {area.pk: AreaProgress(area) for area in areas}
    counts = (
        Activity.focus_areas.through.objects.filter(
            focusarea__cluster_id=period.cluster_id, activity__in=expected
        )
        .values("focusarea_id")
        .annotate(n=Count("activity_id"))
        .order_by()
    )
    for line in counts:
        progress[line["focusarea_id"]].activities = line["n"]
    reports = ActivityReport.objects.filter(
        period=period, activity__focus_areas__cluster_id=period.cluster_id
    )
    for line in (
        reports.values("activity__focus_areas")
        .annotate(n=Count("pk"), percent=Sum("percent_done"))
        .order_by()
    ):
        area = progress[line["activity__focus_areas"]]
        area.reported, area.percent_sum = line["n"], line["percent"] or 0
    for line in (
        reports.filter(result_value__isnull=False)
        .values("activity__focus_areas", "result_unit")
        .annotate(total=Sum("result_value"))
        .order_by()
    ):
        progress[line["activity__focus_areas"]].results[line["result_unit"]] = line["total"]
    return [progress[area.pk] for area in areas]


def report_narratives(*, period: ReportingPeriod) -> list:
    """(activity, report) for each report of the period with a narrative, in the members'
    order: what the printed report quotes."""
    reports = (
        ActivityReport.objects.filter(period=period)
        .exclude(narrative="")
        .select_related("activity", "member__organisation")
        .order_by("member__organisation__name", "activity__starts_on", "activity_id")
    )
    return [(report.activity, report) for report in reports]


def consolidated_report(
    *, period: ReportingPeriod, narratives: bool = True, unfunded_all: bool = True
) -> ConsolidatedReport:
    """The period's consolidated report: members' contributions, progress by focus area
    (activities, average percent done, results per unit), the gaps, and resources mobilised
    against needed per focus area and currency. A fixed number of queries, read as sums.
    `unfunded_all=False` reads only the unfunded activities shown (and their count)."""
    cluster = period.cluster
    expected = expected_activities(period=period)
    contributions = _contributions(period=period, expected=expected)
    areas = list(FocusArea.objects.filter(cluster=cluster).order_by("order", "pk"))
    progress = _area_progress(period=period, expected=expected, areas=areas)
    money = area_funding(areas=areas)
    for line in progress:
        line.money = money[line.focus_area.pk]
    spent: dict[str, Decimal] = defaultdict(Decimal)
    for line in contributions:
        for currency, amount in line.spent:
            spent[currency] += amount
    reported = sum(line.reported for line in contributions)
    percent = sum(
        (line.average_percent or 0) * line.reported for line in contributions if line.reported
    )
    gaps = cluster_gaps(cluster=cluster, unfunded_limit=None if unfunded_all else UNFUNDED_SHOWN)
    return ConsolidatedReport(
        period=period,
        contributions=contributions,
        areas=progress,
        gaps=gaps,
        unfunded_shown=gaps.unfunded_activities[:UNFUNDED_SHOWN],
        money=cluster_funding(clusters=[cluster])[cluster.pk],
        spent=sorted(spent.items()),
        expected=sum(line.activities for line in contributions),
        reported=reported,
        average_percent=percent / reported if reported else None,
        narratives=report_narratives(period=period) if narratives else [],
    )


def cluster_funding(*, clusters: list[Cluster]) -> dict[int, list[Money]]:
    """{cluster id: [Money per currency]}: the budget of its activities not cancelled, and
    their own funds plus the standing pledges to its focus areas and activities, each
    counted once. Three queries."""
    ids = [cluster.pk for cluster in clusters]
    sums: dict[int, dict[str, Money]] = {pk: {} for pk in ids}

    def add(cluster_id, currency, *, needed=0, mobilised=0):
        line = sums[cluster_id].setdefault(currency, Money(currency))
        line.needed += needed or 0
        line.mobilised += mobilised or 0

    budgets = (
        Activity.objects.filter(cluster_id__in=ids)
        .exclude(status=Activity.Status.CANCELLED)
        .values("cluster_id", "currency")
        .annotate(needed=Sum("budget"), own=Sum("own_funds"))
        .order_by()
    )
    for row in budgets:
        add(row["cluster_id"], row["currency"], needed=row["needed"], mobilised=row["own"])
    for key in ("focus_area", "activity"):
        rows = (
            standing_pledges()
            .filter(**{f"{key}__cluster_id__in": ids})
            .exclude(
                **({"activity__status": Activity.Status.CANCELLED} if key == "activity" else {})
            )
            .values(f"{key}__cluster_id", "currency")
            .annotate(total=Sum("amount"))
            .order_by()
        )
        for row in rows:
            add(row[f"{key}__cluster_id"], row["currency"], mobilised=row["total"])
    return {pk: [by[c] for c in sorted(by)] for pk, by in sums.items()}


# --- Every cluster side by side ----------------------------------------------------------------


@dataclass
class ClusterReporting:
    cluster: Cluster
    period: ReportingPeriod | None
    expected: int = 0
    reported: int = 0
    average_percent: float | None = None
    spent: list = field(default_factory=list)
    money: list = field(default_factory=list)


def reporting_overview(*, network) -> list[ClusterReporting]:
    """Each cluster of the network with its latest period: reported / expected, average
    progress, funds spent, needed and mobilised, submitted or not. Five queries."""
    clusters = list(
        Cluster.objects.filter(network=network).select_related("convener").order_by("theme")
    )
    for cluster in clusters:
        cluster.network = network  # it carries the person's roles: rules on it ask no query
    latest: dict[int, ReportingPeriod] = {}
    for period in ReportingPeriod.objects.filter(cluster__network=network).order_by(
        "cluster_id", "-starts_on", "-pk"
    ):
        latest.setdefault(period.cluster_id, period)
    rows = {cluster.pk: ClusterReporting(cluster, latest.get(cluster.pk)) for cluster in clusters}
    periods = list(latest.values())
    if periods:
        expected = Q()
        for period in periods:
            reported_here = ActivityReport.objects.filter(period=period).values("activity_id")
            expected |= Q(cluster_id=period.cluster_id) & (
                (_meets(period) & ~Q(status=Activity.Status.CANCELLED)) | Q(pk__in=reported_here)
            )
        counts = (
            Activity.objects.filter(expected)
            .values("cluster_id")
            .annotate(n=Count("pk"))
            .order_by()
        )
        for row in counts:
            rows[row["cluster_id"]].expected = row["n"]
        reported = (
            ActivityReport.objects.filter(period__in=periods)
            .values("period__cluster_id", "currency")
            .annotate(n=Count("pk"), percent=Sum("percent_done"), spent=Sum("funds_spent"))
            .order_by()
        )
        percent_sums: dict[int, int] = defaultdict(int)
        for row in reported:
            line = rows[row["period__cluster_id"]]
            line.reported += row["n"]
            percent_sums[line.cluster.pk] += row["percent"] or 0
            line.spent.append((row["currency"], row["spent"]))
        for line in rows.values():
            line.spent.sort()
            if line.reported:
                line.average_percent = percent_sums[line.cluster.pk] / line.reported
    money = cluster_funding(clusters=clusters)
    for cluster in clusters:
        rows[cluster.pk].money = money[cluster.pk]
    return [rows[cluster.pk] for cluster in clusters]
