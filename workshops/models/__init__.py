"""The moments with the broad group in one room: the room view with its live polls, and the
participants' evaluation of each workshop."""

from workshops.models.room import JOIN_CODE_ALPHABET, Poll, PollAnswer, Room

__all__ = ["JOIN_CODE_ALPHABET", "Poll", "PollAnswer", "Room"]
