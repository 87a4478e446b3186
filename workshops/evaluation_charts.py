"""The chart of one workshop's evaluation: the average of each rating question on the 1-5
scale, as SVG drawn on the server with pygal in the platform's chart style (the same markup
serves the page and the PDF report). No database access."""

import pygal
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from assessments.charts import PRIMARY, _config, _render, _style
from assessments.templatetags.assessments_tags import score
from workshops.models import RATING_MAX, Evaluation


def evaluation_chart(*, evaluation: Evaluation, results: dict) -> str | None:
    """Horizontal bars, questions top to bottom; None below the answers needed for results."""
    rows = [row for row in results["questions"] if row["question"].is_rating]
    if not results["enough"] or not rows:
        return None
    labels = [row["label"] for row in rows]
    titles = {row["label"]: str(row["question"]) for row in rows}
    chart = pygal.HorizontalBar(
        **_config(
            width=520,
            height=max(260, 70 + 34 * len(rows)),
            range=(0, RATING_MAX),
            xrange=(0, RATING_MAX),
            print_values=True,
            print_values_position="top",
            show_legend=False,
            formatter=lambda value: "" if value is None else score(value),
        ),
        style=_style(PRIMARY),
    )
    # pygal draws the first label at the bottom: reversed, the chart reads top to bottom.
    chart.x_labels = list(reversed(labels))
    chart.add(
        _("Average"),
        [
            {
                "value": round(row["average"], 2) if row["average"] is not None else None,
                "label": titles[row["label"]],
            }
            for row in reversed(rows)
        ],
    )
    title = _("%(workshop)s: average rating per question, from 1 to 5") % {
        "workshop": evaluation.get_workshop_display()
    }
    # Ours, drawn from numbers, every label escaped by the XML serialiser: safe to show as is.
    return mark_safe(_render(chart, title, titles, value_shift=12))  # noqa: S308
