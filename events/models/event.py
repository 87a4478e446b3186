"""The event and its people: sector, phases, day 1 and time zone, the process's constants,
participations, invitations and public registration requests."""

import datetime
import functools
import uuid
import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from cdfacil.models import Organisation

EVENT_DAYS = 5
CORE_GROUP_NORM = (4, 6)
CORE_GROUP_MAX_DEVELOPMENT_PARTNERS = 2


@functools.cache
def known_time_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def validate_time_zone(value):
    if value not in known_time_zones():
        raise ValidationError(
            _("%(value)s is not a known time zone. Use a name such as Africa/Nairobi."),
            params={"value": value},
        )


class Sector(models.TextChoices):
    HEALTH = "health", _("Health")
    EDUCATION = "education", _("Education")
    WATER = "water", _("Water and sanitation")
    AGRICULTURE = "agriculture", _("Agriculture")
    LABOUR = "labour", _("Labour and employment")
    TRANSPORT = "transport", _("Transport")
    ENERGY = "energy", _("Energy")
    JUSTICE = "justice", _("Justice")
    PUBLIC_FINANCE = "public_finance", _("Public finance")
    OTHER = "other", _("Other")


class Event(models.Model):
    class Phase(models.TextChoices):
        PREPARATION = "preparation", _("Preparation")
        KICK_OFF = "kick_off", _("Kick-off")
        CORE_GROUP_WORK = "core_group_work", _("Core-group work")
        ENDORSEMENT = "endorsement", _("Endorsement")
        FOLLOW_UP = "follow_up", _("Follow-up")
        CLOSED = "closed", _("Closed")

    title = models.CharField(_("title"), max_length=200)
    sector = models.CharField(_("sector"), max_length=30, choices=Sector.choices)
    country = CountryField(_("country"))
    language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, default="en"
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default="UTC",
        validators=[validate_time_zone],
        help_text=_("The agenda is shown in this time zone, for example Africa/Kampala."),
    )
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    day1 = models.DateField(
        _("day 1"),
        help_text=_("The date of the kick-off workshop."),
        validators=[
            MinValueValidator(datetime.date(2000, 1, 1)),
            MaxValueValidator(datetime.date(2100, 12, 31)),
        ],
    )
    phase = models.CharField(
        _("phase"), max_length=20, choices=Phase.choices, default=Phase.PREPARATION
    )
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    registration_open = models.BooleanField(
        _("public registration open"),
        default=False,
        help_text=_("Stakeholders may ask to join through the public registration link."),
    )
    registration_deadline = models.DateTimeField(_("registration deadline"), null=True, blank=True)
    registration_capacity = models.PositiveIntegerField(
        _("registration capacity"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(10000)],
        help_text=_("The most stakeholders who may register. Leave empty for no limit."),
    )
    registration_hold_days = models.PositiveSmallIntegerField(
        _("days a waiting request holds a place"),
        null=True,
        blank=True,
        default=7,
        validators=[MinValueValidator(1), MaxValueValidator(365)],
        help_text=_(
            "A request you have not decided yet holds a place for this many days after it was "
            "sent. After that it no longer counts against the capacity: it stays in the list, "
            "and you can still approve it while a place is free. Leave empty to keep a place "
            "for every request until you decide it."
        ),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["-day1", "title"]
        indexes = [models.Index(fields=["phase", "day1"])]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("events:detail", args=[self.pk])

    @cached_property
    def tzinfo(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)

    def date_of_day(self, day: int) -> datetime.date:
        return self.day1 + datetime.timedelta(days=day - 1)

    @property
    def date_of_day_5(self) -> datetime.date:
        return self.date_of_day(EVENT_DAYS)

    def local_today(self) -> datetime.date:
        return timezone.localtime(timezone.now(), self.tzinfo).date()


class Participation(models.Model):
    """A person's role in one event."""

    class Role(models.TextChoices):
        FACILITATOR = "facilitator", _("Facilitator")
        CORE_GROUP = "core_group", _("Core-group member")
        STAKEHOLDER = "stakeholder", _("Stakeholder")

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="participations")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="participations"
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    is_lead = models.BooleanField(
        _("lead of the core group"),
        default=False,
        help_text=_("The lead must belong to a government organisation."),
    )
    joined_at = models.DateTimeField(_("joined at"), auto_now_add=True)

    class Meta:
        verbose_name = _("participation")
        verbose_name_plural = _("participations")
        constraints = [
            models.UniqueConstraint(
                fields=["event", "user"],
                name="participation_once_per_event",
                violation_error_message=_("This person already takes part in the event."),
            ),
            models.UniqueConstraint(
                fields=["event"],
                condition=models.Q(is_lead=True),
                name="participation_one_lead_per_event",
                violation_error_message=_("The core group already has a lead."),
            ),
            models.CheckConstraint(
                condition=models.Q(is_lead=False) | models.Q(role="core_group"),
                name="participation_lead_is_core_group",
                violation_error_message=_("Only a core-group member can be the lead."),
            ),
        ]

    def __str__(self):
        return f"{self.user} - {self.get_role_display()}"


class Invitation(models.Model):
    """An email invitation to join an event with a role; its link is signed and works once."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(_("email"))
    full_name = models.CharField(_("full name"), max_length=150)
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.PROTECT
    )
    role = models.CharField(_("role"), max_length=20, choices=Participation.Role.choices)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires at"))
    accepted_at = models.DateTimeField(_("accepted at"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    revoked_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.email} ({self.get_role_display()})"

    @property
    def is_pending(self) -> bool:
        return self.accepted_at is None and self.revoked_at is None


class RegistrationRequest(models.Model):
    """A stakeholder's request, through the public link, to join an event."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for approval")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="registrations")
    full_name = models.CharField(_("full name"), max_length=150)
    email = models.EmailField(_("email"))
    job_title = models.CharField(_("job title"), max_length=150, blank=True)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
    )
    organisation_name = models.CharField(
        _("organisation not in the list"), max_length=200, blank=True
    )
    organisation_kind = models.CharField(
        _("kind of organisation"),
        max_length=30,
        blank=True,
        choices=Organisation.Kind.choices,
    )
    message = models.TextField(_("message to the facilitators"), blank=True, max_length=2000)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    created_at = models.DateTimeField(_("asked at"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("registration request")
        verbose_name_plural = _("registration requests")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "email"],
                condition=~models.Q(status="declined"),
                name="registration_once_per_email",
            ),
        ]

    def __str__(self):
        return f"{self.full_name} <{self.email}>"
