"""Key issues with their dot-vote ballot, and the editable action plan as a results chain:
objectives -> outputs -> actions, indicators, risks and implementation bodies."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from assessments.models import CDMethod
from cdfacil.currencies import CurrencyField
from cdfacil.models import Organisation


class KeyIssue(models.Model):
    class Source(models.TextChoices):
        GAP = "gap", _("From the assessment gaps")
        GROUP = "group", _("Written by the group")

    event = models.ForeignKey("events.Event", on_delete=models.CASCADE, related_name="key_issues")
    title = models.CharField(_("key issue"), max_length=200)
    description = models.TextField(_("description"), blank=True, max_length=4000)
    source = models.CharField(_("source"), max_length=10, choices=Source.choices)
    assessment_round = models.ForeignKey(
        "assessments.AssessmentRound",
        verbose_name=_("assessment round"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="key_issues",
    )
    questions = models.ManyToManyField(
        "assessments.Question", verbose_name=_("questions behind it"), blank=True
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("key issue")
        verbose_name_plural = _("key issues")
        ordering = ["event", "pk"]

    def __str__(self):
        return self.title


class Ballot(models.Model):
    """The dot vote on an event's key issues."""

    event = models.OneToOneField(
        "events.Event", on_delete=models.CASCADE, related_name="key_issue_ballot"
    )
    dots_per_member = models.PositiveSmallIntegerField(
        _("dots per member"), default=5, validators=[MinValueValidator(1), MaxValueValidator(50)]
    )
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    # As on a whiteboard's vote: the totals stay hidden while people vote, so that nobody follows
    # the crowd, until the facilitator reveals them or closes the vote.
    revealed_at = models.DateTimeField(_("totals revealed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("ballot")
        verbose_name_plural = _("ballots")

    def __str__(self):
        return f"{self.event} ({self.dots_per_member})"

    @property
    def is_closed(self) -> bool:
        """Closed: the ranking is final, and so are the key issues it ranks."""
        return self.closed_at is not None

    @property
    def totals_shown(self) -> bool:
        """Everyone sees the totals once revealed, and for good once the vote is closed."""
        return self.closed_at is not None or self.revealed_at is not None


class Vote(models.Model):
    key_issue = models.ForeignKey(KeyIssue, on_delete=models.CASCADE, related_name="votes")
    voter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="key_issue_votes"
    )
    dots = models.PositiveSmallIntegerField(_("dots"), validators=[MinValueValidator(1)])

    class Meta:
        verbose_name = _("vote")
        verbose_name_plural = _("votes")
        constraints = [
            models.UniqueConstraint(fields=["key_issue", "voter"], name="vote_once_per_issue"),
            models.CheckConstraint(condition=Q(dots__gte=1), name="vote_has_dots"),
        ]

    def __str__(self):
        return f"{self.voter}: {self.dots} on {self.key_issue}"


class Versioned(models.Model):
    """Optimistic locking: a save names the `lock_version` it started from."""

    lock_version = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        abstract = True


class ActionPlan(Versioned):
    event = models.OneToOneField("events.Event", on_delete=models.CASCADE, related_name="plan")
    title = models.CharField(_("title"), max_length=200)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("action plan")
        verbose_name_plural = _("action plans")

    def __str__(self):
        return self.title


class Objective(Versioned):
    plan = models.ForeignKey(ActionPlan, on_delete=models.CASCADE, related_name="objectives")
    title = models.CharField(_("objective (outcome)"), max_length=300)
    history = HistoricalRecords()
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("objective")
        verbose_name_plural = _("objectives")
        ordering = ["plan", "order", "pk"]

    def __str__(self):
        return self.title


class Output(Versioned):
    objective = models.ForeignKey(Objective, on_delete=models.CASCADE, related_name="outputs")
    title = models.CharField(_("output"), max_length=300)
    history = HistoricalRecords()
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("output")
        verbose_name_plural = _("outputs")
        ordering = ["objective", "order", "pk"]

    def __str__(self):
        return self.title


class Indicator(Versioned):
    """An indicator at outcome or output level."""

    objective = models.ForeignKey(
        Objective, on_delete=models.CASCADE, null=True, blank=True, related_name="indicators"
    )
    output = models.ForeignKey(
        Output, on_delete=models.CASCADE, null=True, blank=True, related_name="indicators"
    )
    description = models.CharField(_("indicator"), max_length=300)
    unit = models.CharField(_("unit"), max_length=50, blank=True)
    baseline_value = models.DecimalField(
        _("baseline"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    baseline_year = models.PositiveSmallIntegerField(
        _("baseline year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1990), MaxValueValidator(2100)],
    )
    target_value = models.DecimalField(
        _("target"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    target_year = models.PositiveSmallIntegerField(
        _("target year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1990), MaxValueValidator(2100)],
    )
    means_of_verification = models.CharField(_("means of verification"), max_length=300, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        constraints = [
            models.CheckConstraint(
                condition=(Q(objective__isnull=False) & Q(output__isnull=True))
                | (Q(objective__isnull=True) & Q(output__isnull=False)),
                name="indicator_outcome_or_output",
                violation_error_message=_("An indicator belongs to an objective or an output."),
            ),
            models.CheckConstraint(
                condition=Q(target_year__isnull=True)
                | Q(baseline_year__isnull=True)
                | Q(target_year__gte=F("baseline_year")),
                name="indicator_target_after_baseline",
                violation_error_message=_("The target year cannot come before the baseline year."),
            ),
        ]

    def __str__(self):
        return self.description


class Action(Versioned):
    class FundingStatus(models.TextChoices):
        UNFUNDED = "unfunded", _("Not funded")
        PARTLY = "partly", _("Partly funded")
        FUNDED = "funded", _("Funded")

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        ONGOING = "ongoing", _("Ongoing")
        DONE = "done", _("Done")
        CANCELLED = "cancelled", _("Cancelled")

    output = models.ForeignKey(Output, on_delete=models.CASCADE, related_name="actions")
    title = models.CharField(_("action"), max_length=300)
    description = models.TextField(_("description"), blank=True, max_length=4000)
    responsible_organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("responsible organisation"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    lead_person = models.CharField(_("lead person"), max_length=150, blank=True)
    supporting_partners = models.ManyToManyField(
        Organisation, verbose_name=_("supporting partners"), blank=True, related_name="+"
    )
    starts_on = models.DateField(_("start"), null=True, blank=True)
    ends_on = models.DateField(_("end"), null=True, blank=True)
    cd_method = models.CharField(
        _("capacity-development method"), max_length=30, choices=CDMethod.choices, blank=True
    )
    estimated_cost = models.DecimalField(
        _("estimated cost"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    currency = CurrencyField(_("currency"), blank=True)
    funding_status = models.CharField(
        _("funding status"),
        max_length=10,
        choices=FundingStatus.choices,
        default=FundingStatus.UNFUNDED,
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PLANNED
    )
    key_issues = models.ManyToManyField(
        KeyIssue, verbose_name=_("key issues addressed"), blank=True, related_name="actions"
    )
    indicators = models.ManyToManyField(
        Indicator, verbose_name=_("linked indicators"), blank=True, related_name="actions"
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    history = HistoricalRecords(m2m_fields=[supporting_partners, key_issues, indicators])

    class Meta:
        verbose_name = _("action")
        verbose_name_plural = _("actions")
        ordering = ["output", "order", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True)
                | Q(starts_on__isnull=True)
                | Q(ends_on__gte=F("starts_on")),
                name="action_ends_after_start",
                violation_error_message=_("An action cannot end before it starts."),
            ),
            models.CheckConstraint(
                condition=Q(estimated_cost__isnull=True) | Q(estimated_cost__gte=0),
                name="action_cost_not_negative",
                violation_error_message=_("A cost cannot be negative."),
            ),
        ]

    def __str__(self):
        return self.title


class Risk(Versioned):
    class Kind(models.TextChoices):
        RISK = "risk", _("Risk")
        ASSUMPTION = "assumption", _("Assumption")

    plan = models.ForeignKey(ActionPlan, on_delete=models.CASCADE, related_name="risks")
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default=Kind.RISK)
    description = models.TextField(_("description"), max_length=2000)
    mitigation = models.TextField(_("mitigation"), blank=True, max_length=2000)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("risk or assumption")
        verbose_name_plural = _("risks and assumptions")
        ordering = ["plan", "kind", "pk"]

    def __str__(self):
        return self.description[:60]


class ImplementationBody(Versioned):
    class Kind(models.TextChoices):
        STEERING_COMMITTEE = "steering_committee", _("Steering committee")
        WORKING_GROUP = "working_group", _("Working group")
        SECRETARIAT = "secretariat", _("Secretariat")
        OTHER = "other", _("Other")

    plan = models.ForeignKey(ActionPlan, on_delete=models.CASCADE, related_name="bodies")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    name = models.CharField(_("name"), max_length=200)
    convener = models.ForeignKey(
        Organisation, verbose_name=_("convener"), on_delete=models.PROTECT, related_name="+"
    )
    members = models.ManyToManyField(
        Organisation, verbose_name=_("members"), blank=True, related_name="+"
    )
    meeting_frequency = models.CharField(_("meets"), max_length=100, blank=True)
    history = HistoricalRecords(m2m_fields=[members])

    class Meta:
        verbose_name = _("implementation body")
        verbose_name_plural = _("implementation bodies")
        ordering = ["plan", "kind", "pk"]

    def __str__(self):
        return self.name
