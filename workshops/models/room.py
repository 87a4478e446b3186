"""The workshop room of an event: its join code for phones, and the live polls with their
anonymous answers, one per phone."""

from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

# Six characters a person reads off a projector and types on a phone: no 0/O, 1/I/L.
JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
JOIN_CODE_LENGTH = 6
POLL_OPTIONS_MAX = 10
TEXT_ANSWER_MAX = 80


class Room(models.Model):
    """The room of one event, made when a facilitator first opens its projector view."""

    event = models.OneToOneField("events.Event", on_delete=models.CASCADE, related_name="room")
    code = models.CharField(_("join code"), max_length=JOIN_CODE_LENGTH, unique=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("workshop room")
        verbose_name_plural = _("workshop rooms")

    def __str__(self):
        return self.code


class Poll(models.Model):
    """A question put to the room. Its answers stay with the event after it is stopped."""

    class Kind(models.TextChoices):
        SINGLE = "single", _("One choice")
        MULTIPLE = "multiple", _("Several choices")
        RATING = "rating", _("Rating from 1 to 5")
        TEXT = "text", _("Short text (word cloud)")
        RANKING = "ranking", _("Ranking")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Not started")
        OPEN = "open", _("Open")
        CLOSED = "closed", _("Stopped")

    event = models.ForeignKey("events.Event", on_delete=models.CASCADE, related_name="polls")
    question = models.CharField(_("question"), max_length=200)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    # The choices of a choice or ranking poll, in their order; empty for a rating or text poll.
    options = models.JSONField(_("choices"), default=list, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    opened_at = models.DateTimeField(_("started at"), null=True, blank=True)
    closed_at = models.DateTimeField(_("stopped at"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("poll")
        verbose_name_plural = _("polls")
        ordering = ["event", "created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["event"],
                condition=Q(status="open"),
                name="poll_one_open_per_event",
                violation_error_message=_("Another poll of this event is open; stop it first."),
            ),
        ]

    def __str__(self):
        return self.question

    @property
    def has_options(self) -> bool:
        return self.kind in {self.Kind.SINGLE, self.Kind.MULTIPLE, self.Kind.RANKING}


class PollAnswer(models.Model):
    """One phone's answer to a poll, replaced when the phone answers again.

    `phone` is the random key of the phone's signed cookie, never a person, an account or a
    session: nothing in the row says who answered. `choices` holds option indexes (the ranking
    in its order) or the rating; `text` the words of a text poll."""

    poll = models.ForeignKey(Poll, on_delete=models.CASCADE, related_name="answers")
    phone = models.CharField(max_length=32)
    choices = models.JSONField(default=list, blank=True)
    text = models.CharField(
        max_length=TEXT_ANSWER_MAX, blank=True, validators=[MaxLengthValidator(TEXT_ANSWER_MAX)]
    )

    class Meta:
        verbose_name = _("poll answer")
        verbose_name_plural = _("poll answers")
        constraints = [
            models.UniqueConstraint(fields=["poll", "phone"], name="poll_answer_once_per_phone"),
        ]

    def __str__(self):
        return f"{self.poll_id}"
