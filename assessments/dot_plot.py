"""The consensus projector's dot plot, as SVG drawn by hand: each member's current and desired
rating as a dot on the 1-4 scale, with the spread of each, light on the projector's black.

Pure: it takes the ratings and the words, already translated, and returns SVG markup. Text is
escaped; no script, no fixed size (it scales to its container), as the result charts
(`assessments.charts`).
"""

from xml.sax.saxutils import escape, quoteattr

from assessments.charts import FONT
from assessments.models import SCALE_MAX

ON_DARK_TEXT = "#ffffff"
ON_DARK_MUTED = "#c8c8c8"
ON_DARK_CURRENT = "#ffd400"
ON_DARK_DESIRED = "#9ad0ff"


def rating_dot_plot(
    rows: list[tuple[str, list[int], str]],
    scale_labels: list[str],
    title: str,
    *,
    spread_label: str,
) -> str:
    """The members' ratings of one question as dots on the scale, for the projector (light on
    black): a row per series (`rows`: its name, its ratings, and the text of its <title>, which
    says the ratings in words), a dot per rating stacked over its point of the scale, and a band
    from the lowest to the highest rating with `spread_label` (a "%(spread)s" format) at its end.
    `scale_labels` name the points 1 to SCALE_MAX under the rows."""
    width, left, right, radius = 1000, 175, 200, 18
    step = (width - left - right) / (SCALE_MAX - 1)
    colours = [ON_DARK_CURRENT, ON_DARK_DESIRED]

    def x_of(value):
        return left + (value - 1) * step

    parts = []
    y = 12
    for index, (name, ratings, summary) in enumerate(rows):
        colour = colours[index % len(colours)]
        stack = max((ratings.count(value) for value in set(ratings)), default=1)
        band = max(2, stack) * (2 * radius + 4) + 28
        base = y + band - 22
        parts.append(f"<g><title>{escape(summary)}</title>")
        parts.append(
            f'<text x="0" y="{base + 9}" font-size="28" font-weight="700" '
            f'fill="{colour}">{escape(name)}</text>'
            f'<line x1="{left - 20}" x2="{width - right + 20}" y1="{base + radius + 6}" '
            f'y2="{base + radius + 6}" stroke="#8a8a8a" stroke-width="2"/>'
        )
        if ratings:
            low, high = min(ratings), max(ratings)
            parts.append(
                f'<rect x="{x_of(low) - radius - 6:.1f}" y="{base - radius - 6}" '
                f'width="{x_of(high) - x_of(low) + 2 * radius + 12:.1f}" '
                f'height="{2 * radius + 12}" rx="{radius + 6}" fill="none" stroke="{colour}" '
                f'stroke-width="3" stroke-dasharray="8 6"/>'
                f'<text x="{width - right + 44}" y="{base + 9}" font-size="26" '
                f'fill="{ON_DARK_TEXT}">{escape(spread_label % {"spread": high - low})}</text>'
            )
        for value in range(1, SCALE_MAX + 1):
            for level in range(ratings.count(value)):
                parts.append(
                    f'<circle cx="{x_of(value):.1f}" cy="{base - level * (2 * radius + 4)}" '
                    f'r="{radius}" fill="{colour}" stroke="#000" stroke-width="2"/>'
                )
        parts.append("</g>")
        y += band + 6
    for value, label in enumerate(scale_labels, start=1):
        parts.append(
            f'<text x="{x_of(value):.1f}" y="{y + 28}" text-anchor="middle" font-size="24" '
            f'fill="{ON_DARK_MUTED}">{escape(label)}</text>'
        )
    height = y + 40
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        f'class="dot-plot" font-family={quoteattr(FONT)}>'
        f"<title>{escape(title)}</title>{''.join(parts)}</svg>"
    )
