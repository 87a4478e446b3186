"""Reads of a member's own response: it for the person, its questions with answers, its progress."""

from dataclasses import dataclass, field

from assessments.models import Answer, Dimension, Level, Question, Response
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


def answer_complete(answer: Answer | None) -> bool:
    """An answer counts once both ratings are given, or it is "don't know" or "not applicable"."""
    if answer is None:
        return False
    if answer.kind != Answer.Kind.RATED:
        return True
    return answer.current is not None and answer.desired is not None


def answer_lacks(answer: Answer | None) -> str:
    """What a question still needs before it counts: "answer", "current", "desired" or ""."""
    if answer is None or (
        answer.kind == Answer.Kind.RATED and answer.current is None and answer.desired is None
    ):
        return "answer"
    if answer_complete(answer):
        return ""
    return "current" if answer.current is None else "desired"


@dataclass
class Step:
    """One dimension of the framework, shown as one step of the form."""

    number: int
    level: Level
    dimension: Dimension
    items: list[dict] = field(default_factory=list)  # {"question", "answer", "lacks"}

    @property
    def total(self) -> int:
        return len(self.items)

    @property
    def answered(self) -> int:
        return sum(1 for item in self.items if not item["lacks"])

    @property
    def complete(self) -> bool:
        return self.answered == self.total


@dataclass
class ResponseSteps:
    """A response's questions as steps, one per dimension, with what is answered and missing."""

    steps: list[Step]

    @property
    def levels(self) -> list[dict]:
        levels: list[dict] = []
        for step in self.steps:
            if not levels or levels[-1]["level"].pk != step.level.pk:
                levels.append({"level": step.level, "steps": [], "answered": 0, "total": 0})
            levels[-1]["steps"].append(step)
            levels[-1]["answered"] += step.answered
            levels[-1]["total"] += step.total
        return levels

    @property
    def progress(self) -> dict:
        total = sum(step.total for step in self.steps)
        answered = sum(step.answered for step in self.steps)
        return {
            "answered": answered,
            "total": total,
            "percent": round(100 * answered / total) if total else 0,
        }

    @property
    def missing(self) -> list[dict]:
        """Every question that does not count yet, with its step and what it lacks."""
        return [
            {"step": step, **item} for step in self.steps for item in step.items if item["lacks"]
        ]

    def step(self, number: int) -> Step | None:
        return self.steps[number - 1] if 1 <= number <= len(self.steps) else None

    def step_of(self, question_pk: int) -> Step | None:
        for step in self.steps:
            if any(item["question"].pk == question_pk for item in step.items):
                return step
        return None

    def first_unanswered(self) -> Step | None:
        return next((step for step in self.steps if not step.complete), None)

    def next_unanswered(self, after: Step) -> dict | None:
        """The first question still missing in the steps after `after`, then from the first
        step round to `after` itself; None once every question counts."""
        order = self.steps[after.number :] + self.steps[: after.number]
        for step in order:
            for item in step.items:
                if item["lacks"]:
                    return {"step": step, **item}
        return None


def response_steps(*, response: Response) -> ResponseSteps:
    """The round's questions, one step per dimension in the framework's order, each with this
    person's answer: two queries, however many answers there are."""
    answers = {answer.question_id: answer for answer in response.answers.all()}
    questions = (
        Question.objects.filter(dimension__level__version_id=response.round.version_id)
        .select_related("dimension__level")
        .order_by("dimension__level__order", "dimension__order", "order", "pk")
    )
    steps: list[Step] = []
    for question in questions:
        if not steps or steps[-1].dimension.pk != question.dimension_id:
            dimension = question.dimension
            steps.append(Step(number=len(steps) + 1, level=dimension.level, dimension=dimension))
        answer = answers.get(question.pk)
        steps[-1].items.append(
            {"question": question, "answer": answer, "lacks": answer_lacks(answer)}
        )
    return ResponseSteps(steps=steps)
