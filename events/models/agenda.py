"""What an event plans and records: its sessions and their attendance, the preparation
checklist and the budget."""

import datetime

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from cdfacil.currencies import CurrencyField
from cdfacil.models import Organisation
from events.models.event import EVENT_DAYS, Event, Participation


class Session(models.Model):
    """One block of the five-day agenda.

    The start is kept as a wall-clock time on a day of the event, in the event's own time zone,
    because that is what an agenda means: the kick-off starts at 09:00 in Kampala whatever the
    server's zone, and stays at 09:00 if day 1 moves. `starts_at` gives the aware datetime.
    """

    class Kind(models.TextChoices):
        KICK_OFF = "kick_off", _("Kick-off workshop")
        ASSESSMENT = "assessment", _("Capacity assessment")
        KEY_ISSUES = "key_issues", _("Key issues")
        ACTION_PLANNING = "action_planning", _("Action planning")
        ENDORSEMENT = "endorsement", _("Endorsement workshop")
        PLENARY = "plenary", _("Plenary")
        BREAK = "break", _("Break")
        OTHER = "other", _("Other")

    class Audience(models.TextChoices):
        BROAD_GROUP = "broad_group", _("Broad group of stakeholders")
        CORE_GROUP = "core_group", _("Core group")
        FACILITATORS = "facilitators", _("Facilitators")

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="sessions")
    day = models.PositiveSmallIntegerField(
        _("day"), validators=[MinValueValidator(1), MaxValueValidator(EVENT_DAYS)]
    )
    start_time = models.TimeField(_("start time"))
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration (minutes)"), validators=[MinValueValidator(5), MaxValueValidator(12 * 60)]
    )
    title = models.CharField(_("title"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    audience = models.CharField(
        _("audience"), max_length=20, choices=Audience.choices, default=Audience.CORE_GROUP
    )
    library_method = models.ForeignKey(
        "events.Method",
        verbose_name=_("from the method library"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    method = models.CharField(_("method"), max_length=200, blank=True)
    facilitator = models.CharField(
        _("facilitator"),
        max_length=200,
        blank=True,
        help_text=_("Who leads the session: a facilitator, a core-group member, a speaker."),
    )
    room = models.CharField(_("room"), max_length=100, blank=True)
    objectives = models.TextField(_("objectives"), blank=True, max_length=4000)
    materials = models.TextField(_("materials"), blank=True, max_length=4000)
    facilitator_notes = models.TextField(_("facilitator notes"), blank=True, max_length=4000)

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        ordering = ["day", "start_time", "pk"]
        indexes = [models.Index(fields=["event", "day", "start_time"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(day__gte=1, day__lte=EVENT_DAYS), name="session_day_in_event"
            ),
        ]

    def __str__(self):
        return self.title

    @property
    def starts_at(self) -> datetime.datetime:
        return datetime.datetime.combine(
            self.event.date_of_day(self.day), self.start_time, tzinfo=self.event.tzinfo
        )

    @property
    def ends_at(self) -> datetime.datetime:
        return self.starts_at + datetime.timedelta(minutes=self.duration_minutes)

    @property
    def end_time(self) -> datetime.time:
        return (
            datetime.datetime.combine(datetime.date(2000, 1, 1), self.start_time)
            + datetime.timedelta(minutes=self.duration_minutes)
        ).time()


class Attendance(models.Model):
    """Whether a participant was present at one session."""

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="attendances")
    participation = models.ForeignKey(
        Participation, on_delete=models.CASCADE, related_name="attendances"
    )
    present = models.BooleanField(_("present"), default=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    recorded_at = models.DateTimeField(_("recorded at"), auto_now=True)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.UniqueConstraint(
                fields=["session", "participation"], name="attendance_once_per_session"
            ),
        ]

    def __str__(self):
        return f"{self.participation} @ {self.session}"


class ChecklistItem(models.Model):
    """A preparation task, due a number of days before day 1."""

    class Status(models.TextChoices):
        TODO = "todo", _("To do")
        IN_PROGRESS = "in_progress", _("In progress")
        DONE = "done", _("Done")

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="checklist_items")
    title = models.CharField(_("task"), max_length=200)
    description = models.TextField(_("description"), blank=True, max_length=4000)
    due_date = models.DateField(
        _("due date"),
        validators=[
            MinValueValidator(datetime.date(2000, 1, 1)),
            MaxValueValidator(datetime.date(2100, 12, 31)),
        ],
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="checklist_items",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.TODO
    )
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("checklist item")
        verbose_name_plural = _("checklist items")
        ordering = ["due_date", "pk"]
        indexes = [models.Index(fields=["event", "status", "due_date"])]

    def __str__(self):
        return self.title

    def is_overdue(self, today: datetime.date | None = None) -> bool:
        today = today or self.event.local_today()
        return self.status != self.Status.DONE and self.due_date < today


class BudgetLine(models.Model):
    class Category(models.TextChoices):
        FACILITATOR_FEES = "facilitator_fees", _("Facilitator fees")
        TRAVEL = "travel", _("Travel")
        VENUE_LOGISTICS = "venue_logistics", _("Venue and local logistics")
        OTHER = "other", _("Other")

    class Source(models.TextChoices):
        BASKET_FUND = "basket_fund", _("Donor basket fund")
        COUNTRY_PARTNER = "country_partner", _("Country partner")
        OTHER = "other", _("Other")

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="budget_lines")
    category = models.CharField(_("category"), max_length=20, choices=Category.choices)
    description = models.CharField(_("description"), max_length=200, blank=True)
    funder = models.ForeignKey(
        Organisation, verbose_name=_("funder"), on_delete=models.PROTECT, related_name="+"
    )
    source = models.CharField(_("source"), max_length=20, choices=Source.choices)
    amount = models.DecimalField(
        _("amount"),
        max_digits=14,
        decimal_places=2,
        validators=[MinValueValidator(0), MaxValueValidator(10**11)],
    )
    currency = CurrencyField(_("currency"), default="USD")

    class Meta:
        verbose_name = _("budget line")
        verbose_name_plural = _("budget lines")
        ordering = ["category", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(amount__gte=0), name="budget_amount_positive"
            ),
        ]

    def __str__(self):
        return f"{self.get_category_display()}: {self.amount} {self.currency}"
