"""Result charts as SVG, drawn on the server with pygal (the same markup goes into PDF reports).

Pure functions: they take the dicts of `assessments.selectors` and return SVG markup, with no
database access. Titles and series names come in already translated from the caller.

The SVG is self-contained: no scripts (pygal's inline config script is removed too), no
stylesheet or font fetched from a network, no XML declaration, and no fixed size, so it scales to
its container. Text is escaped by the XML serialiser. Axes show a dimension's code; the full
label (code and name) is in a <title> element, which browsers show on hover and screen readers
read.
"""

from xml.sax.saxutils import escape, quoteattr

import pygal
from pygal.style import Style

from assessments.models import SCALE_MAX, translated

FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif'
TEXT = "#212529"
MUTED = "#6c757d"
PRIMARY = "#0d6efd"  # current, government, follow-up
ACCENT = "#d9480f"  # desired
PARTNER = "#2b8a3e"  # development partners
BASELINE = "#868e96"

# Gap classes for the heat map: upper bound (exclusive) and colour, light to dark.
GAP_CLASSES = [
    (0.5, "#fff3bf", TEXT),
    (1.0, "#ffd43b", TEXT),
    (1.5, "#fd7e14", TEXT),
    (2.0, "#e03131", "#ffffff"),
    (None, "#862e2e", "#ffffff"),
]
NO_SCORE = ("#f1f3f5", MUTED)


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


def _clean(title: str, titles: dict[str, str], value_shift: float = 0):
    """An XML filter: drop scripts and comments; name the chart `title` (the page's figure
    caption shows it, so it is not drawn); put full labels in <title>s; move printed values
    `value_shift` to the right (clear of a horizontal bar's end)."""

    def clean(root):
        for node in root:
            if node.tag == "title":
                node.text = title
        if value_shift:
            for text in root.iter("text"):
                if "value" in text.get("class", "").split() and text.get("x"):
                    text.set("x", f"{float(text.get('x')) + value_shift:.2f}")
        for node in root.iter():
            # Legend toggles for pygal's script, which is not shipped; several charts on one
            # page would otherwise repeat these ids.
            if str(node.get("id", "")).startswith("activate-serie"):
                del node.attrib["id"]
        parents = [root, *root.iter()]
        for parent in parents:
            for child in list(parent):
                tag = child.tag if isinstance(child.tag, str) else None
                if tag is None or tag.rsplit("}", 1)[-1] == "script":
                    parent.remove(child)  # comments (their tag is a function) and scripts
        for guides in root.iter("g"):
            if "guides" not in guides.get("class", "").split():
                continue
            texts = [node for node in guides if node.tag == "text"]
            if texts and texts[0].text in titles:
                for node in [node for node in guides if node.tag == "title"]:
                    guides.remove(node)
                label = guides.makeelement("title", {})
                label.text = titles[texts[0].text]
                guides.append(label)
        root.set("role", "img")
        return root

    return clean


def _render(chart, title: str, titles: dict[str, str], value_shift: float = 0) -> str:
    chart.add_xml_filter(_clean(title, titles, value_shift))
    return chart.render(is_unicode=True)


def _labels(dimensions: list[dict]) -> tuple[list[str], dict[str, str]]:
    codes = [dimension["key"] for dimension in dimensions]
    return codes, {dimension["key"]: dimension_label(dimension) for dimension in dimensions}


def _value(value) -> float | None:
    return None if value is None else round(float(value), 2)


def level_radar(
    dimensions_of_level: list[dict],
    title: str,
    *,
    current_label: str,
    desired_label: str,
) -> str:
    """Current against desired per dimension of one level, on the 0-4 scale."""
    codes, titles = _labels(dimensions_of_level)
    chart = pygal.Radar(
        **_config(
            width=460,
            height=460,
            range=(0, SCALE_MAX),
            xrange=(0, SCALE_MAX),
            y_labels=list(range(0, SCALE_MAX + 1)),
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
            {"value": _value(row["current"]), "label": titles[row["key"]]}
            for row in dimensions_of_level
        ],
    )
    chart.add(
        desired_label,
        [
            {"value": _value(row["desired"]), "label": titles[row["key"]]}
            for row in dimensions_of_level
        ],
        fill=False,
        stroke_style={"width": 3, "dasharray": "8, 4"},
    )
    return _render(chart, title, titles)


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
            height=max(260, 70 + 30 * len(codes) * len(series)),
            range=(0, SCALE_MAX),
            xrange=(0, SCALE_MAX),
            print_values=True,
            print_values_position="top",
            formatter=lambda value: "" if value is None else f"{value:.1f}",
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


