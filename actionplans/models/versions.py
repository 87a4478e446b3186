"""What happens to a frozen plan: its versions, the organisations' positions, donors' pledges,
and the follow-up of progress and indicator measurements."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from actionplans.models.plan import Action, ActionPlan, Indicator
from cdfacil.currencies import CurrencyField
from cdfacil.models import Organisation


class PlanVersion(models.Model):
    """An immutable snapshot of the whole plan, submitted to the broad group for endorsement."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open for positions")
        ENDORSED = "endorsed", _("Endorsed")
        NOT_ENDORSED = "not_endorsed", _("Not endorsed")

    plan = models.ForeignKey(ActionPlan, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveSmallIntegerField(_("version"))
    snapshot = models.JSONField(_("snapshot"))
    fingerprint = models.CharField(_("fingerprint"), max_length=64)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.OPEN
    )
    outcome_reasons = models.JSONField(_("reasons"), default=list, blank=True)
    frozen_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    frozen_at = models.DateTimeField(_("frozen at"), auto_now_add=True)
    closed_at = models.DateTimeField(_("endorsement closed at"), null=True, blank=True)
    # What the rule was decided on when the endorsement closed: the lead government
    # organisation, the organisations present and the counts, so the record of a closed version
    # never follows a lead or a list of participants changed since. Empty while open (and for
    # versions closed before it was kept).
    closing_record = models.JSONField(_("record at closing"), default=dict, blank=True)
    published_at = models.DateTimeField(_("published to donors at"), null=True, blank=True)
    # The last withdrawal from donors and its reason, shown with the version; the audit log
    # keeps every one.
    withdrawn_at = models.DateTimeField(_("withdrawn from donors at"), null=True, blank=True)
    withdrawal_reason = models.TextField(_("reason of the withdrawal"), blank=True)

    class Meta:
        verbose_name = _("plan version")
        verbose_name_plural = _("plan versions")
        ordering = ["plan", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "number"], name="plan_version_unique"),
            models.CheckConstraint(
                condition=Q(published_at__isnull=True) | Q(status="endorsed"),
                name="plan_version_only_endorsed_published",
            ),
        ]
        indexes = [
            # The donor portfolio lists, counts and filters the published versions, newest
            # first, from the index alone: SQLite would otherwise read every version's snapshot
            # on the platform to reach the status and publication date stored after it.
            models.Index(
                fields=["status", "published_at", "plan", "number"],
                name="plan_version_published_idx",
            ),
        ]

    def __str__(self):
        return f"{self.plan} v{self.number}"

    def save(self, *args, **kwargs):
        # A frozen version never changes: only its endorsement state moves on.
        if self.pk is not None:
            stored = (
                PlanVersion.objects.filter(pk=self.pk)
                .values_list("snapshot", "fingerprint", "number", "plan_id")
                .first()
            )
            if stored and stored != (self.snapshot, self.fingerprint, self.number, self.plan_id):
                raise ValueError("A frozen plan version cannot change its content.")
        super().save(*args, **kwargs)


class Position(models.Model):
    """One organisation's position on a frozen plan version."""

    class Stance(models.TextChoices):
        ENDORSE = "endorse", _("Endorse")
        ENDORSE_WITH_RESERVATIONS = "reservations", _("Endorse with reservations")
        OBJECT = "object", _("Object")
        ABSTAIN = "abstain", _("Abstain")

    version = models.ForeignKey(PlanVersion, on_delete=models.CASCADE, related_name="positions")
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.PROTECT, related_name="+"
    )
    stance = models.CharField(_("position"), max_length=20, choices=Stance.choices)
    comment = models.TextField(_("comment"), blank=True, max_length=4000)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    on_behalf = models.BooleanField(
        _("recorded by a facilitator on the organisation's behalf"), default=False
    )
    recorded_at = models.DateTimeField(_("recorded at"), auto_now=True)

    class Meta:
        verbose_name = _("position")
        verbose_name_plural = _("positions")
        constraints = [
            models.UniqueConstraint(
                fields=["version", "organisation"], name="position_once_per_organisation"
            ),
        ]

    def __str__(self):
        return f"{self.organisation}: {self.get_stance_display()}"


