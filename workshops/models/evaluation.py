"""The participants' anonymous evaluation of a workshop: its questions (translatable data, which
the facilitators adapt per evaluation), who has answered, and what was answered.

Who answered (`EvaluationTaken`, by participation) and what was answered (`EvaluationResponse`
and its `EvaluationAnswer`s) are kept apart, with no key between them, no time on either and
random primary keys on the answers, so that neither the rows nor their order say whose answer
is whose.
"""

import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from assessments.models import translated
from events.models import Event, Participation

RATING_MIN, RATING_MAX = 1, 5
# Results show from this many answers: below it, one person's answer could be read from them.
MIN_ANSWERS_FOR_RESULTS = 3


class Workshop(models.TextChoices):
    """The moments of the process that are evaluated, with the agenda days they cover."""

    KICK_OFF = "kick_off", _("Kick-off workshop")
    CORE_GROUP = "core_group", _("Core-group days")
    ENDORSEMENT = "endorsement", _("Endorsement workshop")


WORKSHOP_DAYS = {
    Workshop.KICK_OFF: (1,),
    Workshop.CORE_GROUP: (2, 3, 4),
    Workshop.ENDORSEMENT: (5,),
}
WORKSHOP_ORDER = {workshop: index for index, workshop in enumerate(Workshop)}


class Evaluation(models.Model):
    """The evaluation of one workshop of an event, opened and closed by its facilitators."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Being prepared")
        OPEN = "open", _("Open")
        CLOSED = "closed", _("Closed")

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="evaluations")
    workshop = models.CharField(_("workshop"), max_length=20, choices=Workshop.choices)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    # The walk-in link (and the room's QR code): unguessable, and tied to this evaluation only.
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    opened_at = models.DateTimeField(_("opened at"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("evaluation")
        verbose_name_plural = _("evaluations")
        ordering = ["event", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "workshop"],
                name="evaluation_once_per_workshop",
                violation_error_message=_("This workshop already has an evaluation."),
            ),
        ]

    def __str__(self):
        return f"{self.event} - {self.get_workshop_display()}"

    @property
    def days(self) -> tuple[int, ...]:
        return WORKSHOP_DAYS[self.workshop]

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.OPEN


class EvaluationQuestion(models.Model):
    """One question: a 1-5 rating with a comment, or an open text. Its text is content, stored
    per language as {"en": "...", "fr": "..."} like the capacity framework's."""

    class Kind(models.TextChoices):
        RATING = "rating", _("Rating from 1 to 5, with a comment")
        TEXT = "text", _("Open text")

    evaluation = models.ForeignKey(Evaluation, on_delete=models.CASCADE, related_name="questions")
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.RATING)
    # The default question it started from ("relevance", "methods"...): events are compared by
    # it, also when a facilitator reworded the question. Empty for a question they added.
    code = models.SlugField(_("code"), max_length=30, blank=True)
    text = models.JSONField(_("question"), default=dict)

    class Meta:
        verbose_name = _("evaluation question")
        verbose_name_plural = _("evaluation questions")
        ordering = ["evaluation", "position", "pk"]

    def __str__(self):
        return translated(self.text)

    @property
    def is_rating(self) -> bool:
        return self.kind == self.Kind.RATING


class EvaluationTaken(models.Model):
    """That an invited participant has answered: one answer each. Deliberately no time and no
    key to the answer, which is stored apart (`EvaluationResponse`)."""

    evaluation = models.ForeignKey(Evaluation, on_delete=models.CASCADE, related_name="taken")
    participation = models.ForeignKey(Participation, on_delete=models.CASCADE, related_name="+")

    class Meta:
        verbose_name = _("evaluation answered")
        verbose_name_plural = _("evaluations answered")
        constraints = [
            models.UniqueConstraint(
                fields=["evaluation", "participation"], name="evaluation_taken_once"
            ),
        ]

    def __str__(self):
        return f"{self.evaluation} - {self.participation_id}"


class EvaluationResponse(models.Model):
    """One person's answers, anonymous: no person, no time, and a random key, so the order of
    the rows is not the order of the answers."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    evaluation = models.ForeignKey(Evaluation, on_delete=models.CASCADE, related_name="responses")

    class Meta:
        verbose_name = _("evaluation response")
        verbose_name_plural = _("evaluation responses")

    def __str__(self):
        return str(self.pk)


class EvaluationAnswer(models.Model):
    """The answer to one question. The random key orders comments: never by submission."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    response = models.ForeignKey(
        EvaluationResponse, on_delete=models.CASCADE, related_name="answers"
    )
    question = models.ForeignKey(
        EvaluationQuestion, on_delete=models.CASCADE, related_name="answers"
    )
    rating = models.PositiveSmallIntegerField(
        _("rating"),
        null=True,
        blank=True,
        validators=[MinValueValidator(RATING_MIN), MaxValueValidator(RATING_MAX)],
    )
    comment = models.TextField(_("comment"), blank=True, max_length=2000)

    class Meta:
        verbose_name = _("evaluation answer")
        verbose_name_plural = _("evaluation answers")
        constraints = [
            models.UniqueConstraint(
                fields=["response", "question"], name="evaluation_answer_once_per_question"
            ),
            models.CheckConstraint(
                condition=Q(rating__isnull=True)
                | Q(rating__gte=RATING_MIN, rating__lte=RATING_MAX),
                name="evaluation_answer_rating_in_scale",
            ),
        ]

    def __str__(self):
        return str(self.pk)
