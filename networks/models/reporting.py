"""Consolidated reporting per cluster and period (seed 002), and resource mobilisation: donors'
pledges to focus areas and activities."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from cdfacil.currencies import CurrencyField
from cdfacil.models import Organisation
from networks.models.clusters import Activity, Cluster, FocusArea
from networks.models.network import NetworkMember


class ReportingPeriod(models.Model):
    """A period the convener opens (a half-year by default). Members report until it closes;
    the convener may reopen it. The consolidated report is submitted to the secretariat."""

    cluster = models.ForeignKey(Cluster, on_delete=models.CASCADE, related_name="periods")
    starts_on = models.DateField(_("from"))
    ends_on = models.DateField(_("to"))
    due_at = models.DateTimeField(_("reports due"), null=True, blank=True)
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        blank=True,
    )
    opened_at = models.DateTimeField(_("opened at"), auto_now_add=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    reopened_at = models.DateTimeField(_("reopened at"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted to the secretariat at"), null=True, blank=True)
    summary = models.TextField(_("convener's summary"), blank=True, max_length=4000)

    class Meta:
        verbose_name = _("reporting period")
        verbose_name_plural = _("reporting periods")
        ordering = ["cluster", "-starts_on"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=F("starts_on")), name="period_ends_after_start"
            ),
            models.UniqueConstraint(
                fields=["cluster", "starts_on"],
                name="period_once_per_start",
                violation_error_message=_("The cluster has a period starting that day already."),
            ),
        ]

    def __str__(self):
        return f"{self.cluster}: {date_format(self.starts_on)} – {date_format(self.ends_on)}"

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


class ActivityReport(models.Model):
    """A member's report on one of its activities for a period. It names the member, so a
    member that left the cluster keeps its reported history."""

    period = models.ForeignKey(ReportingPeriod, on_delete=models.CASCADE, related_name="reports")
    activity = models.ForeignKey(Activity, on_delete=models.PROTECT, related_name="reports")
    member = models.ForeignKey(
        NetworkMember, on_delete=models.PROTECT, related_name="activity_reports"
    )
    status = models.CharField(_("status"), max_length=10, choices=Activity.Status.choices)
    percent_done = models.PositiveSmallIntegerField(
        _("percent done"), validators=[MaxValueValidator(100)]
    )
    narrative = models.TextField(_("narrative"), blank=True, max_length=4000)
    result_value = models.DecimalField(
        _("result"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    result_unit = models.CharField(_("unit"), max_length=60, blank=True)
    funds_spent = models.DecimalField(
        _("funds spent"),
        max_digits=14,
        decimal_places=2,
        default=0,
        validators=[MinValueValidator(0)],
    )
    currency = CurrencyField(_("currency"))
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        blank=True,
    )
    submitted_at = models.DateTimeField(_("submitted at"), auto_now=True)

    class Meta:
        verbose_name = _("activity report")
        verbose_name_plural = _("activity reports")
        ordering = ["period", "activity"]
        constraints = [
            models.UniqueConstraint(fields=["period", "activity"], name="activity_report_once"),
            models.CheckConstraint(
                condition=Q(percent_done__lte=100), name="activity_report_percent_at_most_100"
            ),
            models.CheckConstraint(
                condition=Q(result_value__isnull=True) | ~Q(result_unit=""),
                name="activity_report_result_has_unit",
            ),
        ]

    def __str__(self):
        return f"{self.period}: {self.activity}"


class ReportingReminder(models.Model):
    """A reminder sent to a member that had not reported in a period (one row a sending)."""

    period = models.ForeignKey(ReportingPeriod, on_delete=models.CASCADE, related_name="reminders")
    member = models.ForeignKey(NetworkMember, on_delete=models.CASCADE, related_name="+")
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        blank=True,
    )
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True)

    class Meta:
        verbose_name = _("reporting reminder")
        verbose_name_plural = _("reporting reminders")
        ordering = ["-sent_at"]

    def __str__(self):
        return f"{self.period}: {self.member}"


class NetworkPledge(models.Model):
    """A donor's support to a focus area or to one activity of a cluster, as to an action.
    A withdrawn pledge is kept, out of the totals."""

    class Status(models.TextChoices):
        INDICATED = "indicated", _("Indicated")
        COMMITTED = "committed", _("Committed")
        DISBURSED = "disbursed", _("Disbursed")

    focus_area = models.ForeignKey(
        FocusArea,
        verbose_name=_("focus area"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="pledges",
    )
    activity = models.ForeignKey(
        Activity,
        verbose_name=_("activity"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="pledges",
    )
    donor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="network_pledges"
    )
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.PROTECT, related_name="+"
    )
    amount = models.DecimalField(
        _("amount"), max_digits=14, decimal_places=2, validators=[MinValueValidator(0)]
    )
    currency = CurrencyField(_("currency"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.INDICATED
    )
    note = models.CharField(_("note"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("pledged at"), auto_now_add=True)
    withdrawn_at = models.DateTimeField(_("pledge withdrawn at"), null=True, blank=True)

    class Meta:
        verbose_name = _("pledge to a cluster")
        verbose_name_plural = _("pledges to clusters")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(focus_area__isnull=True, activity__isnull=False)
                | Q(focus_area__isnull=False, activity__isnull=True),
                name="network_pledge_to_one_thing",
            ),
            models.CheckConstraint(
                condition=Q(amount__gte=0), name="network_pledge_amount_not_negative"
            ),
        ]

    def __str__(self):
        return f"{self.organisation}: {self.amount} {self.currency}"
