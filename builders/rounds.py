"""Assessment rounds with answers: opened by `round_create`, answers written in bulk; the
group's consensus recorded through `consensus_record`."""

import datetime
from collections.abc import Callable, Iterable, Sequence

from django.utils import timezone

from assessments import default_framework
from assessments.models import (
    Answer,
    AssessmentRound,
    ConsensusScore,
    FrameworkVersion,
    Question,
    Response,
)
from assessments.services.consensus import consensus_record
from assessments.services.rounds import round_create
from cdfacil.models import User
from events.models import Event

# (current, desired) for every answer; a list of them, one per member in turn; or
# (respondent index, question index) -> the answer's fields (current, desired, kind, evidence),
# None leaving the question unanswered.
Scores = tuple[int, int] | list[tuple[int, int]] | Callable[[int, int], dict | None]


def default_version() -> FrameworkVersion:
    """Version 1 of the framework every installation has (created by a migration)."""
    return FrameworkVersion.objects.get(framework__name=default_framework.NAME, number=1)


def _answer_fields(scores: Scores, index: int, position: int) -> dict | None:
    if callable(scores):
        return scores(index, position)
    current, desired = scores[index] if isinstance(scores, list) else scores
    return {"current": current, "desired": desired}


def answered_round(
    *,
    event: Event,
    members: Sequence[User],
    scores: Scores | None = (2, 4),
    submitted: bool | int = True,
    version: FrameworkVersion | None = None,
    questions: Sequence[Question] | None = None,
    opens_at: datetime.datetime | None = None,
    closes_at: datetime.datetime | None = None,
) -> AssessmentRound:
    """A round of `event` for `members` (core-group members), open from an hour ago to a day
    on unless told otherwise, with every member's answers to `questions` (all the version's);
    `scores=None` writes no answer at all, as a round just opened has none.

    `submitted`: every response (True), none (False) or the first N members'. Submitted
    responses are marked in one query, as the answers are written, without `response_submit`'s
    check that the round is open: a builder may make a round that closed long ago.
    """
    version = version or default_version()
    now = timezone.now()
    assessment_round = round_create(
        event=event,
        version=version,
        opens_at=opens_at or now - datetime.timedelta(hours=1),
        closes_at=closes_at or now + datetime.timedelta(days=1),
        respondents=list(members),
    )
    if scores is None:
        questions = []
    elif questions is None:
        questions = list(Question.objects.filter(dimension__level__version=version))
    # round_create writes the responses in the members' order: the pks follow it.
    responses = list(assessment_round.responses.order_by("pk"))
    answers = []
    for index, response in enumerate(responses):
        for position, question in enumerate(questions):
            fields = _answer_fields(scores, index, position)
            if fields is not None:
                answers.append(Answer(response=response, question=question, **fields))
    Answer.objects.bulk_create(answers, batch_size=2000)
    count = len(responses) if submitted is True else int(submitted)
    Response.objects.filter(pk__in=[response.pk for response in responses[:count]]).update(
        status=Response.Status.SUBMITTED, submitted_at=now, updated_at=now
    )
    return assessment_round


def closed_round(*, event: Event, members: Sequence[User]) -> AssessmentRound:
    """A round that closed yesterday, with every member's response submitted: members are
    offered its results."""
    now = timezone.now()
    return answered_round(
        event=event,
        members=members,
        scores=(2, 3),
        opens_at=now - datetime.timedelta(days=3),
        closes_at=now - datetime.timedelta(days=1),
    )


def consensus_agreed(
    *,
    assessment_round: AssessmentRound,
    questions: Iterable[Question],
    by: User,
    scores: tuple[int, int] = (2, 3),
    rationale: str = "Agreed in the room.",
    dissent: str = "",
) -> list[ConsensusScore]:
    """The group's agreed (current, desired) `scores` for each of `questions`, recorded through
    `consensus_record` as a facilitator does in the consensus view."""
    current, desired = scores
    return [
        consensus_record(
            assessment_round=assessment_round,
            question=question,
            current=current,
            desired=desired,
            rationale=rationale,
            dissent=dissent,
            by=by,
        )
        for question in questions
    ]
