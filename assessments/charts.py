"""Result charts as SVG, drawn on the server with pygal (the same markup goes into PDF reports).

Pure functions: they take the dicts of `assessments.selectors` and return SVG markup, with no
database access. Titles and series names come in already translated from the caller.

The SVG is self-contained and lean (`assessments.chart_svg`): no script, no stylesheet, no
tooltip markup, no XML declaration, and no fixed size, so it scales to its container; text in
the shipped font and numbers as the language writes them. Text is escaped by the XML
serialiser. Axes show a dimension's code; the full label (code and name) is in a <title>
element, which browsers show on hover and screen readers read, and the page and the PDF print
a key under each chart (`assessments.figures.chart_key`).
"""

import math

import pygal
from pygal.style import Style

from assessments import chart_svg
from assessments.models import SCALE_MAX, SCALE_MIN, translated
from assessments.templatetags.assessments_tags import score

# The font the PDF stylesheet declares from static/fonts/ first, so that a PDF draws its charts
# in the text's font (WeasyPrint would otherwise pick a system font); pages fall back to theirs.
FONT = '"DejaVu Sans", system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif'
TEXT = "#212529"
MUTED = "#6c757d"
PRIMARY = "#0d6efd"  # current, government, follow-up
ACCENT = "#d9480f"  # desired
PARTNER = "#2b8a3e"  # development partners
BASELINE = "#868e96"


def dimension_label(dimension: dict) -> str:
    """`code name` of a dimension row from `round_results()["dimensions"]`."""
    return f"{dimension['key']} {translated(dimension['name'])}".strip()


def _style(*colors: str) -> Style:
    return Style(
        background="transparent",
        plot_background="transparent",
        foreground=TEXT,
        foreground_strong=TEXT,
        foreground_subtle="#adb5bd",
        font_family=FONT,
        label_font_size=15,
        major_label_font_size=15,
        value_font_size=13,
        value_label_font_size=13,
        legend_font_size=16,
        title_font_size=18,
        tooltip_font_size=14,
        guide_stroke_color="#ced4da",
        major_guide_stroke_color="#adb5bd",
        opacity=".35",
        opacity_hover=".5",
        stroke_width="2.5",
        colors=colors,
    )


def _config(**extra) -> dict:
    return {
        "js": [],
        "disable_xml_declaration": True,
        "explicit_size": False,
        "legend_at_bottom": True,
        "legend_at_bottom_columns": 2,
        "truncate_legend": -1,
        "margin": 8,
        "spacing": 12,
        **extra,
    }


def _clean(title: str, titles: dict[str, str], look: chart_svg.Look, value_shift: float = 0):
    """An XML filter: make the markup lean (`chart_svg.simplify`); name the chart `title` (the
    page's figure caption shows it, so it is not drawn); keep a <title> with the full label on
    each dimension's axis label and none on the scale's; move printed values `value_shift` to
    the right (clear of a horizontal bar's end)."""

    def clean(root):
        for node in root:
            if node.tag == "title":
                node.text = title
        if value_shift:
            for text in root.iter("text"):
                if "value" in text.get("class", "").split() and text.get("x"):
                    text.set("x", f"{float(text.get('x')) + value_shift:.2f}")
        chart_svg.simplify(root, look)
        for axis in [node for node in root.iter("g") if "axis" in node.get("class", "")]:
            for guides in list(axis):
                texts = [node for node in guides if node.tag == "text"]
                if texts and texts[0].text in titles:
                    for node in [node for node in guides if node.tag == "title"]:
                        guides.remove(node)
                    label = guides.makeelement("title", {})
                    label.text = titles[texts[0].text]
                    guides.append(label)
                    guides.attrib.pop("class", None)
                else:  # a point of the scale: no group needed
                    axis.remove(guides)
                    axis.extend(node for node in guides if node.tag != "title")
        root.set("role", "img")
        return root

    return clean


def _render(chart, title: str, titles: dict[str, str], value_shift: float = 0, **look) -> str:
    style = chart.config.style
    look = chart_svg.Look(
        font=FONT,
        text=TEXT,
        colors=tuple(style.colors),
        font_size=style.label_font_size,
        value_font_size=style.value_font_size,
        legend_font_size=style.legend_font_size,
        **look,
    )
    chart.add_xml_filter(_clean(title, titles, look, value_shift))
    return chart.render(is_unicode=True)


def _labels(dimensions: list[dict]) -> tuple[list[str], dict[str, str]]:
    codes = [dimension["key"] for dimension in dimensions]
    return codes, {dimension["key"]: dimension_label(dimension) for dimension in dimensions}


def _value(value) -> float | None:
    return None if value is None else round(float(value), 2)


def _from_centre(value) -> float | None:
    return None if value is None else round(float(value) - SCALE_MIN, 2)


def level_radar(
    dimensions_of_level: list[dict],
    title: str,
    *,
    current_label: str,
    desired_label: str,
) -> str:
    """Current against desired per dimension of one level, on the 1-4 scale: 1 at the centre,
    the scale's labels between the first and the last dimension's spokes (clear of the codes
    and of the points drawn on the spokes)."""
    codes, titles = _labels(dimensions_of_level)
    chart = pygal.Radar(
        **_config(
            width=460,
            height=460,
            # pygal's radar has its centre at 0 whatever the range: ratings are drawn less
            # the scale's minimum, and the rings labelled with the ratings they stand for.
            range=(0, SCALE_MAX - SCALE_MIN),
            xrange=(0, SCALE_MAX - SCALE_MIN),
            y_labels=[
                {"value": point - SCALE_MIN, "label": str(point)}
                for point in range(SCALE_MIN, SCALE_MAX + 1)
            ],
            show_dots=True,
            dots_size=4,
            fill=True,
        ),
        style=_style(PRIMARY, ACCENT),
    )
    chart.x_labels = codes
    chart.add(
        current_label,
        [
            {"value": _from_centre(row["current"]), "label": titles[row["key"]]}
            for row in dimensions_of_level
        ],
    )
    chart.add(
        desired_label,
        [
            {"value": _from_centre(row["desired"]), "label": titles[row["key"]]}
            for row in dimensions_of_level
        ],
        fill=False,
    )
    chart.add_xml_filter(_scale_between_spokes(len(codes)))
    return _render(chart, title, titles, dashed={1})


