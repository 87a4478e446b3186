"""The room of an event and its join code."""

from builders.factories import EventFactory
from workshops.models import JOIN_CODE_ALPHABET, Room
from workshops.services import room as room_services


def test_the_room_is_made_once_with_a_six_character_code_without_ambiguous_letters(event):
    room = room_services.room_open(event=event)
    assert room_services.room_open(event=event) == room
    assert Room.objects.count() == 1
    assert len(room.code) == 6 and set(room.code) <= set(JOIN_CODE_ALPHABET)
    assert not set("01ILO") & set(JOIN_CODE_ALPHABET)


def test_a_code_already_taken_is_drawn_again(event, monkeypatch):
    taken = room_services.room_open(event=event).code
    drawn = iter([taken, taken, "ABC234"])
    monkeypatch.setattr(room_services, "join_code_new", lambda: next(drawn))
    other = room_services.room_open(event=EventFactory())
    assert other.code == "ABC234"
