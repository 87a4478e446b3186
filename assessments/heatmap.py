"""The gap heat map: a row per level, a cell per dimension coloured by its gap, as SVG drawn by
hand (pygal has none) in the result charts' look (`assessments.charts`). Pure: no database."""

from xml.sax.saxutils import escape, quoteattr

from django.utils.formats import number_format

from assessments.charts import FONT, MUTED, TEXT, dimension_label
from assessments.models import translated
from assessments.templatetags.assessments_tags import score

# Gap classes for the heat map in quarter points, where gaps lie (a closed gap is 0, a wide one
# 2 or more): upper bound (exclusive) and fill, light to dark (ColorBrewer's YlOrRd). Each
# cell's ink is whichever of black and white reads better on its fill (`ink_on`).
GAP_CLASSES = [
    (0.25, "#ffffcc"),
    (0.5, "#ffeda0"),
    (0.75, "#fed976"),
    (1.0, "#feb24c"),
    (1.25, "#fd8d3c"),
    (1.5, "#fc4e2a"),
    (2.0, "#e31a1c"),
    (None, "#b10026"),
]
NO_SCORE = "#f1f3f5"


def _luminance(colour: str) -> float:
    """Relative luminance of a "#rrggbb" colour (WCAG 2)."""
    channels = [int(colour[index : index + 2], 16) / 255 for index in (1, 3, 5)]
    red, green, blue = (
        value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
        for value in channels
    )
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: str, second: str) -> float:
    """WCAG 2 contrast ratio of two "#rrggbb" colours (1 to 21)."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def ink_on(fill: str) -> str:
    """The text colour, of the chart's text colour and white, with more contrast on `fill`."""
    return max((TEXT, "#ffffff"), key=lambda ink: contrast(ink, fill))


def _gap_class(gap) -> str:
    """The fill of a cell with this gap, as printed (to one decimal), so that two cells that
    print the same gap have the same colour."""
    if gap is None:
        return NO_SCORE
    shown = round(float(gap), 1)
    return next(fill for bound, fill in GAP_CLASSES if bound is None or shown < bound)


def gap_heatmap(
    dimensions: list[dict],
    levels: list[dict],
    title: str,
    *,
    cell_title: str,
    legend_label: str,
    no_score_label: str,
) -> str:
    """Gaps (desired - current) per dimension: a row per level, a cell per dimension.

    pygal has no heat map, so this is a small SVG grid: each cell shows the dimension's code
    and gap, coloured by gap class, with `cell_title` (a format of "dimension" and "gap") as
    its <title>.
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

    # Level names in one size, small enough for the longest to fit the width (bold DejaVu Sans
    # averages about 0.7 em a character).
    longest = max((len(name) for name, _cells in rows), default=1)
    heading_size = min(17, int((width - 2 * pad) / (0.7 * longest)))
    parts = []
    y = pad
    for name, cells in rows:
        parts.append(
            f'<text x="{pad}" y="{y + 18}" font-size="{heading_size}" font-weight="bold" '
            f'text-anchor="start">{escape(name)}</text>'
        )
        y += heading
        for index, row in enumerate(cells):
            x = pad + index * (cell_width + cell_gap)
            fill = _gap_class(row["gap"])
            ink = MUTED if row["gap"] is None else ink_on(fill)
            gap = "–" if row["gap"] is None else score(row["gap"])
            tip = cell_title % {"dimension": dimension_label(row), "gap": gap}
            middle = f"{x + cell_width / 2:.1f}"
            parts.append(
                f'<rect x="{x:.1f}" y="{y}" width="{cell_width:.1f}" height="{cell_height}" '
                f'rx="6" fill="{fill}"><title>{escape(tip)}</title></rect>'
                f'<text x="{middle}" y="{y + 26}" fill="{ink}">{escape(row["key"])}</text>'
                f'<text x="{middle}" y="{y + 50}" font-size="19" font-weight="bold" '
                f'fill="{ink}">{escape(gap)}</text>'
            )
        y += cell_height + row_gap

    legend, y = _heatmap_legend(legend_label, no_score_label, y, width=width, pad=pad)
    parts.extend(legend)
    height = y + pad
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        f'class="gap-heatmap" font-family={quoteattr(FONT)} font-size="15" fill="{TEXT}" '
        f'text-anchor="middle"><title>{escape(title)}</title>{"".join(parts)}</svg>'
    )


def _bound(value: float) -> str:
    """A class bound as the language writes it, with the decimals it has ("0,25", "1")."""
    decimals = len(repr(value).partition(".")[2].rstrip("0"))
    return number_format(value, decimal_pos=decimals)


def _heatmap_legend(legend_label: str, no_score_label: str, y: float, *, width, pad):
    """The heat map's legend from height `y` on: a strip of the gap classes with their bounds
    under it, then "no score". Returns its SVG parts and the height below it."""
    parts = [f'<text x="{pad}" y="{y + 14}" text-anchor="start">{escape(legend_label)}</text>']
    y += 22
    no_score_width = 150
    swatch = (width - 2 * pad - no_score_width) / len(GAP_CLASSES)
    for index, (bound, fill) in enumerate(GAP_CLASSES):
        x = pad + index * swatch
        parts.append(f'<rect x="{x:.1f}" y="{y}" width="{swatch:.1f}" height="18" fill="{fill}"/>')
        if bound is not None:
            parts.append(
                f'<text x="{x + swatch:.1f}" y="{y + 36}" font-size="13">{_bound(bound)}</text>'
            )
    x = width - pad - no_score_width + 14
    parts.append(
        f'<rect x="{x:.1f}" y="{y}" width="22" height="18" fill="{NO_SCORE}" stroke="{MUTED}"/>'
        f'<text x="{x + 28:.1f}" y="{y + 14}" text-anchor="start">{escape(no_score_label)}</text>'
    )
    return parts, y + 42
