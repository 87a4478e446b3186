"""The live polls the facilitators put to the room at the follow-up event: one at the kick-off,
two at the endorsement workshop, answered from the participants' phones."""

import datetime

from builders.demo.held import at
from workshops.models import Poll
from workshops.services.polls import poll_answer, poll_create, poll_start, poll_stop

Kind = Poll.Kind

# (day, hour, question, kind, choices, the phones' answers: a list of choice indexes, or a
# rating from 1 to 5, each)
POLLS = (
    (
        1,
        10,
        "Where is capacity weakest in the sector today?",
        Kind.SINGLE,
        ["Individual skills", "Organisations and their systems", "Institutions and rules"],
        [[1], [1], [2], [1], [0], [2], [1], [1], [2]],
    ),
    (
        5,
        10,
        "How confident are you that the plan will be carried out?",
        Kind.RATING,
        [],
        [[4], [3], [4], [5], [3], [4], [2], [4], [4], [3]],
    ),
    (
        5,
        11,
        "What must happen first after today?",
        Kind.SINGLE,
        ["Secure the pledges", "Set up the steering committee", "Brief the districts"],
        [[1], [0], [1], [1], [2], [0], [1], [1], [0], [1]],
    ),
)


def demo_polls(*, event, by) -> list[Poll]:
    """The polls, answered and stopped, dated on the day and hour they were put to the room."""
    polls = []
    for day, hour, question, kind, options, answers in POLLS:
        poll = poll_start(
            poll=poll_create(event=event, question=question, kind=kind, options=options, by=by)
        )
        for index, choices in enumerate(answers):
            poll_answer(poll=poll, phone=f"{index:032x}", choices=choices)
        poll_stop(poll=poll)
        opened = at(event, day, hour)
        Poll.objects.filter(pk=poll.pk).update(
            opened_at=opened, closed_at=opened + datetime.timedelta(minutes=6)
        )
        polls.append(poll)
    return polls
