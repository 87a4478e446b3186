"""Thematic clusters (seed 002): a convener, a secretariat focal point, members who join and
leave freely, focus areas tied to the year's shared priorities, and the members' work plans
as who does what, where and when (4W)."""

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from cdfacil.currencies import CurrencyField
from cdfacil.models import Organisation
from networks.models.needs import SharedNeed
from networks.models.network import Network, NetworkMember


class Cluster(models.Model):
    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="clusters")
    theme = models.CharField(_("theme"), max_length=200)
    description = models.TextField(_("description"), blank=True, max_length=4000)
    convener = models.ForeignKey(
        Organisation,
        verbose_name=_("convener organisation"),
        on_delete=models.PROTECT,
        related_name="convened_clusters",
    )
    focal_person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("secretariat focal point"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="focal_clusters",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("thematic cluster")
        verbose_name_plural = _("thematic clusters")
        ordering = ["network", "theme"]
        constraints = [
            models.UniqueConstraint(
                fields=["network", "theme"],
                name="cluster_theme_once_per_network",
                violation_error_message=_("The network has a cluster on this theme already."),
            ),
        ]

    def __str__(self):
        return self.theme


class ClusterMembership(models.Model):
    """A member's time in a cluster: joining and leaving are kept with their dates. A member
    that joins again gets a new row; at most one is current."""

    cluster = models.ForeignKey(Cluster, on_delete=models.CASCADE, related_name="memberships")
    member = models.ForeignKey(
        NetworkMember, on_delete=models.PROTECT, related_name="cluster_memberships"
    )
    joined_at = models.DateTimeField(_("joined at"))
    left_at = models.DateTimeField(_("left at"), null=True, blank=True)

    class Meta:
        verbose_name = _("cluster membership")
        verbose_name_plural = _("cluster memberships")
        ordering = ["cluster", "-joined_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["cluster", "member"],
                condition=Q(left_at__isnull=True),
                name="cluster_membership_one_current",
                violation_error_message=_("This organisation is in the cluster already."),
            ),
            models.CheckConstraint(
                condition=Q(left_at__isnull=True) | Q(left_at__gte=F("joined_at")),
                name="cluster_membership_leaves_after_joining",
            ),
        ]

    def __str__(self):
        return f"{self.cluster}: {self.member}"


class FocusArea(models.Model):
    cluster = models.ForeignKey(Cluster, on_delete=models.CASCADE, related_name="focus_areas")
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True, max_length=2000)
    priorities = models.ManyToManyField(
        SharedNeed, verbose_name=_("shared priorities"), blank=True, related_name="focus_areas"
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("focus area")
        verbose_name_plural = _("focus areas")
        ordering = ["cluster", "order", "pk"]

    def __str__(self):
        return self.title


class Activity(models.Model):
    """One line of a member's work plan (4W): who does what, where and when, with its budget.
    Two or more organisations doing it together make it a new partnership."""

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        ONGOING = "ongoing", _("Ongoing")
        DONE = "done", _("Done")
        CANCELLED = "cancelled", _("Cancelled")

    cluster = models.ForeignKey(Cluster, on_delete=models.CASCADE, related_name="activities")
    member = models.ForeignKey(
        NetworkMember,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="activities",
    )
    partners = models.ManyToManyField(
        NetworkMember,
        verbose_name=_("with the members"),
        blank=True,
        related_name="partner_activities",
    )
    title = models.CharField(_("what"), max_length=200)
    description = models.TextField(_("description"), blank=True, max_length=4000)
    country = CountryField(_("country"))
    region = models.CharField(_("region"), max_length=100, blank=True)
    starts_on = models.DateField(_("from"))
    ends_on = models.DateField(_("to"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PLANNED
    )
    budget = models.DecimalField(
        _("budget"),
        max_digits=14,
        decimal_places=2,
        default=0,
        validators=[MinValueValidator(0)],
    )
    currency = CurrencyField(_("currency"))
    # What the member has for it itself; donors' pledges come on top.
    own_funds = models.DecimalField(
        _("funds the organisation has for it"),
        max_digits=14,
        decimal_places=2,
        default=0,
        validators=[MinValueValidator(0)],
    )
    focus_areas = models.ManyToManyField(
        FocusArea, verbose_name=_("focus areas"), blank=True, related_name="activities"
    )
    action = models.ForeignKey(
        "actionplans.Action",
        verbose_name=_("action of an endorsed plan"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="cluster_activities",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        blank=True,
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        ordering = ["cluster", "starts_on", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=F("starts_on")), name="activity_ends_after_start"
            ),
            models.CheckConstraint(
                condition=Q(budget__gte=0) & Q(own_funds__gte=0),
                name="activity_money_not_negative",
            ),
        ]
        indexes = [models.Index(fields=["cluster", "country"], name="activity_cluster_country")]

    def __str__(self):
        return self.title
