"""Helpers the events tests share."""

import re

from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse

from events.models import Event, Participation, Session
from events.services import invitations as invitation_services
from tests.conftest import BASE_URL

Role = Participation.Role


def field_messages(error: ValidationError, field: str) -> str:
    """All messages of one field of a ValidationError, joined for `in` checks."""
    return " ".join(error.message_dict[field])


def facilitation(event: Event) -> Participation:
    return event.participations.get(role=Role.FACILITATOR)


def day_sessions(event: Event, day: int) -> list[Session]:
    return list(Session.objects.filter(event=event, day=day).order_by("start_time", "pk"))


LINK = re.compile(re.escape(BASE_URL) + r"/invitations/(?P<token>[^/\s]+)/")


def invite(event, inviter, organisation, role=Role.STAKEHOLDER, **overrides):
    fields = {
        "email": "amina.okello@example.org",
        "full_name": "Amina Okello",
    } | overrides
    return invitation_services.invitation_send(
        event=event,
        by=inviter,
        organisation=organisation,
        role=role,
        base_url=BASE_URL + "/",
        **fields,
    )


def token_from_outbox() -> str:
    assert len(mail.outbox) == 1
    match = LINK.search(mail.outbox[0].body)
    assert match, mail.outbox[0].body
    return match["token"]


def url(name, event, *args):
    return reverse(f"events:{name}", args=[event.pk, *args])
