"""Consolidated reporting's rules: who opens a period, no report after the close unless it is
reopened, one report per activity and period, a member that left keeps its history, reminders
only to those who have not reported, and the submission to the secretariat."""

import datetime
from decimal import Decimal

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.formats import date_format

from cdfacil.models import AuditEntry
from networks.models import ActivityReport, ReportingReminder
from networks.selectors.reporting import consolidated_report, period_members
from networks.services import reporting
from tests.networks.reporting_helpers import Setting

pytestmark = pytest.mark.django_db


@pytest.fixture
def s():
    return Setting()


def test_only_the_clusters_managers_open_a_period(s):
    alpha = s.members[0]
    with pytest.raises(ValidationError, match="convener"):
        reporting.period_open(
            cluster=s.cluster,
            by=alpha.rep,
            starts_on=datetime.date(2031, 1, 1),
            ends_on=datetime.date(2031, 6, 30),
        )
    period = reporting.period_open(
        cluster=s.cluster,
        by=s.secretariat,
        starts_on=datetime.date(2031, 1, 1),
        ends_on=datetime.date(2031, 6, 30),
    )
    assert period.is_open and period.opened_by == s.secretariat


def test_a_period_ending_before_it_starts_is_refused_on_its_field(s):
    with pytest.raises(ValidationError) as refused:
        reporting.period_open(
            cluster=s.cluster,
            by=s.convener,
            starts_on=datetime.date(2031, 6, 30),
            ends_on=datetime.date(2031, 1, 1),
        )
    assert "ends_on" in refused.value.error_dict


def test_the_default_period_is_this_half_year_or_the_next_while_one_is_open(s):
    on = datetime.date(2030, 8, 14)
    # s.period is open: the next half-year
    assert reporting.period_default_dates(cluster=s.cluster, today=on) == (
        datetime.date(2031, 1, 1),
        datetime.date(2031, 6, 30),
    )
    reporting.period_close(period=s.period, by=s.convener)
    assert reporting.period_default_dates(cluster=s.cluster, today=on) == (
        datetime.date(2030, 7, 1),
        datetime.date(2030, 12, 31),
    )


def test_no_report_after_the_period_closes_unless_it_is_reopened(s):
    alpha = s.members[0]
    activity = s.activity(alpha)
    s.report(activity, percent_done=40)
    reporting.period_close(period=s.period, by=s.convener)

    with pytest.raises(ValidationError, match="closed on"):
        s.report(activity, percent_done=90)
    assert ActivityReport.objects.get(activity=activity).percent_done == 40

    reporting.period_reopen(period=s.period, by=s.convener)
    s.report(activity, percent_done=90)
    assert ActivityReport.objects.get(activity=activity).percent_done == 90


def test_closing_twice_or_reopening_an_open_period_is_refused(s):
    with pytest.raises(ValidationError, match="open already"):
        reporting.period_reopen(period=s.period, by=s.convener)
    reporting.period_close(period=s.period, by=s.convener)
    with pytest.raises(ValidationError, match="closed already"):
        reporting.period_close(period=s.period, by=s.convener)


def test_one_report_per_activity_and_period_changed_in_place(s):
    alpha = s.members[0]
    activity = s.activity(alpha)
    first = s.report(activity, percent_done=10, narrative="Started")
    second = s.report(activity, percent_done=60, narrative="Half way")
    assert first.pk == second.pk
    assert ActivityReport.objects.filter(activity=activity, period=s.period).count() == 1
    assert ActivityReport.objects.get().narrative == "Half way"
    # The database holds it too.
    with pytest.raises(IntegrityError), transaction.atomic():
        ActivityReport.objects.create(
            period=s.period,
            activity=activity,
            member=alpha,
            status="ongoing",
            percent_done=1,
            currency="USD",
        )


def test_only_a_representative_of_the_activitys_organisation_reports(s):
    alpha, beta = s.members
    activity = s.activity(alpha)
    for person in (beta.rep, s.convener, s.secretariat):
        with pytest.raises(ValidationError, match="representative"):
            s.report(activity, by=person)
    assert not ActivityReport.objects.exists()


def test_a_result_needs_its_unit(s):
    activity = s.activity(s.members[0])
    with pytest.raises(ValidationError) as refused:
        s.report(activity, result_value=Decimal("12"), result_unit="")
    assert "result_unit" in refused.value.error_dict


def test_a_member_that_left_the_cluster_keeps_its_reported_history(s):
    alpha, beta = s.members
    reported = s.activity(alpha, title="Training of planners")
    s.report(reported, percent_done=70, result_value=Decimal("30"), result_unit="planners")
    s.activity(beta)
    s.cluster.memberships.filter(member=alpha).update(left_at=timezone.now())

    rows = {row.member.pk: row for row in period_members(period=s.period)}
    assert not rows[alpha.pk].in_cluster
    assert rows[alpha.pk].reported == 1
    report = consolidated_report(period=s.period)
    alpha_line = next(line for line in report.contributions if line.member == alpha)
    assert (alpha_line.in_cluster, alpha_line.reported, alpha_line.average_percent) == (
        False,
        1,
        70,
    )
    area = report.areas[0]
    assert area.result_lines == [("planners", Decimal("30"))]


