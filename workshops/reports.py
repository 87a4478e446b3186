"""The room's chapter of the event report: every poll put to the room, with its results."""

from actionplans.reports import EventChapter, event_chapter_register
from events.models import Event
from workshops.models import Poll
from workshops.selectors.polls import poll_results


def _polls(event: Event) -> list:
    polls = event.polls.exclude(status=Poll.Status.DRAFT).order_by("opened_at", "pk")
    return [(poll, poll_results(poll=poll)) for poll in polls]


def _content(event: Event) -> list:
    return [
        [
            poll.question,
            poll.kind,
            poll.options,
            results.answers,
            [bar.count for bar in results.bars],
            [(word.text, word.count) for word in results.words],
        ]
        for poll, results in _polls(event)
    ]


POLLS = event_chapter_register(
    EventChapter(
        name="polls",
        template="workshops/reports/_polls.html",
        context=lambda event: {"polls": _polls(event)},
        content=_content,
        order=10,
    )
)
