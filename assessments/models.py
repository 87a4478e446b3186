"""Capacity assessment: frameworks as versioned data, rounds, private answers and consensus.

Texts of a framework (level, dimension and question names, descriptors, guidance) are content,
stored per language as {"en": "...", "fr": "..."}; `translated()` picks one with a fallback.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from cdfacil.currencies import CurrencyField
from cdfacil.models import Organisation

SCALE_MIN, SCALE_MAX = 1, 4
SCALE_VALIDATORS = [MinValueValidator(SCALE_MIN), MaxValueValidator(SCALE_MAX)]


def translated(texts, language: str | None = None):
    """The text in `language` (or the active one), else English, else any."""
    if not isinstance(texts, dict) or not texts:
        return texts or ""
    language = (language or get_language() or "en").split("-")[0]
    return texts.get(language) or texts.get("en") or next(iter(texts.values()))


def rating_in_scale(field: str) -> Q:
    return Q(**{f"{field}__isnull": True}) | Q(
        **{f"{field}__gte": SCALE_MIN, f"{field}__lte": SCALE_MAX}
    )


def ratings_in_scale(prefix: str) -> list[models.CheckConstraint]:
    """The current and the desired rating on the scale, held by the database; `prefix` names the
    constraints (`answer_current_in_scale`...)."""
    return [
        models.CheckConstraint(condition=rating_in_scale(name), name=f"{prefix}_{name}_in_scale")
        for name in ("current", "desired")
    ]


class Framework(models.Model):
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    copied_from = models.ForeignKey(
        "FrameworkVersion",
        verbose_name=_("copied from"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="copies",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("framework")
        verbose_name_plural = _("frameworks")
        ordering = ["name", "pk"]

    def __str__(self):
        return self.name


class FrameworkVersion(models.Model):
    """One version of a framework. Published versions are frozen and fingerprinted."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    framework = models.ForeignKey(Framework, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("version"))
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    fingerprint = models.CharField(_("fingerprint"), max_length=64, blank=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("framework version")
        verbose_name_plural = _("framework versions")
        ordering = ["framework", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["framework", "number"], name="version_number_unique"),
            models.CheckConstraint(
                condition=Q(status="draft") | (~Q(fingerprint="") & Q(published_at__isnull=False)),
                name="version_published_has_fingerprint",
            ),
        ]

    def __str__(self):
        return f"{self.framework} v{self.number}"

    @property
    def is_frozen(self) -> bool:
        return self.status == self.Status.PUBLISHED


class Level(models.Model):
    class Code(models.TextChoices):
        INDIVIDUAL = "individual", _("Individual")
        ORGANIZATIONAL = "organizational", _("Organizational")
        INSTITUTIONAL = "institutional", _("Institutional")
        CD_EFFORTS = "cd_efforts", _("Capacity-development efforts")

    version = models.ForeignKey(FrameworkVersion, on_delete=models.CASCADE, related_name="levels")
    code = models.CharField(_("level"), max_length=20, choices=Code.choices)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    name = models.JSONField(_("name"), default=dict)
    description = models.JSONField(_("description"), default=dict, blank=True)

    class Meta:
        verbose_name = _("level")
        verbose_name_plural = _("levels")
        ordering = ["version", "order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["version", "code"], name="level_once_per_version"),
        ]

    def __str__(self):
        return translated(self.name)


class Dimension(models.Model):
    level = models.ForeignKey(Level, on_delete=models.CASCADE, related_name="dimensions")
    code = models.CharField(_("code"), max_length=20)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    name = models.JSONField(_("name"), default=dict)
    description = models.JSONField(_("description"), default=dict, blank=True)

    class Meta:
        verbose_name = _("dimension")
        verbose_name_plural = _("dimensions")
        ordering = ["level__order", "order", "pk"]

    def __str__(self):
        return f"{self.code} {translated(self.name)}"


class Question(models.Model):
    dimension = models.ForeignKey(Dimension, on_delete=models.CASCADE, related_name="questions")
    code = models.CharField(_("code"), max_length=20)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    text = models.JSONField(_("question"), default=dict)
    guidance = models.JSONField(_("guidance"), default=dict, blank=True)
    # {"en": ["not in place ...", "emerging ...", "established ...", "advanced ..."]}
    descriptors = models.JSONField(_("descriptors"), default=dict)

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["dimension__level__order", "dimension__order", "order", "pk"]

    def __str__(self):
        return f"{self.code} {translated(self.text)}"


class AssessmentRound(models.Model):
    """One assessment of an event: the baseline first, follow-up rounds later."""

    class Kind(models.TextChoices):
        BASELINE = "baseline", _("Baseline")
        FOLLOW_UP = "follow_up", _("Follow-up")

    event = models.ForeignKey(
        "events.Event", on_delete=models.CASCADE, related_name="assessment_rounds"
    )
    number = models.PositiveSmallIntegerField(_("round"))
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    version = models.ForeignKey(
        FrameworkVersion,
        verbose_name=_("framework version"),
        on_delete=models.PROTECT,
        related_name="rounds",
    )
    opens_at = models.DateTimeField(_("opens at"))
    closes_at = models.DateTimeField(_("closes at"))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("assessment round")
        verbose_name_plural = _("assessment rounds")
        ordering = ["event", "number"]
        constraints = [
            models.UniqueConstraint(fields=["event", "number"], name="round_number_unique"),
            models.CheckConstraint(
                condition=Q(closes_at__gt=models.F("opens_at")), name="round_closes_after_opening"
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.number})"

    @property
    def is_closed(self) -> bool:
        """The close time has passed: the answers can no longer change."""
        return timezone.now() >= self.closes_at


