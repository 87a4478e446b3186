"""Reads of live polls: an event's polls, the one the room shows, and their results."""

from django.db.models import Count, QuerySet

from events.models import Event
from workshops.models import Poll, PollAnswer
from workshops.results import Results, poll_tally


def event_polls(*, event: Event) -> QuerySet[Poll]:
    return event.polls.annotate(answer_count=Count("answers")).order_by("created_at", "pk")


def open_poll(*, event: Event) -> Poll | None:
    return event.polls.filter(status=Poll.Status.OPEN).first()


def shown_poll(*, event: Event) -> Poll | None:
    """The poll on the projector: the open one, else the one stopped last, so its results stay
    on the screen. Starting a poll stops the others, so the open one is the last started."""
    return event.polls.exclude(status=Poll.Status.DRAFT).order_by("-opened_at", "-pk").first()


def poll_results(*, poll: Poll) -> Results:
    rows = list(poll.answers.values_list("choices", "text"))
    return poll_tally(kind=poll.kind, options=poll.options, rows=rows)


def phone_answer(*, poll: Poll, phone: str | None) -> PollAnswer | None:
    """What this phone answered to the poll, to show it again."""
    if not phone:
        return None
    return poll.answers.filter(phone=phone).first()
