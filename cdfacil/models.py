"""The shared core: organisations and the people who belong to them, reports, the audit log
and the exchange rates administrators record."""

from datetime import date, timedelta
from decimal import Decimal

import rules
from django.conf import settings
from django.contrib.auth.models import AbstractUser, UserManager
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from cdfacil.currencies import CurrencyField
from cdfacil.emails import canonical_email
from cdfacil.media import logo_file_name
from cdfacil.permissions import PERSONAL_PERMISSIONS


class Organisation(models.Model):
    class Kind(models.TextChoices):
        GOVERNMENT = "government", _("Government")
        DEVELOPMENT_PARTNER = "development_partner", _("Development partner")
        CIVIL_SOCIETY = "civil_society", _("Civil society")
        PRIVATE_SECTOR = "private_sector", _("Private sector")
        ACADEMIA = "academia", _("Academia")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=200)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    country = CountryField(_("country"))
    # Checked before it is stored (cdfacil.logos): a PNG or a safe SVG, under a random name.
    logo = models.FileField(
        _("logo"),
        upload_to=logo_file_name,
        blank=True,
        help_text=_("PNG (up to 1 MB and 2000 x 2000 pixels) or SVG (up to 200 KB)."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["name", "country"], name="organisation_unique_name_per_country"
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.acronym})" if self.acronym else self.name

    @property
    def is_government(self) -> bool:
        return self.kind == self.Kind.GOVERNMENT

    @property
    def is_development_partner(self) -> bool:
        return self.kind == self.Kind.DEVELOPMENT_PARTNER


class CdfacilUserManager(UserManager):
    def get_by_natural_key(self, username):
        # People type their username in any case; usernames are stored lower-case.
        return self.get(**{f"{self.model.USERNAME_FIELD}__iexact": username})

    def for_email(self, address: str):
        """The account an address belongs to, compared in its canonical form on every engine."""
        key = canonical_email(address)
        if not key:
            return None
        matches = self.filter(email_canonical=key).select_related("organisation")
        return matches.order_by("pk").first()

    def bulk_create(self, objs, *args, **kwargs):
        # bulk_create skips save(), where the canonical address is kept in step.
        objs = list(objs)
        for user in objs:
            user.email_canonical = canonical_email(user.email)
        return super().bulk_create(objs, *args, **kwargs)


class User(AbstractUser):
    """A person. Roles are per event (see events.Participation), except donor and administrator."""

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="people",
        null=True,
        blank=True,
        help_text=_("Every person belongs to one organisation; only administrators may have none."),
    )
    job_title = models.CharField(_("job title"), max_length=150, blank=True)
    language = models.CharField(
        _("language"),
        max_length=8,
        choices=settings.LANGUAGES,
        blank=True,
        help_text=_("The language of the pages for this person; empty: the browser's."),
    )
    is_donor = models.BooleanField(
        _("donor"),
        default=False,
        help_text=_("Donors read endorsed, published plans across events and pledge support."),
    )

    # The address in its one canonical form (cdfacil.emails), kept by clean() and save():
    # accounts are found by it, never by the engine's own case-insensitive match.
    email_canonical = models.CharField(max_length=254, blank=True, editable=False)

    objects = CdfacilUserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["first_name", "last_name", "username"]
        constraints = [
            # Only platform administrators may stand outside every organisation.
            models.CheckConstraint(
                condition=models.Q(organisation__isnull=False) | models.Q(is_superuser=True),
                name="user_belongs_to_organisation",
            ),
            # Invitations find people by email, so one address is one person.
            models.UniqueConstraint(
                Lower("email"),
                condition=~models.Q(email=""),
                name="user_email_unique",
                violation_error_message=_("Another account already uses this email address."),
            ),
            models.UniqueConstraint(
                fields=["email_canonical"],
                condition=~models.Q(email_canonical=""),
                name="user_email_canonical_unique",
                violation_error_message=_("Another account already uses this email address."),
            ),
        ]

    def __str__(self):
        return self.display_name

    def clean(self):
        super().clean()
        self.email_canonical = canonical_email(self.email)
        # A form may leave the canonical column out of its constraint checks: say it here.
        if (
            self.email_canonical
            and User.objects.filter(email_canonical=self.email_canonical)
            .exclude(pk=self.pk)
            .exists()
        ):
            raise ValidationError({"email": _("Another account already uses this email address.")})

    def save(self, *args, **kwargs):
        self.email_canonical = canonical_email(self.email)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "email" in update_fields:
            kwargs["update_fields"] = {*update_fields, "email_canonical"}
        super().save(*args, **kwargs)

    @property
    def display_name(self) -> str:
        return self.get_full_name() or self.username

    def has_perm(self, perm, obj=None):
        # An act of one participant (cdfacil.permissions): its rule decides, even for an
        # administrator, who otherwise holds every permission.
        if perm in PERSONAL_PERMISSIONS:
            return self.is_active and rules.has_perm(perm, self, obj)
        return super().has_perm(perm, obj)


