"""A round's result figures, with translated labels, for its page and its PDF report.

The charts are drawn by `assessments.charts` and `assessments.heatmap`, and each is kept in the
cache by the fingerprint of what it is drawn from, so a page and a PDF that show the same chart
draw it once.
"""

import base64
import hashlib
import json
from pathlib import Path

import pygal
from django.core.cache import cache
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from assessments import chart_svg, charts, heatmap
from assessments.models import AssessmentRound, translated

# Seconds a drawn chart is kept for the same numbers, labels and language.
FIGURES_CACHE_SECONDS = 24 * 3600

# What the drawing depends on besides its data: the drawing code and pygal's version. A change
# to either (a font, a colour, a label's place) draws every chart anew.
DRAWING = hashlib.sha256(
    b"".join(Path(module.__file__).read_bytes() for module in (charts, chart_svg, heatmap))
    + pygal.__version__.encode()
).hexdigest()[:16]


def _cached(kind: str, content, draw):
    """`draw()`, drawn once for the same `content` in the active language."""
    fingerprint = json.dumps([DRAWING, get_language(), kind, content], sort_keys=True, default=str)
    key = f"chart:{kind}:" + hashlib.sha256(fingerprint.encode("utf-8")).hexdigest()
    svg = cache.get(key)
    if svg is None:
        svg = draw()
        cache.set(key, svg, FIGURES_CACHE_SECONDS)
    return svg


def _safe(svg: str) -> str:
    """The SVG is ours, drawn from numbers, with every label escaped: safe to show as is."""
    return mark_safe(svg)  # noqa: S308


def chart_key(dimensions: list[dict]) -> list[dict]:
    """The key of a chart that shows dimensions by code: [{"code", "name"}] in its order."""
    return [{"code": row["key"], "name": translated(row["name"])} for row in dimensions]


def results_figures(*, assessment_round, results: dict, compared: dict | None, by_group) -> dict:
    """Every chart of a round's results, for its page and its PDF, with translated labels and
    a key per chart (code and name of each dimension it shows):
    {"radars": [{"title", "svg", "key"}], "heatmap", "heatmap_key", "group_chart" (None unless
    `by_group` is given and has respondents), "comparison" (a {"title", "svg", "key"} per level,
    None without a round to compare with)}."""
    return {
        "radars": _radars(results),
        "heatmap": _heatmap(results),
        "heatmap_key": chart_key(results["dimensions"]),
        "group_chart": None if by_group is None else _group_chart(results, by_group),
        "comparison": None
        if compared is None
        else _comparison(assessment_round, results, compared),
    }


def _of_level(rows: list[dict], level: dict) -> list[dict]:
    return [row for row in rows if row["level"] == level["key"]]


def _heatmap(results: dict) -> str:
    title = _("Gap per dimension")
    labels = {
        "cell_title": _("%(dimension)s: gap %(gap)s"),
        "legend_label": _("Gap (desired minus current)"),
        "no_score_label": _("no score"),
    }
    return _safe(
        _cached(
            "heatmap",
            [results["dimensions"], results["levels"], title, labels],
            lambda: heatmap.gap_heatmap(results["dimensions"], results["levels"], title, **labels),
        )
    )


def _radars(results: dict) -> list[dict]:
    current, desired = _("Current"), _("Desired")
    radars = []
    for level in results["levels"]:
        rows, title = _of_level(results["dimensions"], level), translated(level["level_name"])
        svg = _cached(
            "radar",
            [rows, title, current, desired],
            lambda rows=rows, title=title: charts.level_radar(
                rows, title, current_label=current, desired_label=desired
            ),
        )
        svg = _safe(svg)
        radars.append({"title": title, "svg": svg, "key": chart_key(rows)})
    return radars


def _group_chart(results: dict, by_group: dict) -> dict | None:
    group_labels = {
        kind: label
        for kind, label in (
            ("government", _("Government")),
            ("development_partner", _("Development partners")),
        )
        if by_group["respondents"][kind] >= 1
    }
    if not group_labels:
        return None
    title = _("Average current rating by group")
    return {
        "respondents": by_group["respondents"],
        "svg": _safe(
            _cached(
                "groups",
                [results["dimensions"], by_group, group_labels, title],
                lambda: charts.group_bars(
                    results["dimensions"], by_group, title, group_labels=group_labels
                ),
            )
        ),
        "key": chart_key(results["dimensions"]),
    }


def _comparison(assessment_round, results: dict, compared: dict) -> list[dict]:
    other_label = _("%(kind)s (round %(number)d)") % {
        "kind": AssessmentRound.Kind(compared["kind"]).label,
        "number": compared["number"],
    }
    this_label = _("%(kind)s (round %(number)d)") % {
        "kind": assessment_round.get_kind_display(),
        "number": assessment_round.number,
    }
    is_baseline = assessment_round.kind == AssessmentRound.Kind.BASELINE
    baseline, follow_up = (
        (results["dimensions"], compared["dimensions"])
        if is_baseline
        else (compared["dimensions"], results["dimensions"])
    )
    labels = {
        "baseline_label": this_label if is_baseline else other_label,
        "follow_up_label": other_label if is_baseline else this_label,
    }
    drawn = _cached(
        "comparison",
        [baseline, follow_up, results["levels"], labels],
        lambda: charts.comparison_by_level(baseline, follow_up, results["levels"], **labels),
    )
    names = {level["key"]: translated(level["level_name"]) for level in results["levels"]}
    seen = {row["key"] for row in follow_up}
    shown = [*follow_up, *(row for row in baseline if row["key"] not in seen)]
    return [
        {
            "title": names[chart["level"]],
            "svg": _safe(chart["svg"]),
            "key": chart_key([row for row in shown if row["level"] == chart["level"]]),
        }
        for chart in drawn
    ]


def as_image(svg: str, alt: str) -> str:
    """A drawn chart as an <img> of its SVG in a data: URL, with `alt` as its text: for the PDF,
    where WeasyPrint draws an image's SVG without styling each of its elements with the page's
    stylesheet (and the page has some 60 elements fewer a chart). The SVG keeps its role and
    title."""
    source = "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")
    return format_html('<img class="chart-image" src="{}" alt="{}">', source, alt)