class Pledge(models.Model):
    """A donor's support to an action of a published, endorsed plan version: one per
    organisation and action until withdrawn. A withdrawn pledge is kept, out of the totals."""

    class Status(models.TextChoices):
        INDICATED = "indicated", _("Indicated")
        COMMITTED = "committed", _("Committed")
        DISBURSED = "disbursed", _("Disbursed")

    action = models.ForeignKey(Action, on_delete=models.PROTECT, related_name="pledges")
    version = models.ForeignKey(PlanVersion, on_delete=models.PROTECT, related_name="pledges")
    donor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="pledges"
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
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    withdrawn_at = models.DateTimeField(_("pledge withdrawn at"), null=True, blank=True)
    # What the pledge counts towards the action's cost, in the action's currency, converted when
    # the amount was pledged with the rate then recorded: a rate recorded later changes nothing.
    # Empty for a pledge in another currency made before rates were kept (it counts nowhere).
    counted_amount = models.DecimalField(
        _("counted amount"), max_digits=20, decimal_places=2, null=True, blank=True
    )
    counted_currency = CurrencyField(_("counted in"), blank=True)
    exchange_rate = models.ForeignKey(
        "cdfacil.ExchangeRate",
        verbose_name=_("exchange rate"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    rate = models.DecimalField(
        _("rate used"), max_digits=24, decimal_places=12, null=True, blank=True
    )
    rate_date = models.DateField(_("date of the rate used"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("pledge")
        verbose_name_plural = _("pledges")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(condition=Q(amount__gte=0), name="pledge_amount_not_negative"),
            models.CheckConstraint(
                condition=Q(rate__isnull=True) | Q(rate__gt=0, rate_date__isnull=False),
                name="pledge_rate_positive_and_dated",
            ),
            models.UniqueConstraint(
                fields=["organisation", "action"],
                condition=Q(withdrawn_at__isnull=True),
                name="pledge_once_per_organisation_and_action",
                violation_error_message=_(
                    "Your organisation has already pledged to this action; change that pledge."
                ),
            ),
        ]

    def __str__(self):
        return f"{self.organisation}: {self.amount} {self.currency}"


class ProgressUpdate(models.Model):
    class Status(models.TextChoices):
        NOT_STARTED = "not_started", _("Not started")
        ON_TRACK = "on_track", _("On track")
        DELAYED = "delayed", _("Delayed")
        DONE = "done", _("Done")
        CANCELLED = "cancelled", _("Cancelled")

    # Protected: the follow-up of an action outlives any attempt to delete it or its parents.
    action = models.ForeignKey(Action, on_delete=models.PROTECT, related_name="progress_updates")
    status = models.CharField(_("status"), max_length=12, choices=Status.choices)
    percent_complete = models.PositiveSmallIntegerField(
        _("percent complete"), validators=[MaxValueValidator(100)]
    )
    note = models.TextField(_("note"), blank=True, max_length=2000)
    date = models.DateField(_("date"))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        verbose_name = _("progress update")
        verbose_name_plural = _("progress updates")
        ordering = ["action", "-date", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(percent_complete__lte=100), name="progress_percent_at_most_100"
            ),
        ]

    def __str__(self):
        return f"{self.action}: {self.get_status_display()} {self.percent_complete}%"


class IndicatorMeasurement(models.Model):
    indicator = models.ForeignKey(Indicator, on_delete=models.PROTECT, related_name="measurements")
    value = models.DecimalField(_("value"), max_digits=14, decimal_places=2)
    date = models.DateField(_("date"))
    note = models.CharField(_("note"), max_length=300, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        verbose_name = _("indicator measurement")
        verbose_name_plural = _("indicator measurements")
        ordering = ["indicator", "-date", "-pk"]

    def __str__(self):
        return f"{self.indicator}: {self.value} ({self.date})"
