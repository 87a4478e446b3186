"""Workshop evaluations with answers: made by `evaluation_create`, opened, then answered
anonymously through `evaluation_answer_save`, as a walk-in's phone would."""

from collections.abc import Iterable

from events.models import Event
from workshops.models import Evaluation
from workshops.services.evaluation import (
    evaluation_answer_save,
    evaluation_create,
    evaluation_open,
)


def evaluation_answers(
    evaluation: Evaluation, *, rating: int | None = 4, comment: str = ""
) -> dict:
    """One person's answers: `rating` on every rating question, `comment` on every question."""
    return {
        question.pk: {"rating": rating if question.is_rating else None, "comment": comment}
        for question in evaluation.questions.all()
    }


def evaluation_answered_by(
    evaluation: Evaluation, ratings: Iterable[int], comment: str = ""
) -> None:
    """One anonymous answer per rating in `ratings`, each rating every rating question so."""
    for rating in ratings:
        evaluation_answer_save(
            evaluation=evaluation,
            answers=evaluation_answers(evaluation, rating=rating, comment=comment),
        )


def evaluation_with_answers(
    *,
    event: Event,
    workshop: str,
    by,
    ratings: Iterable[int] = (),
    base_url: str = "https://cdfacil.test",
) -> Evaluation:
    """The evaluation of `workshop`, open, with an answer per rating in `ratings`. Its emails
    leave after the commit, as on the page."""
    evaluation = evaluation_create(event=event, workshop=workshop, by=by)
    evaluation_open(evaluation=evaluation, by=by, base_url=base_url)
    evaluation_answered_by(evaluation, ratings)
    return evaluation