def test_progress_by_focus_area_averages_the_reports_and_sums_results_per_unit(s):
    alpha, beta = s.members
    s.report(s.activity(alpha), percent_done=20, result_value=Decimal("5"), result_unit="districts")
    s.report(s.activity(beta), percent_done=60, result_value=Decimal("7"), result_unit="districts")
    s.activity(beta, title="Not reported")
    s.activity(beta, title="Cancelled", status="cancelled")

    area = consolidated_report(period=s.period).areas[0]
    assert (area.activities, area.reported, area.average_percent) == (3, 2, 40)
    assert area.result_lines == [("districts", Decimal("12"))]


def test_reminders_go_only_to_those_who_have_not_reported(s, django_capture_on_commit_callbacks):
    alpha, beta = s.members
    s.report(s.activity(alpha))
    s.activity(beta)  # not reported
    with django_capture_on_commit_callbacks(execute=True):
        reminded = reporting.period_remind(period=s.period, by=s.convener)

    assert reminded == [beta]
    assert list(ReportingReminder.objects.values_list("member", flat=True)) == [beta.pk]
    assert [message.to for message in mail.outbox] == [[beta.rep.email]]
    assert s.cluster.theme in mail.outbox[0].subject
    assert f"/networks/periods/{s.period.pk}/" in mail.outbox[0].body


def test_no_reminder_when_everyone_reported_or_the_period_is_closed(s):
    s.report(s.activity(s.members[0]))
    with pytest.raises(ValidationError, match="nobody to remind"):
        reporting.period_remind(period=s.period, by=s.convener)
    s.activity(s.members[1])
    reporting.period_close(period=s.period, by=s.convener)
    with pytest.raises(ValidationError, match="closed"):
        reporting.period_remind(period=s.period, by=s.convener)
    assert not ReportingReminder.objects.exists()


def test_a_representative_cannot_send_reminders(s):
    s.activity(s.members[1])
    with pytest.raises(ValidationError):
        reporting.period_remind(period=s.period, by=s.members[0].rep)


def test_submitting_tells_the_secretariat_by_email(s, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        reporting.period_submit(period=s.period, by=s.convener)
    s.period.refresh_from_db()
    assert s.period.submitted_at is not None
    assert [message.to for message in mail.outbox] == [[s.secretariat.email]]
    assert f"/networks/periods/{s.period.pk}/report/" in mail.outbox[0].body
    with pytest.raises(ValidationError):
        reporting.period_submit(period=s.period, by=s.members[0].rep)


# --- The audit log --------------------------------------------------------------------------


def _audit(s, action):
    return [
        entry
        for entry in AuditEntry.objects.filter(action=action).order_by("pk")
        if entry.details.get("network") == s.network.pk
    ]


def _dates(period):
    return f"{date_format(period.starts_on)} – {date_format(period.ends_on)}"


def test_closing_and_reopening_a_period_are_in_the_audit_log(s):
    reporting.period_close(period=s.period, by=s.convener)
    [closed] = _audit(s, AuditEntry.Action.PERIOD_CLOSED)
    assert closed.actor == s.convener
    assert closed.summary == (
        f"The reporting period {_dates(s.period)} of {s.cluster.theme} was closed."
    )
    assert closed.details == {
        "network": s.network.pk,
        "cluster": s.cluster.pk,
        "period": s.period.pk,
    }

    reporting.period_reopen(period=s.period, by=s.secretariat)
    [reopened] = _audit(s, AuditEntry.Action.PERIOD_REOPENED)
    assert reopened.actor == s.secretariat
    assert reopened.summary == (
        f"The reporting period {_dates(s.period)} of {s.cluster.theme} was reopened."
    )


def test_a_refused_reopening_writes_nothing_in_the_audit_log(s):
    with pytest.raises(ValidationError):
        reporting.period_reopen(period=s.period, by=s.convener)
    assert _audit(s, AuditEntry.Action.PERIOD_REOPENED) == []


def test_submitting_a_period_is_in_the_audit_log(s, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        reporting.period_submit(period=s.period, by=s.convener)
    [entry] = _audit(s, AuditEntry.Action.PERIOD_SUBMITTED)
    assert entry.actor == s.convener
    assert entry.summary == (
        f"The report of {s.cluster.theme} for {_dates(s.period)} was submitted to the secretariat."
    )


def test_a_period_opened_twice_on_the_same_day_is_refused_in_words(s):
    """A double tap on "Open": the second meets the first and is told, no database error."""
    days = {"starts_on": datetime.date(2031, 1, 1), "ends_on": datetime.date(2031, 6, 30)}
    reporting.period_open(cluster=s.cluster, by=s.convener, **days)
    with pytest.raises(ValidationError) as refusal:
        reporting.period_open(cluster=s.cluster, by=s.convener, **days)
    assert "starting that day already" in str(refusal.value)
