"""Reads of evaluations: one as a facilitator sees it, the people invited to answer, the results
from enough answers, and a facilitator's events side by side."""

from collections import defaultdict

from django.db.models import Avg, Count, IntegerField, OuterRef, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce

from assessments.models import translated
from events.models import Event, Participation, Session
from events.selectors.event import event_for
from workshops.default_evaluation import CODE_ORDER, SCALE_WORDS, SHORT_LABELS
from workshops.models import (
    MIN_ANSWERS_FOR_RESULTS,
    RATING_MAX,
    RATING_MIN,
    WORKSHOP_ORDER,
    Evaluation,
    EvaluationAnswer,
    EvaluationQuestion,
    EvaluationResponse,
    EvaluationTaken,
    Workshop,
)

Role = Participation.Role

# Who is invited to evaluate each workshop: the broad group's workshops ask everyone but the
# facilitators, the core-group days the core group.
AUDIENCE = {
    Workshop.KICK_OFF: (Role.CORE_GROUP, Role.STAKEHOLDER),
    Workshop.CORE_GROUP: (Role.CORE_GROUP,),
    Workshop.ENDORSEMENT: (Role.CORE_GROUP, Role.STAKEHOLDER),
}


def evaluation_for(*, user, event_pk: int, pk: int) -> Evaluation | None:
    """The evaluation with its event as this person sees it, or None outside the event."""
    event = event_for(user=user, event_pk=event_pk)
    if event is None:
        return None
    evaluation = event.evaluations.filter(pk=pk).first()
    if evaluation is not None:
        evaluation.event = event  # the rules then read the person's role without a query
    return evaluation


