"""The sessions of the five-day agenda."""

import datetime

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from events.models.event import EVENT_DAYS, Event


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
    method = models.CharField(_("method"), max_length=200, blank=True)
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
