"""The annual shared-needs round (seed 001): candidate needs from members and from the
network's published plans, the shared needs the secretariat consolidates them into, and each
member organisation's points."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from assessments.models import CDMethod, Level
from networks.models.network import Network, NetworkMember

DEFAULT_POINTS = 10


class NeedsRound(models.Model):
    """One year's round. Draft, then open to submissions and ballots until the secretariat
    closes it, then its ranked result is published to the network."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Being prepared")
        OPEN = "open", _("Open")
        CLOSED = "closed", _("Closed")
        PUBLISHED = "published", _("Result published")

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="rounds")
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    points_per_member = models.PositiveSmallIntegerField(
        _("points per member organisation"),
        default=DEFAULT_POINTS,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )
    asks_ratings = models.BooleanField(
        _("ask for a rating of importance and feasibility"), default=False
    )
    closes_at = models.DateTimeField(
        _("closes at"),
        null=True,
        blank=True,
        help_text=_("When submissions and ballots end, in the network's time zone."),
    )
    opened_at = models.DateTimeField(_("opened at"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    # The ranked result as published: it never follows a need edited afterwards.
    result = models.JSONField(_("result"), default=list, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        blank=True,
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("shared-needs round")
        verbose_name_plural = _("shared-needs rounds")
        ordering = ["network", "-year"]
        constraints = [
            models.UniqueConstraint(
                fields=["network", "year"],
                name="needs_round_once_a_year",
                violation_error_message=_("The network already has a round for this year."),
            ),
            models.CheckConstraint(
                condition=Q(published_at__isnull=True) | Q(status="published"),
                name="needs_round_published_has_status",
            ),
        ]

    def __str__(self):
        return f"{self.network} {self.year}"


class SharedNeed(models.Model):
    """A need the secretariat consolidated from one or more candidates; members spread their
    points over these."""

    round = models.ForeignKey(NeedsRound, on_delete=models.CASCADE, related_name="shared_needs")
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True, max_length=4000)
    level = models.CharField(_("level"), max_length=20, choices=Level.Code.choices, blank=True)
    theme = models.CharField(_("theme"), max_length=100, blank=True)
    # The need of last year's round this one carries on, to say whether it rose or fell.
    continues = models.ForeignKey(
        "self",
        verbose_name=_("last year's need"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="continued_by",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        blank=True,
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("shared need")
        verbose_name_plural = _("shared needs")
        ordering = ["round", "title", "pk"]

    def __str__(self):
        return self.title


class Candidate(models.Model):
    """A need put forward: by a member organisation, or pulled from a published plan of one of
    the network's events (a key issue, or one of the largest gaps: a question's shared score,
    never an individual's). Merged into a shared need, it stays visible as its source."""

    class Source(models.TextChoices):
        MEMBER = "member", _("Submitted by a member")
        KEY_ISSUE = "key_issue", _("Key issue of an endorsed plan")
        GAP = "gap", _("Largest gap of an assessment")

    class Urgency(models.TextChoices):
        LOW = "low", _("Can wait")
        MEDIUM = "medium", _("This year")
        HIGH = "high", _("Urgent")

    round = models.ForeignKey(NeedsRound, on_delete=models.CASCADE, related_name="candidates")
    source = models.CharField(_("source"), max_length=10, choices=Source.choices)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True, max_length=4000)
    level = models.CharField(_("level"), max_length=20, choices=Level.Code.choices, blank=True)
    theme = models.CharField(_("theme"), max_length=100, blank=True)
    method = models.CharField(
        _("capacity-development method wanted"),
        max_length=30,
        choices=CDMethod.choices,
        blank=True,
    )
    urgency = models.CharField(_("urgency"), max_length=10, choices=Urgency.choices, blank=True)
    concerned = models.TextField(
        _("people or organisations concerned"), blank=True, max_length=2000
    )
    # A member's need: the member and who submitted it.
    member = models.ForeignKey(
        NetworkMember,
        verbose_name=_("member organisation"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="candidates",
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        blank=True,
    )
    # A need pulled from a plan: the event, the published version, and the key issue or the
    # question (its code) behind it.
    event = models.ForeignKey(
        "events.Event",
        verbose_name=_("event"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    plan_version = models.ForeignKey(
        "actionplans.PlanVersion",
        verbose_name=_("plan version"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    key_issue = models.ForeignKey(
        "actionplans.KeyIssue",
        verbose_name=_("key issue"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    question_code = models.CharField(_("question"), max_length=20, blank=True)
    gap = models.DecimalField(_("gap"), max_digits=4, decimal_places=2, null=True, blank=True)
    shared_need = models.ForeignKey(
        SharedNeed,
        verbose_name=_("shared need"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="sources",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("candidate need")
        verbose_name_plural = _("candidate needs")
        ordering = ["round", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(source="member") | Q(member__isnull=False),
                name="candidate_of_member_names_member",
            ),
            models.CheckConstraint(
                condition=Q(source="member") | Q(event__isnull=False),
                name="candidate_from_plan_names_event",
            ),
            # A key issue or a gap of an event comes in once a round, however often the
            # secretariat pulls.
            models.UniqueConstraint(
                fields=["round", "key_issue"],
                condition=Q(key_issue__isnull=False),
                name="candidate_key_issue_once",
            ),
            models.UniqueConstraint(
                fields=["round", "event", "question_code"],
                condition=Q(source="gap"),
                name="candidate_gap_once",
            ),
        ]

    def __str__(self):
        return self.title


class Allocation(models.Model):
    """One member organisation's ballot in a round: its points spread over the shared needs,
    changeable until the round closes."""

    round = models.ForeignKey(NeedsRound, on_delete=models.CASCADE, related_name="allocations")
    member = models.ForeignKey(NetworkMember, on_delete=models.PROTECT, related_name="allocations")
    cast_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        blank=True,
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("ballot")
        verbose_name_plural = _("ballots")
        constraints = [
            models.UniqueConstraint(
                fields=["round", "member"],
                name="allocation_once_per_member",
                violation_error_message=_("Your organisation has a ballot already; change it."),
            ),
        ]

    def __str__(self):
        return f"{self.round}: {self.member}"


class AllocationLine(models.Model):
    """The points a ballot gives one shared need, and its ratings where the round asks."""

    allocation = models.ForeignKey(Allocation, on_delete=models.CASCADE, related_name="lines")
    need = models.ForeignKey(SharedNeed, on_delete=models.CASCADE, related_name="allocations")
    points = models.PositiveSmallIntegerField(_("points"), default=0)
    importance = models.PositiveSmallIntegerField(
        _("importance"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
    )
    feasibility = models.PositiveSmallIntegerField(
        _("feasibility"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
    )

    class Meta:
        verbose_name = _("points given")
        verbose_name_plural = _("points given")
        constraints = [
            models.UniqueConstraint(fields=["allocation", "need"], name="allocation_line_once"),
            models.CheckConstraint(
                condition=(Q(importance__isnull=True) | Q(importance__gte=1, importance__lte=5))
                & (Q(feasibility__isnull=True) | Q(feasibility__gte=1, feasibility__lte=5)),
                name="allocation_line_ratings_1_to_5",
            ),
        ]

    def __str__(self):
        return f"{self.need}: {self.points}"
