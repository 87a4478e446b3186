"""Reads of an event's assessment rounds: the list, one round for a person, its submissions."""

from django.db.models import Count, Q, QuerySet

from assessments.models import AssessmentRound, Response
from events.selectors.event import event_for

# A figure shown to members comes from at least this many people's ratings of its question in
# its round; a round's results reach them only from this many submitted responses on.
MIN_RESPONSES_FOR_AGGREGATES = 3


def round_for(*, user, event_pk: int, pk: int) -> AssessmentRound | None:
    """A round of an event this person takes part in, or None (404) for anyone outside it."""
    event = event_for(user=user, event_pk=event_pk)
    if event is None:
        return None
    assessment_round = (
        event.assessment_rounds.select_related("version__framework").filter(pk=pk).first()
    )
    if assessment_round is not None:
        # The event carries the person's role, so the round's rules ask it without a query.
        assessment_round.event = event
    return assessment_round


def rounds_of_event(*, event) -> QuerySet[AssessmentRound]:
    return event.assessment_rounds.select_related("version__framework").annotate(
        respondent_count=Count("responses", distinct=True),
        submitted_count=Count(
            "responses", filter=Q(responses__status=Response.Status.SUBMITTED), distinct=True
        ),
    )


def submitted_count(*, assessment_round: AssessmentRound) -> int:
    """The round's submitted responses: counted already when the round comes from
    `rounds_of_event`, so a list of rounds asks each one's rules without a query per round."""
    counted = getattr(assessment_round, "submitted_count", None)
    if counted is not None:
        return counted
    return assessment_round.responses.filter(status=Response.Status.SUBMITTED).count()
