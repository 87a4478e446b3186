"""The workshop room of an event: made with its join code when first opened."""

import secrets

from django.db import IntegrityError, transaction

from events.models import Event
from workshops.models import Room
from workshops.models.room import JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH


def join_code_new() -> str:
    return "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(JOIN_CODE_LENGTH))


def room_open(*, event: Event) -> Room:
    """The event's room, made with a new join code the first time. A code already taken by
    another event (one chance in hundreds of millions) is drawn again."""
    room = Room.objects.filter(event=event).first()
    while room is None:
        try:
            with transaction.atomic():
                room = Room.objects.create(event=event, code=join_code_new())
        except IntegrityError:
            # Another request opened this room meanwhile, or the code was taken.
            room = Room.objects.filter(event=event).first()
    return room
