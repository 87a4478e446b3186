"""Reads of the public registration: the requests, the places they take, and whether it accepts
new ones."""

import datetime

from django.db.models import (
    BooleanField,
    Case,
    DateTimeField,
    ExpressionWrapper,
    F,
    Q,
    QuerySet,
    Value,
    When,
)
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from events.models import Event, RegistrationRequest
from events.phases import act_refusals

Status = RegistrationRequest.Status


def hold_cutoff(*, event: Event) -> datetime.datetime | None:
    """Requests sent before this moment and still waiting no longer hold a place; None when a
    waiting request holds its place until it is decided."""
    if not event.registration_hold_days:
        return None
    return timezone.now() - datetime.timedelta(days=event.registration_hold_days)


def _holding(*, event: Event) -> Q:
    """The requests that hold a place: approved ones, and waiting ones within their hold."""
    cutoff = hold_cutoff(event=event)
    waiting = Q(status=Status.PENDING)
    if cutoff is not None:
        waiting &= Q(created_at__gte=cutoff)
    return Q(status=Status.APPROVED) | waiting


def event_registrations(*, event: Event) -> QuerySet[RegistrationRequest]:
    """The event's requests, each marked with whether it holds a place (`holds_place`) and
    until when a waiting one holds it (`hold_ends_at`; None without a hold)."""
    days = event.registration_hold_days
    hold_ends_at = (
        ExpressionWrapper(
            F("created_at") + Value(datetime.timedelta(days=days)), output_field=DateTimeField()
        )
        if days
        else Value(None, output_field=DateTimeField())
    )
    return (
        event.registrations.select_related("organisation")
        .annotate(
            holds_place=Case(
                When(_holding(event=event), then=Value(True)),
                default=Value(False),
                output_field=BooleanField(),
            ),
            hold_ends_at=hold_ends_at,
        )
        .order_by("status", "-created_at")
    )


def places_taken(*, event: Event) -> int:
    return event.registrations.filter(_holding(event=event)).count()


def registration_holds_place(*, registration: RegistrationRequest) -> bool:
    """Whether the request counts against the capacity now."""
    event = registration.event
    return event.registrations.filter(_holding(event=event), pk=registration.pk).exists()


def registration_closed_reason(*, event: Event) -> str | None:
    """Why the public registration refuses new requests now, or None when it accepts them."""
    refusals = act_refusals(event=event, act="registration")
    if refusals:
        return refusals[0]
    if not event.registration_open:
        return _("Registration for this event is not open.")
    if event.registration_deadline and timezone.now() > event.registration_deadline:
        return _("Registration closed on %(deadline)s.") % {
            "deadline": date_format(
                timezone.localtime(event.registration_deadline, event.tzinfo), "j F Y, H:i"
            )
        }
    capacity = event.registration_capacity
    if capacity is not None and places_taken(event=event) >= capacity:
        return _("This event is full: all %(capacity)d places have been taken.") % {
            "capacity": capacity
        }
    return None