def _gap_class(gap):
    if gap is None:
        return NO_SCORE
    for bound, fill, ink in GAP_CLASSES:
        if bound is None or gap < bound:
            return fill, ink
    raise AssertionError("unreachable")  # pragma: no cover


def gap_heatmap(
    dimensions: list[dict],
    levels: list[dict],
    title: str,
    *,
    gap_label: str,
    legend_label: str,
    no_score_label: str,
) -> str:
    """Gaps (desired - current) per dimension: a row per level, a cell per dimension.

    pygal has no heat map, so this is a small SVG grid: each cell shows the dimension's code
    and gap, coloured by gap class, with the full label and value in its <title>.
    """
    width, pad, row_gap, cell_gap = 520, 4, 16, 6
    cell_height, heading = 64, 26
    rows = []
    for level in levels:
        cells = [row for row in dimensions if row["level"] == level["key"]]
        if cells:
            rows.append((translated(level["level_name"]), cells))
    columns = max((len(cells) for _name, cells in rows), default=1)
    cell_width = (width - 2 * pad - (columns - 1) * cell_gap) / columns

    parts = []
    y = pad
    for name, cells in rows:
        parts.append(
            f'<text x="{pad}" y="{y + 18}" font-size="17" font-weight="600" '
            f'fill="{TEXT}">{escape(name)}</text>'
        )
        y += heading
        for index, row in enumerate(cells):
            x = pad + index * (cell_width + cell_gap)
            fill, ink = _gap_class(row["gap"])
            gap = "–" if row["gap"] is None else f"{row['gap']:.1f}"
            tip = f"{dimension_label(row)}: {gap_label} {gap}"
            parts.append(
                f"<g><title>{escape(tip)}</title>"
                f'<rect x="{x:.1f}" y="{y}" width="{cell_width:.1f}" height="{cell_height}" '
                f'rx="6" fill="{fill}" stroke="#dee2e6"/>'
                f'<text x="{x + cell_width / 2:.1f}" y="{y + 26}" text-anchor="middle" '
                f'font-size="15" fill="{ink}">{escape(row["key"])}</text>'
                f'<text x="{x + cell_width / 2:.1f}" y="{y + 50}" text-anchor="middle" '
                f'font-size="19" font-weight="700" fill="{ink}">{escape(gap)}</text></g>'
            )
        y += cell_height + row_gap

    legend, y = _heatmap_legend(legend_label, no_score_label, y, width=width, pad=pad)
    parts.extend(legend)
    height = y + pad
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        f'class="gap-heatmap" font-family={quoteattr(FONT)}>'
        f"<title>{escape(title)}</title>{''.join(parts)}</svg>"
    )


def _heatmap_legend(legend_label: str, no_score_label: str, y: float, *, width, pad):
    """The heat map's legend from height `y` on: the gap classes, then "no score". Returns its
    SVG parts and the height below it."""
    parts = [
        f'<text x="{pad}" y="{y + 14}" font-size="15" fill="{TEXT}">{escape(legend_label)}</text>'
    ]
    y += 24
    bounds = [0.0] + [bound for bound, _fill, _ink in GAP_CLASSES[:-1]]
    legend = [
        (f"{low:.1f}–{high:.1f}" if high is not None else f"≥ {low:.1f}", fill)
        for low, (high, fill, _ink) in zip(bounds, GAP_CLASSES, strict=True)
    ]
    legend[0] = (f"< {GAP_CLASSES[0][0]:.1f}", GAP_CLASSES[0][1])
    legend.append((no_score_label, NO_SCORE[0]))
    swatch_columns = 3
    swatch_width = (width - 2 * pad) / swatch_columns
    for index, (text, fill) in enumerate(legend):
        x = pad + (index % swatch_columns) * swatch_width
        line_y = y + (index // swatch_columns) * 28
        parts.append(
            f'<rect x="{x:.1f}" y="{line_y}" width="22" height="20" rx="3" fill="{fill}" '
            f'stroke="#adb5bd"/><text x="{x + 30:.1f}" y="{line_y + 15}" font-size="15" '
            f'fill="{TEXT}">{escape(text)}</text>'
        )
    return parts, y + ((len(legend) - 1) // swatch_columns + 1) * 28


# The projector's colours: on black, a yellow and a light blue both above 10:1.
