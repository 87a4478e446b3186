"""The workshops' chapters of the event report: the evaluation of each workshop."""

from cdfacil import reports
from workshops import evaluation_charts
from workshops.selectors.evaluation import evaluation_results, evaluations_of_event


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
        order=10,
    )
)
