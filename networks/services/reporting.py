"""Consolidated reporting: the convener opens a period, members report on their activities
until it closes, the convener reminds those who have not, and submits the consolidated report
to the network's secretariat. The emails leave from tasks queued after the commit."""

import datetime
import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from cdfacil.models import AuditEntry, User
from cdfacil.services import audit_record
from cdfacil.writes import validated_save
from networks.models import (
    Activity,
    ActivityReport,
    Cluster,
    NetworkMember,
    ReportingPeriod,
    ReportingReminder,
    SecretariatSeat,
)
from networks.selectors.reporting import members_to_remind

logger = logging.getLogger(__name__)

REPORT_FIELDS = (
    "status",
    "percent_done",
    "narrative",
    "result_value",
    "result_unit",
    "funds_spent",
    "currency",
)


def _half_year(day: datetime.date) -> tuple[datetime.date, datetime.date]:
    if day.month <= 6:
        return datetime.date(day.year, 1, 1), datetime.date(day.year, 6, 30)
    return datetime.date(day.year, 7, 1), datetime.date(day.year, 12, 31)


def period_default_dates(*, cluster: Cluster, today: datetime.date):
    """The current half-year, or the next one while a period is open."""
    starts_on, ends_on = _half_year(today)
    if cluster.periods.filter(closed_at__isnull=True).exists():
        starts_on, ends_on = _half_year(ends_on + datetime.timedelta(days=1))
    return starts_on, ends_on


def _managing(period_or_cluster, by: User) -> None:
    if not by.has_perm("networks.manage_period", period_or_cluster):
        raise ValidationError(
            _("Only the cluster's convener, focal point or secretariat may do this.")
        )


@transaction.atomic
def period_open(
    *,
    cluster: Cluster,
    by: User,
    starts_on: datetime.date,
    ends_on: datetime.date,
    due_at: datetime.datetime | None = None,
) -> ReportingPeriod:
    _managing(cluster, by)
    if starts_on and ends_on and ends_on < starts_on:
        raise ValidationError({"ends_on": _("The period ends before it starts.")})
    if due_at is not None and starts_on and due_at.date() < starts_on:
        raise ValidationError({"due_at": _("Reports cannot be due before the period starts.")})
    # Two opens at once (a double tap) wait for each other here, so the second meets the
    # first in the validation ("a period starting that day already") rather than the database.
    Cluster.objects.select_for_update().filter(pk=cluster.pk).first()
    period = ReportingPeriod(
        cluster=cluster, starts_on=starts_on, ends_on=ends_on, due_at=due_at, opened_by=by
    )
    return validated_save(period)


def _period_audit(period: ReportingPeriod, *, by: User, action: str, summary: str) -> None:
    """An entry of the audit log about a period (no event: `details["network"]` names the
    network; `summary` names the period's dates and cluster)."""
    cluster = period.cluster
    words = {
        "cluster": cluster.theme,
        "start": date_format(period.starts_on),
        "end": date_format(period.ends_on),
    }
    audit_record(
        action=action,
        summary=summary % words,
        by=by,
        details={"network": cluster.network_id, "cluster": cluster.pk, "period": period.pk},
    )


@transaction.atomic
def period_close(*, period: ReportingPeriod, by: User) -> ReportingPeriod:
    period = ReportingPeriod.objects.select_for_update().get(pk=period.pk)
    _managing(period, by)
    if period.closed_at is not None:
        raise ValidationError(_("The period is closed already."))
    period.closed_at = timezone.now()
    period.save(update_fields=["closed_at"])
    _period_audit(
        period,
        by=by,
        action=AuditEntry.Action.PERIOD_CLOSED,
        summary=_("The reporting period %(start)s – %(end)s of %(cluster)s was closed."),
    )
    return period


@transaction.atomic
def period_reopen(*, period: ReportingPeriod, by: User) -> ReportingPeriod:
    period = ReportingPeriod.objects.select_for_update().get(pk=period.pk)
    _managing(period, by)
    if period.closed_at is None:
        raise ValidationError(_("The period is open already."))
    period.closed_at = None
    period.reopened_at = timezone.now()
    period.save(update_fields=["closed_at", "reopened_at"])
    _period_audit(
        period,
        by=by,
        action=AuditEntry.Action.PERIOD_REOPENED,
        summary=_("The reporting period %(start)s – %(end)s of %(cluster)s was reopened."),
    )
    return period


def report_refusal(period: ReportingPeriod) -> str | None:
    """Why no report may be written in the period now, or None."""
    if period.closed_at is None:
        return None
    return _(
        "The period closed on %(date)s: reports can no longer be written or changed. Ask the "
        "cluster's convener to reopen it."
    ) % {"date": date_format(timezone.localtime(period.closed_at).date())}


@transaction.atomic
def activity_report_save(
    *, period: ReportingPeriod, activity: Activity, by: User, data: dict
) -> ActivityReport:
    """A member's report on one of its activities: one per activity and period, changed in
    place until the period closes (or after it is reopened)."""
    period = ReportingPeriod.objects.select_for_update().get(pk=period.pk)
    if not by.has_perm("networks.report_activity", activity):
        raise ValidationError(
            _("Only a representative of the activity's organisation reports on it.")
        )
    if activity.cluster_id != period.cluster_id:
        raise ValidationError(_("This activity is not one of the period's cluster."))
    refusal = report_refusal(period)
    if refusal:
        raise ValidationError(refusal)
    refused = sorted(set(data) - set(REPORT_FIELDS))
    if refused:
        raise ValidationError({name: _("You are not allowed to do this") for name in refused})
    report = ActivityReport.objects.filter(period=period, activity=activity).first()
    if report is None:
        report = ActivityReport(period=period, activity=activity, member_id=activity.member_id)
    for name, value in data.items():
        setattr(report, name, value)
    if report.result_value is not None and not (report.result_unit or "").strip():
        raise ValidationError({"result_unit": _("Say what the result counts (its unit).")})
    report.submitted_by = by
    return validated_save(report)