def _count_of(model) -> Coalesce:
    counted = (
        model.objects.filter(evaluation=OuterRef("pk"))
        .order_by()
        .values("evaluation")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def with_counts(evaluations: QuerySet[Evaluation]) -> QuerySet[Evaluation]:
    """Each with `answer_count` (anonymous answers) and `taken_count` (invited people who
    answered), in the same query."""
    return evaluations.annotate(
        answer_count=_count_of(EvaluationResponse), taken_count=_count_of(EvaluationTaken)
    )


def in_workshop_order(evaluations) -> list[Evaluation]:
    return sorted(evaluations, key=lambda e: (e.event_id, WORKSHOP_ORDER[e.workshop], e.pk))


def open_evaluation(*, event: Event) -> Evaluation | None:
    """The evaluation the room's phones are asked to fill: the open one opened last."""
    return (
        event.evaluations.filter(status=Evaluation.Status.OPEN)
        .order_by("-opened_at", "-pk")
        .first()
    )


def evaluations_of_event(*, event: Event) -> list[Evaluation]:
    return in_workshop_order(with_counts(event.evaluations.all()))


def evaluation_counted(*, evaluation: Evaluation) -> Evaluation:
    """The same evaluation with its counts (see `with_counts`) and the number invited."""
    counted = with_counts(Evaluation.objects.filter(pk=evaluation.pk)).values(
        "answer_count", "taken_count"
    )[0]
    evaluation.answer_count = counted["answer_count"]
    evaluation.taken_count = counted["taken_count"]
    evaluation.invited_count = evaluation_invitees(evaluation=evaluation).count()
    return evaluation


def workshops_without_evaluation(*, event: Event) -> list[tuple[str, str]]:
    taken = set(event.evaluations.values_list("workshop", flat=True))
    return [(value, label) for value, label in Workshop.choices if value not in taken]


def evaluation_invitees(*, evaluation: Evaluation) -> QuerySet[Participation]:
    return Participation.objects.filter(
        event_id=evaluation.event_id, role__in=AUDIENCE[evaluation.workshop]
    )


def evaluation_questions(*, evaluation: Evaluation) -> list[EvaluationQuestion]:
    return list(evaluation.questions.all())


def has_answered(*, evaluation: Evaluation, participation: Participation) -> bool:
    return EvaluationTaken.objects.filter(
        evaluation=evaluation, participation=participation
    ).exists()


def question_label(question: EvaluationQuestion) -> str:
    """A short name: the default question's, else the question itself."""
    label = SHORT_LABELS.get(question.code)
    return str(label) if label else translated(question.text)


# --- Results ---------------------------------------------------------------------------------


def rating_summary(counts: list[int]) -> dict:
    """The average and distribution of one question's ratings, from the count of each point of
    the scale (`counts[0]` the 1s). Pure: no database."""
    total = sum(counts)
    average = (
        sum(point * n for point, n in enumerate(counts, start=RATING_MIN)) / total
        if total
        else None
    )
    return {
        "count": total,
        "average": average,
        "distribution": [
            {
                "rating": point,
                "word": SCALE_WORDS[point],
                "count": n,
                "percent": round(100 * n / total) if total else 0,
            }
            for point, n in enumerate(counts, start=RATING_MIN)
        ],
    }


def evaluation_results(*, evaluation: Evaluation, answer_count: int | None = None) -> dict:
    """Averages and distribution per question and the comments, once at least
    MIN_ANSWERS_FOR_RESULTS people answered; below that only the count. Comments come in the
    order of their random keys: the same on every view, and never the order of submission.
    Four queries whatever the number of answers."""
    if answer_count is None:
        answer_count = evaluation.responses.count()
    enough = answer_count >= MIN_ANSWERS_FOR_RESULTS
    results = {
        "answer_count": answer_count,
        "enough": enough,
        "min_answers": MIN_ANSWERS_FOR_RESULTS,
        "questions": [],
    }
    if not enough:
        return results
    answers = EvaluationAnswer.objects.filter(question__evaluation=evaluation)
    counts = defaultdict(lambda: [0] * (RATING_MAX - RATING_MIN + 1))
    rated = answers.filter(rating__isnull=False).order_by().values("question_id", "rating")
    for row in rated.annotate(n=Count("pk")):
        counts[row["question_id"]][row["rating"] - RATING_MIN] = row["n"]
    comments = defaultdict(list)
    for question_id, comment in (
        answers.exclude(comment="").order_by("pk").values_list("question_id", "comment")
    ):
        comments[question_id].append(comment)
    results["questions"] = [
        {
            "question": question,
            "label": question_label(question),
            "comments": comments[question.pk],
            **(rating_summary(counts[question.pk]) if question.is_rating else {}),
        }
        for question in evaluation.questions.all()
    ]
    return results


# --- Across events ---------------------------------------------------------------------------


def _row_key(question: EvaluationQuestion) -> tuple:
    """Questions are compared across events by the default question they started from, and
    the ones facilitators added by their text."""
    if question.code in CODE_ORDER:
        return (0, CODE_ORDER[question.code], question.code)
    return (1, 0, translated(question.text))


def _attach_methods(evaluations: list[Evaluation], events: QuerySet[Event]) -> None:
    """Each evaluation's `methods`: the methods its workshop's agenda sessions used, in the
    agenda's order, so that the comparison shows which methods scored well."""
    methods = defaultdict(list)
    sessions = (
        Session.objects.filter(event__in=events)
        .exclude(method="")
        .order_by("event", "day", "start_time", "pk")
        .values_list("event_id", "day", "method")
    )
    for event_id, day, method in sessions:
        if method not in methods[event_id, day]:
            methods[event_id, day].append(method)
    for evaluation in evaluations:
        evaluation.methods = list(
            dict.fromkeys(m for day in evaluation.days for m in methods[evaluation.event_id, day])
        )


def evaluations_compared(*, user) -> dict:
    """The evaluations of the events this person facilitates, side by side: a column per
    evaluation (events oldest first, workshops in the process's order), a row per rating
    question, the average where enough people answered; and per workshop the average over all
    those events, weighted by answers. Four queries whatever the number of events."""
    events = Event.objects.filter(participations__user=user, participations__role=Role.FACILITATOR)
    evaluations = sorted(
        with_counts(Evaluation.objects.filter(event__in=events).select_related("event")),
        key=lambda e: (e.event.day1, e.event_id, WORKSHOP_ORDER[e.workshop]),
    )
    enough = [e.pk for e in evaluations if e.answer_count >= MIN_ANSWERS_FOR_RESULTS]
    _attach_methods(evaluations, events)
    questions = {
        question.pk: question
        for question in EvaluationQuestion.objects.filter(
            evaluation__in=enough, kind=EvaluationQuestion.Kind.RATING
        )
    }
    averages = (
        EvaluationAnswer.objects.filter(question__in=list(questions), rating__isnull=False)
        .order_by()
        .values("question_id")
        .annotate(average=Avg("rating"), n=Count("pk"))
    )
    cells: dict[tuple, dict[int, dict]] = defaultdict(dict)
    labels = {}
    for row in averages:
        question = questions[row["question_id"]]
        key = _row_key(question)
        labels.setdefault(key, question_label(question))
        cells[key][question.evaluation_id] = {"average": row["average"], "n": row["n"]}
    by_workshop = [value for value, _label in Workshop.choices]
    rows = []
    for key in sorted(cells):
        values = cells[key]
        best = max(values.values(), key=lambda cell: cell["average"])["average"]
        workshops = {}
        for evaluation in evaluations:
            cell = values.get(evaluation.pk)
            if cell:
                total = workshops.setdefault(evaluation.workshop, [0.0, 0])
                total[0] += cell["average"] * cell["n"]
                total[1] += cell["n"]
        rows.append(
            {
                "label": labels[key],
                "cells": [
                    {**values[e.pk], "best": values[e.pk]["average"] == best}
                    if e.pk in values
                    else None
                    for e in evaluations
                ],
                "by_workshop": [
                    workshops[w][0] / workshops[w][1] if w in workshops else None
                    for w in by_workshop
                ],
            }
        )
    return {
        "evaluations": evaluations,
        "rows": rows,
        "workshops": [label for _value, label in Workshop.choices],
        "min_answers": MIN_ANSWERS_FOR_RESULTS,
    }
