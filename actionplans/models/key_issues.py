"""Key issues and the dot vote on them."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


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

    class Meta:
        verbose_name = _("ballot")
        verbose_name_plural = _("ballots")

    def __str__(self):
        return f"{self.event} ({self.dots_per_member})"


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