def period_summary_update(*, period: ReportingPeriod, by: User, summary: str) -> ReportingPeriod:
    _managing(period, by)
    period.summary = (summary or "").strip()
    validated_save(period)
    return period


# --- Reminders ---------------------------------------------------------------------------------


@transaction.atomic
def period_remind(*, period: ReportingPeriod, by: User) -> list[NetworkMember]:
    """Remind every member that has not reported all its activities in the period: a row for
    each, and an email to its representatives from a task queued after the commit."""
    period = (
        ReportingPeriod.objects.select_for_update(of=("self",))
        .select_related("cluster__network")
        .get(pk=period.pk)
    )
    _managing(period, by)
    if period.closed_at is not None:
        raise ValidationError(_("The period is closed: reopen it before reminding anyone."))
    members = members_to_remind(period=period)
    if not members:
        raise ValidationError(_("Every member has reported all its activities: nobody to remind."))
    ReportingReminder.objects.bulk_create(
        [ReportingReminder(period=period, member=member, sent_by=by) for member in members]
    )
    _queue("send_reminder_email", period.pk, [member.pk for member in members])
    return members


def _queue(task_name: str, period_id: int, member_ids: list[int] | None = None) -> None:
    from networks import tasks  # the tasks module imports this one

    task = getattr(tasks, task_name)

    def queue():
        for member_id in member_ids if member_ids is not None else [None]:
            args = (period_id,) if member_id is None else (period_id, member_id)
            try:
                task.delay(*args, settings.CDFACIL_BASE_URL)
            except Exception:  # noqa: BLE001  (a broker's errors differ by transport)
                logger.exception("%s of period %s could not be queued", task_name, period_id)

    transaction.on_commit(queue)


def _period_url(base_url: str, name: str, period: ReportingPeriod) -> str:
    return base_url.rstrip("/") + reverse(f"networks:{name}", args=[period.pk])


def reminder_email_send(*, period_id: int, member_id: int, base_url: str) -> int:
    """Email the member's representatives that reports are awaited, each in their language;
    run by a worker. Nothing is sent once the period has closed. Returns how many were sent."""
    period = (
        ReportingPeriod.objects.select_related("cluster__network")
        .filter(pk=period_id, closed_at__isnull=True)
        .first()
    )
    member = NetworkMember.objects.select_related("organisation").filter(pk=member_id).first()
    if period is None or member is None:
        return 0
    network = period.cluster.network
    people = User.objects.filter(representations__member=member).exclude(email="")
    sent = 0
    for person in people:
        with (
            translation.override(person.language or network.language),
            timezone.override(network.time_zone),
        ):
            subject = _("Your report is awaited: %(cluster)s") % {"cluster": period.cluster.theme}
            body = render_to_string(
                "networks/email/period_reminder.txt",
                {
                    "period": period,
                    "member": member,
                    "network": network,
                    "person": person,
                    "url": _period_url(base_url, "period_detail", period),
                },
            )
        send_mail(subject=subject, message=body, from_email=None, recipient_list=[person.email])
        sent += 1
    return sent


# --- Submission ----------------------------------------------------------------------------------


@transaction.atomic
def period_submit(*, period: ReportingPeriod, by: User) -> ReportingPeriod:
    """Submit the consolidated report to the network's secretariat, who is told by email. It
    may be submitted again after a change; the last time is kept."""
    period = (
        ReportingPeriod.objects.select_for_update(of=("self",))
        .select_related("cluster__network")
        .get(pk=period.pk)
    )
    _managing(period, by)
    period.submitted_at = timezone.now()
    period.save(update_fields=["submitted_at"])
    _period_audit(
        period,
        by=by,
        action=AuditEntry.Action.PERIOD_SUBMITTED,
        summary=_(
            "The report of %(cluster)s for %(start)s – %(end)s was submitted to the secretariat."
        ),
    )
    _queue("send_submission_email", period.pk)
    return period


def submission_email_send(*, period_id: int, base_url: str) -> int:
    """Tell each person of the network's secretariat that a cluster submitted its report."""
    period = (
        ReportingPeriod.objects.select_related("cluster__network")
        .filter(pk=period_id, submitted_at__isnull=False)
        .first()
    )
    if period is None:
        return 0
    network = period.cluster.network
    seats = SecretariatSeat.objects.filter(network=network).select_related("user")
    sent = 0
    for seat in seats:
        person = seat.user
        if not person.email:
            continue
        with (
            translation.override(person.language or network.language),
            timezone.override(network.time_zone),
        ):
            subject = _("Report submitted: %(cluster)s") % {"cluster": period.cluster.theme}
            body = render_to_string(
                "networks/email/period_submitted.txt",
                {
                    "period": period,
                    "network": network,
                    "person": person,
                    "url": _period_url(base_url, "period_report", period),
                },
            )
        send_mail(subject=subject, message=body, from_email=None, recipient_list=[person.email])
        sent += 1
    return sent
