"""Frozen, fingerprinted versions of the plan."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from actionplans.models.plan import ActionPlan


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
    published_at = models.DateTimeField(_("published to donors at"), null=True, blank=True)

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