class ReportJob(models.Model):
    """One PDF report: asked for in a request, rendered by a Celery worker."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Being rendered")
        DONE = "done", _("Ready")
        FAILED = "failed", _("Failed")

    kind = models.CharField(_("report"), max_length=40)
    subject_id = models.PositiveBigIntegerField(_("subject"))
    language = models.CharField(_("language"), max_length=8)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    requested_by = models.ForeignKey(
        "cdfacil.User", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    queued_at = models.DateTimeField(_("queued at"), auto_now_add=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    # Set by the worker from the content it renders; a later job with the same reuses the file.
    content_fingerprint = models.CharField(
        _("content fingerprint"), max_length=64, blank=True, default=""
    )
    file_name = models.CharField(_("file"), max_length=200, blank=True)
    page_count = models.PositiveIntegerField(_("pages"), null=True, blank=True)
    error = models.TextField(_("error"), blank=True)
    # The Celery worker (its node name) rendering the current try: a sweep that finds it no
    # longer answers knows at once that the try is lost, without waiting out the time limit.
    worker = models.CharField(_("worker"), max_length=200, blank=True)
    # Which try this is: a job whose worker was lost is queued once more, as try 2. A worker
    # that took an earlier try and finishes late leaves the job alone.
    attempts = models.PositiveSmallIntegerField(_("tries"), default=1)

    MAX_ATTEMPTS = 2

    class Meta:
        verbose_name = _("report job")
        verbose_name_plural = _("report jobs")
        ordering = ["-queued_at"]
        indexes = [models.Index(fields=["kind", "subject_id", "language", "status"])]
        constraints = [
            # At most one job per subject, kind and language is queued or running at once.
            models.UniqueConstraint(
                fields=["kind", "subject_id", "language"],
                condition=models.Q(status__in=["queued", "running"]),
                name="report_one_active_job",
            ),
        ]

    def __str__(self):
        return f"{self.kind} #{self.subject_id} ({self.get_status_display()})"

    @property
    def stale_after(self) -> timedelta:
        """How long a job may run, or wait in the queue, before it is taken for lost: a running
        one, once its time limit (when the worker kills the task) and a grace have passed."""
        if self.status == self.Status.QUEUED:
            return timedelta(seconds=settings.CDFACIL_REPORT_QUEUE_TIMEOUT)
        return timedelta(
            seconds=settings.CELERY_TASK_TIME_LIMIT + settings.CDFACIL_REPORT_STALE_GRACE
        )

    @property
    def is_stale(self) -> bool:
        """A queued job nobody picked up, or a running job whose worker died."""
        since = {self.Status.QUEUED: self.queued_at, self.Status.RUNNING: self.started_at}.get(
            self.status
        )
        return since is not None and since < timezone.now() - self.stale_after

    @property
    def can_retry(self) -> bool:
        return self.status == self.Status.FAILED or self.is_stale

    @property
    def language_name(self) -> str:
        return dict(settings.LANGUAGES).get(self.language, self.language)


class AuditEntry(models.Model):
    """One security-relevant event, written once and never changed.

    `event_id` is a plain id, like `ReportJob.subject_id`, so the core does not depend on the
    events app; the entry outlives the event and the person (`actor_label` keeps the name).
    """

    class Action(models.TextChoices):
        LOGIN = "login", _("Signed in")
        LOGIN_FAILED = "login_failed", _("Failed sign-in")
        ROLE_CHANGED = "role_changed", _("Role changed")
        INVITATION_SENT = "invitation_sent", _("Invitation sent")
        INVITATION_ACCEPTED = "invitation_accepted", _("Invitation accepted")
        INVITATION_WITHDRAWN = "invitation_withdrawn", _("Invitation withdrawn")
        PLAN_FROZEN = "plan_frozen", _("Plan version frozen")
        POSITION_RECORDED = "position_recorded", _("Position recorded")
        ENDORSEMENT_CLOSED = "endorsement_closed", _("Endorsement closed")
        PLAN_PUBLISHED = "plan_published", _("Plan published to donors")
        PLEDGE_SAVED = "pledge_saved", _("Pledge saved")
        REPORT_DOWNLOADED = "report_downloaded", _("Report downloaded")
        ANSWERS_EXPORTED = "answers_exported", _("Answers exported")
        PHASE_STEPPED_BACK = "phase_stepped_back", _("Stepped back a phase")
        PLAN_WITHDRAWN = "plan_withdrawn", _("Plan withdrawn from donors")
        REMINDER_SENT = "reminder_sent", _("Reminder sent")
        LOGO_CHANGED = "logo_changed", _("Organisation logo changed")
        ROUND_OPENED = "round_opened", _("Shared-needs round opened")
        ROUND_CLOSED = "round_closed", _("Shared-needs round closed")
        ROUND_PUBLISHED = "round_published", _("Shared-needs result published")
        NEEDS_MERGED = "needs_merged", _("Shared needs merged")
        PERIOD_CLOSED = "period_closed", _("Reporting period closed")
        PERIOD_REOPENED = "period_reopened", _("Reporting period reopened")
        PERIOD_SUBMITTED = "period_submitted", _("Cluster report submitted")

    created_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)
    action = models.CharField(_("action"), max_length=30, choices=Action.choices)
    actor = models.ForeignKey(
        "cdfacil.User",
        verbose_name=_("who"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    # The name at the time, or for a failed sign-in the username that was typed.
    actor_label = models.CharField(_("who (as recorded)"), max_length=300, blank=True)
    event_id = models.PositiveBigIntegerField(_("event"), null=True, blank=True, db_index=True)
    summary = models.CharField(_("what happened"), max_length=500)
    ip_address = models.GenericIPAddressField(_("IP address"), null=True, blank=True)
    details = models.JSONField(_("details"), default=dict, blank=True)

    class Meta:
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit log")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["event_id", "created_at"])]

    def __str__(self):
        return self.summary

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("An audit entry is written once and never changed.")
        super().save(*args, **kwargs)


def validate_positive_rate(value: Decimal) -> None:
    if value is not None and value <= 0:
        raise ValidationError(
            _("A rate is above zero: the units of the second currency one of the first buys."),
            code="rate_not_positive",
        )


class ExchangeRateQuerySet(models.QuerySet):
    def latest_between(self, *, source: str, target: str, on: date) -> "ExchangeRate | None":
        """The latest rate on or before `on` between the two currencies, recorded either way
        round (the caller turns an inverse one round); on the same date the direct one wins."""
        rates = self.filter(
            models.Q(from_currency=source, to_currency=target)
            | models.Q(from_currency=target, to_currency=source),
            valid_from__lte=on,
        ).select_related("recorded_by")
        direct_first = models.Case(
            models.When(from_currency=source, then=models.Value(0)), default=models.Value(1)
        )
        return rates.order_by("-valid_from", direct_first).first()


class ExchangeRate(models.Model):
    """One unit of `from_currency` buys `rate` units of `to_currency` from `valid_from` on, as an
    administrator recorded it. Recorded once: a pledge converted with it keeps its figures."""

    from_currency = CurrencyField(_("from currency"))
    to_currency = CurrencyField(_("to currency"))
    rate = models.DecimalField(
        _("rate"),
        max_digits=22,
        decimal_places=10,
        validators=[validate_positive_rate],
        help_text=_("Units of the second currency that one unit of the first buys, e.g. 1.08."),
    )
    valid_from = models.DateField(_("valid from"))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    recorded_at = models.DateTimeField(_("recorded at"), auto_now_add=True)

    objects = ExchangeRateQuerySet.as_manager()

    class Meta:
        verbose_name = _("exchange rate")
        verbose_name_plural = _("exchange rates")
        ordering = ["from_currency", "to_currency", "-valid_from"]
        constraints = [
            models.UniqueConstraint(
                fields=["from_currency", "to_currency", "valid_from"],
                name="exchange_rate_once_per_pair_and_date",
                violation_error_message=_(
                    "A rate between these currencies is already recorded for this date."
                ),
            ),
            models.CheckConstraint(
                condition=models.Q(rate__gt=0),
                name="exchange_rate_positive",
                violation_error_message=_("A rate is above zero."),
            ),
            models.CheckConstraint(
                condition=~models.Q(from_currency=models.F("to_currency")),
                name="exchange_rate_between_two_currencies",
                violation_error_message=_("A rate converts between two different currencies."),
            ),
        ]

    def __str__(self):
        rate = f"{self.rate.normalize():f}"
        return f"1 {self.from_currency} = {rate} {self.to_currency} ({self.valid_from})"
