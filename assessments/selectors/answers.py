"""Reads of a member's own response: it for the person, its questions with answers, its progress."""

from assessments.models import Answer, Question, Response
from events.selectors.event import event_for


def response_for(*, user, event_pk: int, pk: int) -> Response | None:
    """A response of an event this person takes part in, or None (404) for anyone outside it.

    Whether the person may see it (their own, or as a facilitator) is the view's rule.
    """
    event = event_for(user=user, event_pk=event_pk)
    if event is None:
        return None
    response = (
        Response.objects.filter(round__event=event, pk=pk)
        .select_related("round__version__framework", "respondent")
        .first()
    )
    if response is not None:
        # The event carries the person's role, so the response's rules ask it without a query.
        response.round.event = event
    return response


def responses_of_person(*, event, user) -> dict[int, Response]:
    """This person's own responses in the event's rounds, by round id."""
    responses = Response.objects.filter(round__event=event, respondent=user)
    return {response.round_id: response for response in responses}


def round_question(*, version_id: int, pk: int) -> Question | None:
    """A question of the framework version a round uses, or None when it is not one of them."""
    return (
        Question.objects.filter(dimension__level__version_id=version_id, pk=pk)
        .select_related("dimension__level")
        .first()
    )


def response_questions(*, response: Response) -> list[dict]:
    """The round's questions grouped by level and dimension, each with this person's answer."""
    answers = {answer.question_id: answer for answer in response.answers.all()}
    questions = (
        Question.objects.filter(dimension__level__version_id=response.round.version_id)
        .select_related("dimension__level")
        .order_by("dimension__level__order", "dimension__order", "order", "pk")
    )
    levels: list[dict] = []
    for question in questions:
        dimension, level = question.dimension, question.dimension.level
        if not levels or levels[-1]["level"].pk != level.pk:
            levels.append({"level": level, "dimensions": []})
        dimensions = levels[-1]["dimensions"]
        if not dimensions or dimensions[-1]["dimension"].pk != dimension.pk:
            dimensions.append({"dimension": dimension, "questions": []})
        dimensions[-1]["questions"].append(
            {"question": question, "answer": answers.get(question.pk)}
        )
    return levels


def response_progress(*, response: Response) -> dict:
    total = Question.objects.filter(dimension__level__version_id=response.round.version_id).count()
    answered = response.answers.exclude(kind=Answer.Kind.RATED, current__isnull=True).count()
    return {
        "answered": answered,
        "total": total,
        "percent": round(100 * answered / total) if total else 0,
    }