class Response(models.Model):
    """One member's private answers to a round."""

    class Status(models.TextChoices):
        IN_PROGRESS = "in_progress", _("In progress")
        SUBMITTED = "submitted", _("Submitted")

    round = models.ForeignKey(AssessmentRound, on_delete=models.CASCADE, related_name="responses")
    respondent = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="assessment_responses"
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.IN_PROGRESS
    )
    updated_at = models.DateTimeField(_("last saved"), auto_now=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)

    class Meta:
        verbose_name = _("response")
        verbose_name_plural = _("responses")
        constraints = [
            models.UniqueConstraint(fields=["round", "respondent"], name="response_once_per_round"),
        ]

    def __str__(self):
        return f"{self.respondent} - {self.round}"


class Answer(models.Model):
    class Kind(models.TextChoices):
        RATED = "rated", _("Rated")
        DONT_KNOW = "dont_know", _("Don't know")
        NOT_APPLICABLE = "not_applicable", _("Not applicable")

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="answers")
    kind = models.CharField(_("answer"), max_length=20, choices=Kind.choices, default=Kind.RATED)
    current = models.PositiveSmallIntegerField(
        _("current"), null=True, blank=True, validators=SCALE_VALIDATORS
    )
    desired = models.PositiveSmallIntegerField(
        _("desired"), null=True, blank=True, validators=SCALE_VALIDATORS
    )
    evidence = models.TextField(_("evidence"), blank=True, max_length=4000)
    updated_at = models.DateTimeField(_("last saved"), auto_now=True)
    # The optimistic rule of autosave: a page sends the revision it last saw, and the id of its
    # unsaved change, so a save made on a stale page is refused while a retry of the same
    # change (whose first reply was lost) is not.
    revision = models.PositiveIntegerField(_("revision"), default=1)
    change_id = models.CharField(_("change"), max_length=40, blank=True)

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [
            models.UniqueConstraint(
                fields=["response", "question"], name="answer_once_per_question"
            ),
            *ratings_in_scale("answer"),
            # "Don't know" and "not applicable" carry no score.
            models.CheckConstraint(
                condition=Q(kind="rated") | (Q(current__isnull=True) & Q(desired__isnull=True)),
                name="answer_unrated_has_no_score",
            ),
        ]

    def __str__(self):
        return f"{self.question.code}: {self.current}/{self.desired}"


class ConsensusScore(models.Model):
    """The score the core group agreed for one question of a round."""

    round = models.ForeignKey(AssessmentRound, on_delete=models.CASCADE, related_name="consensus")
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="consensus")
    current = models.PositiveSmallIntegerField(_("agreed current"), validators=SCALE_VALIDATORS)
    desired = models.PositiveSmallIntegerField(_("agreed desired"), validators=SCALE_VALIDATORS)
    rationale = models.TextField(_("rationale"), max_length=4000)
    dissent = models.TextField(_("dissent"), blank=True, max_length=4000)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    recorded_at = models.DateTimeField(_("recorded at"), auto_now=True)

    class Meta:
        verbose_name = _("consensus score")
        verbose_name_plural = _("consensus scores")
        constraints = [
            models.UniqueConstraint(
                fields=["round", "question"], name="consensus_once_per_question"
            ),
            *ratings_in_scale("consensus"),
        ]

    def __str__(self):
        return f"{self.question.code}: {self.current}/{self.desired}"


class CDMethod(models.TextChoices):
    TRAINING = "training", _("Training")
    KNOWLEDGE_SHARING = "knowledge_sharing", _("Knowledge sharing")
    RESEARCH = "research", _("Research")
    EXPERIENTIAL_LEARNING = "experiential_learning", _("Experiential learning")
    COACHING = "coaching", _("Coaching")
    MENTORING = "mentoring", _("Mentoring")
    EXPOSURE = "exposure", _("Exposure and study tours")
    TWINNING = "twinning", _("Twinning")
    SOUTH_SOUTH = "south_south", _("South-South cooperation")


class CDInitiative(models.Model):
    """An ongoing capacity-development initiative in the sector, in the group's inventory."""

    event = models.ForeignKey(
        "events.Event", on_delete=models.CASCADE, related_name="cd_initiatives"
    )
    title = models.CharField(_("title"), max_length=200)
    supporting_partner = models.ForeignKey(
        Organisation,
        verbose_name=_("supporting partner"),
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
    )
    target_organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("target organisation"),
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
    )
    level = models.CharField(_("level"), max_length=20, choices=Level.Code.choices)
    method = models.CharField(_("method"), max_length=30, choices=CDMethod.choices)
    budget = models.DecimalField(
        _("budget"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    currency = CurrencyField(_("currency"), blank=True)
    starts_on = models.DateField(_("start"), null=True, blank=True)
    ends_on = models.DateField(_("end"), null=True, blank=True)
    rating = models.PositiveSmallIntegerField(
        _("effectiveness"), null=True, blank=True, validators=SCALE_VALIDATORS
    )
    notes = models.TextField(_("notes"), blank=True, max_length=4000)

    class Meta:
        verbose_name = _("capacity-development initiative")
        verbose_name_plural = _("capacity-development initiatives")
        ordering = ["event", "title"]
        constraints = [
            models.CheckConstraint(
                condition=rating_in_scale("rating"), name="initiative_rating_in_scale"
            ),
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True)
                | Q(starts_on__isnull=True)
                | Q(ends_on__gte=models.F("starts_on")),
                name="initiative_ends_after_start",
            ),
        ]

    def __str__(self):
        return self.title
