"""Reads of the public registration: the requests, and whether it accepts new ones."""

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from events.models import Event, RegistrationRequest


def event_registrations(*, event: Event) -> QuerySet[RegistrationRequest]:
    return event.registrations.select_related("organisation").order_by("status", "-created_at")


def registration_closed_reason(*, event: Event) -> str | None:
    """Why the public registration refuses new requests now, or None when it accepts them."""
    if not event.registration_open:
        return _("Registration for this event is not open.")
    if event.registration_deadline and timezone.now() > event.registration_deadline:
        return _("Registration closed on %(deadline)s.") % {
            "deadline": date_format(
                timezone.localtime(event.registration_deadline, event.tzinfo), "j F Y, H:i"
            )
        }
    if event.registration_capacity is not None:
        taken = event.registrations.exclude(status=RegistrationRequest.Status.DECLINED).count()
        if taken >= event.registration_capacity:
            return _("This event is full: all %(capacity)d places have been taken.") % {
                "capacity": event.registration_capacity
            }
    return None