def _scale_between_spokes(spokes: int):
    """An XML filter: move the radar's scale labels (pygal prints them up the first spoke, under
    its code and the points at 4) onto the line halfway between the first and last spokes."""

    def move(root):
        axes = {
            axis.get("class"): axis for axis in root.iter("g") if "axis" in axis.get("class", "")
        }
        spoke_ends = [
            [float(number) for number in path.get("d").replace("M", "").split(" L")[0].split()]
            + [float(number) for number in path.get("d").split(" L")[1].split()]
            for path in axes["axis x web"].iter("path")
        ]
        if spokes < 2 or len(spoke_ends) < 2:
            return root
        centre_x, centre_y = spoke_ends[0][:2]
        direction = [0.0, 0.0]
        for x1, y1, x2, y2 in (spoke_ends[0], spoke_ends[-1]):
            length = math.hypot(x2 - x1, y2 - y1) or 1
            direction[0] += (x2 - x1) / length
            direction[1] += (y2 - y1) / length
        norm = math.hypot(*direction) or 1
        for guides in axes["axis y web"]:
            for path in [node for node in guides if node.tag == "path"]:
                if len(set(path.get("d").strip("MZ ").replace("L", "").split())) <= 2:
                    guides.remove(path)  # the ring of the centre: a point
        for text in axes["axis y web"].iter("text"):
            # On its ring's radius, which lies outside the ring's polygon halfway between two
            # spokes; the centre's label just off the centre, where the spokes meet.
            radius = max(centre_y - float(text.get("y")), 14)
            text.set("x", f"{centre_x + direction[0] / norm * radius:.1f}")
            text.set("y", f"{centre_y + direction[1] / norm * radius + 4:.1f}")
            text.set("text-anchor", "middle")
            text.set("font-size", "13")
        return root

    return move


def _bars(
    dimensions: list[dict],
    series: list[tuple[str, str, dict]],
    title: str,
) -> str:
    """Horizontal bars per dimension (top to bottom in framework order), one bar per series.

    `series` is a list of (name, colour, {dimension code: value}).
    """
    codes, titles = _labels(dimensions)
    chart = pygal.HorizontalBar(
        **_config(
            width=520,
            height=max(260, 90 + 30 * len(codes) * len(series)),
            # A series' name per line: round names run long in French.
            legend_at_bottom_columns=1,
            range=(0, SCALE_MAX),
            xrange=(0, SCALE_MAX),
            print_values=True,
            print_values_position="top",
            formatter=lambda value: "" if value is None else score(value),
        ),
        style=_style(*(colour for _name, colour, _values in series)),
    )
    # pygal draws the first label at the bottom: reverse so the list reads top to bottom.
    chart.x_labels = list(reversed(codes))
    for name, _colour, values in series:
        chart.add(
            name,
            [
                {"value": _value(values.get(code)), "label": titles[code]}
                for code in reversed(codes)
            ],
        )
    return _render(chart, title, titles, value_shift=12)


def group_bars(
    dimensions: list[dict],
    by_group: dict,
    title: str,
    *,
    group_labels: dict[str, str],
) -> str:
    """Government and development-partner members' average current rating per dimension.

    `dimensions` gives the order and the labels (`round_results()["dimensions"]`); `by_group` is
    `group_averages()`; `group_labels` names the groups to draw, in order, by organisation kind.
    """
    colours = {"government": PRIMARY, "development_partner": PARTNER}
    series = [
        (
            label,
            colours.get(kind, BASELINE),
            {
                code: groups[kind]["current"]
                for code, groups in by_group["dimensions"].items()
                if kind in groups
            },
        )
        for kind, label in group_labels.items()
    ]
    return _bars(dimensions, series, title)


def round_comparison(
    baseline: list[dict],
    follow_up: list[dict],
    title: str,
    *,
    baseline_label: str,
    follow_up_label: str,
) -> str:
    """Average current rating per dimension, baseline against follow-up.

    Both are dimension rows (`round_results()["dimensions"]`); dimensions are matched by code,
    in the follow-up's order, with any the baseline alone had at the end.
    """
    seen = {row["key"] for row in follow_up}
    dimensions = [*follow_up, *(row for row in baseline if row["key"] not in seen)]
    series = [
        (baseline_label, BASELINE, {row["key"]: row["current"] for row in baseline}),
        (follow_up_label, PRIMARY, {row["key"]: row["current"] for row in follow_up}),
    ]
    return _bars(dimensions, series, title)


def comparison_by_level(
    baseline: list[dict], follow_up: list[dict], levels: list[dict], **labels
) -> list[dict]:
    """`round_comparison` split by level, so that no chart grows taller than a page: a
    {"level", "svg"} per level (`levels` in order, each a row of `round_results()["levels"]`)
    that either round has dimensions of. `labels` are `round_comparison`'s keywords."""
    charts = []
    for level in levels:
        of_level = [
            [row for row in rows if row["level"] == level["key"]] for rows in (baseline, follow_up)
        ]
        if any(of_level):
            name = translated(level["level_name"])
            charts.append(
                {"level": level["key"], "svg": round_comparison(*of_level, name, **labels)}
            )
    return charts
