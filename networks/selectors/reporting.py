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


@dataclass
class MemberReporting:
    member: NetworkMember
    in_cluster: bool
    # [(activity, report or None)]
    lines: list = field(default_factory=list)
    reminded_at: object = None

    @property
    def expected(self) -> int:
        return len(self.lines)

    @property
    def reported(self) -> int:
        return sum(1 for _activity, report in self.lines if report is not None)

    @property
    def missing(self) -> int:
        return self.expected - self.reported


def period_reporting(*, period: ReportingPeriod) -> list[MemberReporting]:
    """Each member of the cluster (and each that left it but reported in the period), with its
    expected activities and their reports, in the organisations' order. Four queries."""
    rows: dict[int, MemberReporting] = {}
    memberships = (
        ClusterMembership.objects.filter(cluster_id=period.cluster_id, left_at__isnull=True)
        .select_related("member__organisation")
        .order_by("member__organisation__name")
    )
    for membership in memberships:
        rows[membership.member_id] = MemberReporting(membership.member, True)
    reports = {
        report.activity_id: report
        for report in ActivityReport.objects.filter(period=period).select_related(
            "member__organisation"
        )
    }
    activities = expected_activities(period=period).select_related("member__organisation")
    for activity in activities.order_by("member__organisation__name", "starts_on", "pk"):
        report = reports.get(activity.pk)
        # A report names the member that made it: its history stays with it.
        member = report.member if report else activity.member
        row = rows.get(member.pk)
        if row is None:
            row = rows[member.pk] = MemberReporting(member, False)
        row.lines.append((activity, report))
    reminded = (
        ReportingReminder.objects.filter(period=period)
        .values("member_id")
        .annotate(last=Max("sent_at"))
        .order_by()
    )
    for reminder in reminded:
        if reminder["member_id"] in rows:
            rows[reminder["member_id"]].reminded_at = reminder["last"]
    return sorted(
        rows.values(), key=lambda row: (not row.in_cluster, str(row.member.organisation.name))
    )


def not_reported(rows: list[MemberReporting]) -> list[MemberReporting]:
    return [row for row in rows if row.missing]


def members_to_remind(*, period: ReportingPeriod) -> list[NetworkMember]:
    """The members that have not reported every activity expected of them in the period, and
    are still members of the network."""
    return [
        row.member
        for row in not_reported(period_reporting(period=period))
        if row.member.left_at is None
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
    partnerships: int = 0


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
        return len(self.gaps.unfunded_activities) - len(self.unfunded_shown)


def consolidated_report(*, period: ReportingPeriod, narratives: bool = True) -> ConsolidatedReport:
    """The period's consolidated report: members' contributions, progress by focus area
    (activities, average percent done, results per unit), the gaps, and resources mobilised
    against needed per focus area and currency. A fixed number of queries."""
    cluster = period.cluster
    members = period_reporting(period=period)
    reports = [report for row in members for _activity, report in row.lines if report]
    report_of = {report.activity_id: report for report in reports}
    expected_ids = {activity.pk for row in members for activity, _report in row.lines}

    areas = list(FocusArea.objects.filter(cluster=cluster).order_by("order", "pk"))
    progress = {area.pk: AreaProgress(area) for area in areas}
    links = Activity.focus_areas.through.objects.filter(
        focusarea__cluster=cluster, activity_id__in=expected_ids
    ).values_list("focusarea_id", "activity_id")
    for area_id, activity_id in links:
        line = progress[area_id]
        line.activities += 1
        report = report_of.get(activity_id)
        if report is not None:
            line.reported += 1
            line.percent_sum += report.percent_done
            if report.result_value is not None:
                unit = report.result_unit
                line.results[unit] = line.results.get(unit, Decimal(0)) + report.result_value
    money = area_funding(areas=areas)
    for area in areas:
        progress[area.pk].money = money[area.pk]

    contributions = []
    for row in members:
        spent: dict[str, Decimal] = defaultdict(Decimal)
        percents = []
        for _activity, report in row.lines:
            if report is not None:
                percents.append(report.percent_done)
                spent[report.currency] += report.funds_spent
        contributions.append(
            Contribution(
                member=row.member,
                in_cluster=row.in_cluster,
                activities=row.expected,
                reported=row.reported,
                average_percent=sum(percents) / len(percents) if percents else None,
                spent=sorted(spent.items()),
            )
        )
    all_spent: dict[str, Decimal] = defaultdict(Decimal)
    for report in reports:
        all_spent[report.currency] += report.funds_spent
    gaps = cluster_gaps(cluster=cluster)
    return ConsolidatedReport(
        period=period,
        contributions=contributions,
        areas=[progress[area.pk] for area in areas],
        gaps=gaps,
        unfunded_shown=gaps.unfunded_activities[:UNFUNDED_SHOWN],
        money=cluster_funding(clusters=[cluster])[cluster.pk],
        spent=sorted(all_spent.items()),
        expected=len(expected_ids),
        reported=len(reports),
        average_percent=(
            sum(report.percent_done for report in reports) / len(reports) if reports else None
        ),
        narratives=[
            (activity, report)
            for row in members
            for activity, report in row.lines
            if report is not None and report.narrative
        ]
        if narratives
        else [],
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
