"""The workshops' chapters of the event report: every poll put to the room, with its results,
and the evaluation of each workshop."""

from cdfacil import reports
from events.models import Event
from workshops import evaluation_charts
from workshops.models import Poll
from workshops.selectors.evaluation import evaluation_results, evaluations_of_event
from workshops.selectors.polls import poll_results


def _evaluations(event) -> list[tuple]:
    return [
        (
            evaluation,
            evaluation_results(evaluation=evaluation, answer_count=evaluation.answer_count),
        )
        for evaluation in evaluations_of_event(event=event)
    ]


def evaluations_content(event) -> list:
    return [
        [
            evaluation.workshop,
            evaluation.status,
            results["answer_count"],
            [
                [
                    row["question"].code,
                    row["question"].text,
                    row.get("count"),
                    row.get("average"),
                    [point["count"] for point in row.get("distribution", [])],
                    row["comments"],
                ]
                for row in results["questions"]
            ],
        ]
        for evaluation, results in _evaluations(event)
    ]


def evaluations_context(event) -> dict:
    return {
        "evaluations": [
            {
                "evaluation": evaluation,
                "results": results,
                "chart": evaluation_charts.evaluation_chart(evaluation=evaluation, results=results),
            }
            for evaluation, results in _evaluations(event)
        ]
    }


reports.event_chapter_register(
    reports.EventChapter(
        name="evaluations",
        template="workshops/evaluation_report_chapter.html",
        content=evaluations_content,
        context=evaluations_context,
        order=20,
    )
)


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


POLLS = reports.event_chapter_register(
    reports.EventChapter(
        name="polls",
        template="workshops/reports/_polls.html",
        context=lambda event: {"polls": _polls(event)},
        content=_content,
        order=10,
    )
)
