"""The moments with the broad group in one room: the room view with its live polls, and the
participants' evaluation of each workshop."""

from workshops.models.evaluation import (  # noqa: F401
    MIN_ANSWERS_FOR_RESULTS,
    RATING_MAX,
    RATING_MIN,
    WORKSHOP_DAYS,
    WORKSHOP_ORDER,
    Evaluation,
    EvaluationAnswer,
    EvaluationQuestion,
    EvaluationResponse,
    EvaluationTaken,
    Workshop,
)
from workshops.models.room import JOIN_CODE_ALPHABET, Poll, PollAnswer, Room  # noqa: F401
