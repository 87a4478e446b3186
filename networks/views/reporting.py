"""The pages of consolidated reporting: opening a period, who has reported, a member's report
on an activity, reminders, closing and reopening, the consolidated report and its submission,
and every cluster's latest period side by side for the network."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cdfacil.web import act_and_redirect, apply_errors, object_view, page_of
from networks.forms.reporting import ActivityReportForm, PeriodForm, SummaryForm
from networks.models import ActivityReport
from networks.selectors.network import cluster_for, network_for, period_for
from networks.selectors.reporting import (
    consolidated_report,
    last_reminders,
    member_lines,
    not_reported,
    period_activity_for,
    period_members,
    period_reminders,
    reporting_overview,
)
from networks.services import reporting as services
from networks.views.network import network_confirm

MEMBERS_PAGE_SIZE = 50
REMINDERS_SHOWN = 20


def _period_url(period, name="period_detail") -> str:
    return reverse(f"networks:{name}", args=[period.pk])


def _dates(period) -> dict:
    return {"start": date_format(period.starts_on), "end": date_format(period.ends_on)}


@object_view("networks.manage_period", load=cluster_for)
def period_create(request, cluster):
    network = cluster.network
    # The due date and time are typed, and shown, in the network's time zone.
    with timezone.override(network.time_zone):
        starts_on, ends_on = services.period_default_dates(
            cluster=cluster, today=timezone.localdate()
        )
        form = PeriodForm(
            request.POST or None, initial={"starts_on": starts_on, "ends_on": ends_on}
        )
        if request.method == "POST" and form.is_valid():
            try:
                period = services.period_open(cluster=cluster, by=request.user, **form.cleaned_data)
            except ValidationError as error:
                apply_errors(form, error)
            else:
                messages.success(request, _("The reporting period is open: members may report."))
                return redirect(_period_url(period))
        return render(
            request,
            "networks/period_form.html",
            {
                "network": network,
                "form": form,
                "title": _("Open a reporting period: %(cluster)s") % {"cluster": cluster.theme},
                "submit_label": _("Open the period"),
                "intro": _(
                    "Members report on their activities of the period until you close it. "
                    "A half-year unless you choose other dates."
                ),
                "cancel_url": reverse("networks:reporting", args=[network.pk]),
            },
        )


@object_view("networks.view_period", load=period_for)
def period_detail(request, period):
    network = period.cluster.network
    user = request.user
    rows = period_members(period=period)
    page = page_of(rows, request, size=MEMBERS_PAGE_SIZE)
    own_ids = network.viewer_roles.member_ids
    lines = member_lines(
        period=period, member_ids={row.member.pk for row in page.object_list} | own_ids
    )
    reminded = last_reminders(period=period)
    for row in rows:
        row.lines = lines.get(row.member.pk, [])
        row.reminded_at = reminded.get(row.member.pk)
    own = [row for row in rows if row.member.pk in own_ids]
    can_manage = user.has_perm("networks.manage_period", period)
    return render(
        request,
        "networks/period_detail.html",
        {
            "network": network,
            "period": period,
            "page": page,
            "own": own,
            "missing": not_reported(rows),
            "can_manage": can_manage,
            "can_report": bool(own) and period.is_open,
            "refusal": services.report_refusal(period),
            "reminders": list(period_reminders(period=period)[:REMINDERS_SHOWN])
            if can_manage
            else [],
        },
    )


@require_POST
@object_view("networks.manage_period", load=period_for)
def period_remind(request, period):
    return act_and_redirect(
        request,
        act=lambda: services.period_remind(period=period, by=request.user),
        done_message=lambda members: (
            _("Reminders are on their way to: %(names)s.")
            % {"names": ", ".join(str(member.organisation) for member in members)}
        ),
        done_url=_period_url(period),
    )


@object_view("networks.manage_period", load=period_for)
def period_close(request, period):
    return network_confirm(
        request,
        network=period.cluster.network,
        act=lambda: services.period_close(period=period, by=request.user),
        done_message=_("The period is closed: no report can be written or changed."),
        done_url=_period_url(period),
        title=_("Close the period from %(start)s to %(end)s?") % _dates(period),
        message=_(
            "Members can no longer write or change their reports. You may reopen the period later."
        ),
        button=_("Close the period"),
    )


@object_view("networks.manage_period", load=period_for)
def period_reopen(request, period):
    return network_confirm(
        request,
        network=period.cluster.network,
        act=lambda: services.period_reopen(period=period, by=request.user),
        done_message=_("The period is open again: members may report."),
        done_url=_period_url(period),
        title=_("Reopen the period from %(start)s to %(end)s?") % _dates(period),
        message=_("Members may write and change their reports again until you close it."),
        button=_("Reopen the period"),
    )


@object_view("networks.report_activity", load=period_activity_for)
def activity_report(request, activity):
    period = activity.report_period
    network = period.cluster.network
    report = ActivityReport.objects.filter(period=period, activity=activity).first()
    if report is None:
        report = ActivityReport(
            period=period,
            activity=activity,
            member_id=activity.member_id,
            status=activity.status,
            currency=activity.currency,
        )
    refusal = services.report_refusal(period)
    form = ActivityReportForm(request.POST or None, instance=report)
    if refusal:
        for field in form.fields.values():
            field.disabled = True
    elif request.method == "POST" and form.is_valid():
        try:
            services.activity_report_save(
                period=period, activity=activity, by=request.user, data=form.cleaned_data
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(
                request, _("Your report on “%(title)s” was saved.") % {"title": activity.title}
            )
            return redirect(_period_url(period))
    return render(
        request,
        "networks/period_activity_report.html",
        {
            "network": network,
            "period": period,
            "activity": activity,
            "form": form,
            "refusal": refusal,
            "editing": report.pk is not None,
        },
        status=409 if refusal and request.method == "POST" else 200,
    )


@object_view("networks.view_period", load=period_for)
def period_report(request, period):
    network = period.cluster.network
    can_manage = request.user.has_perm("networks.manage_period", period)
    form = SummaryForm(request.POST or None, initial={"summary": period.summary})
    if request.method == "POST":
        if not can_manage:
            raise PermissionDenied
        if form.is_valid():
            services.period_summary_update(
                period=period, by=request.user, summary=form.cleaned_data["summary"]
            )
            messages.success(request, _("The summary was saved."))
            return redirect(_period_url(period, "period_report"))
    return render(
        request,
        "networks/period_report.html",
        {
            "network": network,
            "period": period,
            "report": consolidated_report(period=period, narratives=False, unfunded_all=False),
            "form": form if can_manage else None,
            "can_manage": can_manage,
        },
    )


@object_view("networks.manage_period", load=period_for)
def period_submit(request, period):
    again = period.submitted_at is not None
    return network_confirm(
        request,
        network=period.cluster.network,
        act=lambda: services.period_submit(period=period, by=request.user),
        done_message=_(
            "The consolidated report was submitted to the secretariat, who is told by email."
        ),
        done_url=_period_url(period, "period_report"),
        title=_("Submit the consolidated report to the secretariat?"),
        message=_("It was submitted already: submitting it again tells the secretariat again.")
        if again
        else _(
            "The network's secretariat is told by email and reads it beside the other clusters'."
        ),
        button=_("Submit the report"),
    )


@object_view("networks.view_reporting", load=network_for)
def reporting(request, network):
    rows = reporting_overview(network=network)
    manageable = [
        row.cluster for row in rows if request.user.has_perm("networks.manage_period", row.cluster)
    ]
    return render(
        request,
        "networks/reporting.html",
        {"network": network, "rows": rows, "manageable": {c.pk for c in manageable}},
    )
