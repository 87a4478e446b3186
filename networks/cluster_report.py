"""The PDF report kind of a cluster's period: its consolidated report (members' contributions,
progress by focus area, the gaps, resources mobilised against needed, the narratives), of the
network rather than of an event."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from cdfacil import reports
from networks.models import ReportingPeriod
from networks.selectors.network import period_for
from networks.selectors.reporting import consolidated_report


def cluster_period_for(user, pk):
    """The period when `user` may see it; user None is the worker."""
    if user is None:
        return ReportingPeriod.objects.select_related("cluster__network").filter(pk=pk).first()
    return period_for(user=user, period_pk=pk)


def _money(lines) -> list:
    return [[line.currency, str(line.needed), str(line.mobilised)] for line in lines]


def cluster_report_content(period) -> dict:
    """What the report shows, as plain data: a change to any of it makes a new PDF."""
    report = consolidated_report(period=period)
    return {
        "period": [
            period.cluster.theme,
            period.starts_on.isoformat(),
            period.ends_on.isoformat(),
            period.closed_at and period.closed_at.isoformat(),
            period.submitted_at and period.submitted_at.isoformat(),
            period.summary,
        ],
        "contributions": [
            [
                c.member.pk,
                str(c.member),
                c.activities,
                c.reported,
                c.average_percent,
                [[currency, str(spent)] for currency, spent in c.spent],
            ]
            for c in report.contributions
        ],
        "areas": [
            [
                a.focus_area.pk,
                a.focus_area.title,
                a.activities,
                a.reported,
                a.percent_sum,
                [[unit, str(total)] for unit, total in a.result_lines],
                _money(a.money),
            ]
            for a in report.areas
        ],
        "gaps": [
            [area.pk for area in report.gaps.without_activity],
            [[g.focus_area.pk, g.missing_countries] for g in report.gaps.missing_countries],
            [activity.pk for activity in report.gaps.unfunded_activities],
        ],
        "money": _money(report.money),
        "spent": [[currency, str(spent)] for currency, spent in report.spent],
        "narratives": [
            [activity.pk, report.pk, report.narrative, report.submitted_at.isoformat()]
            for activity, report in report.narratives
        ],
    }


CLUSTER_REPORT = reports.register(
    reports.ReportKind(
        name="cluster_report",
        label=_("Consolidated report"),
        description=_(
            "a cluster's period: members' contributions, progress by focus area, the gaps and "
            "resources mobilised against needed"
        ),
        template="reports/cluster_report.html",
        load_for=cluster_period_for,
        content=cluster_report_content,
        back_url=lambda period: reverse("networks:period_report", args=[period.pk]),
        event_of=lambda period: period.cluster.network,
        context=lambda period: {
            "period": period,
            "cluster": period.cluster,
            "report": consolidated_report(period=period),
        },
        order=200,
        file_words=lambda period: [
            period.cluster.theme,
            f"{period.starts_on.isoformat()}-{period.ends_on.isoformat()}",
        ],
        of_event=False,
    )
)
