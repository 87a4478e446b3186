"""The plan's timeline: its actions by quarter as SVG charts that fit an A4 page's width, drawn
from plain data and cached by their content's fingerprint, as the result charts are.

A row per action, numbered as in the results-chain table, its bar from its start to its end
on a grid of quarters; an action without dates says so in its row. A long plan is cut into
several charts of at most ROWS_PER_CHART rows, so none is taller than a page.
"""

import datetime
import hashlib

from django.core.cache import cache
from django.utils.html import escape
from django.utils.safestring import mark_safe

from cdfacil.fingerprints import canonical_json

# Seconds a drawn timeline is kept for the same rows, labels and language.
GANTT_CACHE_SECONDS = 24 * 3600
# Rows per chart: ROWS_PER_CHART rows and the header are about 150 mm tall on A4 portrait.
ROWS_PER_CHART = 34
WIDTH = 680  # the viewBox is drawn at the page's content width (178 mm)
LABEL_WIDTH = 250
ROW = 16
HEAD = 30
FONT = 'font-family="DejaVu Sans" font-size="8.5"'
# DejaVu Sans at 8.5 units averages about 5.3 units a character: what fits the label column.
LABEL_CHARS = 44


def _quarter(day: datetime.date) -> int:
    """Quarters counted from year 0, so consecutive quarters are consecutive numbers."""
    return day.year * 4 + (day.month - 1) // 3


def _quarter_start(quarter: int) -> datetime.date:
    return datetime.date(quarter // 4, quarter % 4 * 3 + 1, 1)


def _date(value) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value[:10]) if value else None
    except (TypeError, ValueError):
        return None


def _short(text: str) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1].rstrip() + "…"


def gantt_svg(rows: list[dict], *, first: int, last: int, labels: dict) -> str:
    """One chart of `rows` ({number, title, starts_on, ends_on}) on the quarters `first` to
    `last` (as `_quarter` counts them). `labels`: {"no_dates", "title"}. Every text escaped."""
    quarters = last - first + 1
    step = (WIDTH - LABEL_WIDTH) / quarters
    height = HEAD + ROW * len(rows) + 4
    days_from = _quarter_start(first)
    span = (_quarter_start(last + 1) - days_from).days

    def x_of(day: datetime.date) -> float:
        return LABEL_WIDTH + (day - days_from).days / span * (WIDTH - LABEL_WIDTH)

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" role="img" '
        f'aria-label="{escape(labels["title"])}" {FONT} fill="#111">'
    ]
    # The grid: a line at each quarter, a stronger one at each year, and one under each row.
    grid, years = [], []
    for index in range(quarters + 1):
        x = LABEL_WIDTH + index * step
        top = 2 if (first + index) % 4 == 0 else HEAD - 14
        (years if (first + index) % 4 == 0 else grid).append(f"M{x:.1f} {top}V{height - 2}")
    grid += [f"M0 {HEAD + ROW * i}H{WIDTH}" for i in range(len(rows) + 1)]
    out.append(f'<path d="{"".join(grid)}" stroke="#ccc" stroke-width="0.6" fill="none"/>')
    out.append(f'<path d="{"".join(years)}" stroke="#777" stroke-width="0.8" fill="none"/>')
    # The header: the year over its quarters, then Q1..Q4.
    texts = []
    for index in range(quarters):
        quarter = first + index
        x = LABEL_WIDTH + (index + 0.5) * step
        if step >= 14:  # narrower, "Q1" would run into its neighbours: the years say enough
            texts.append(
                f'<text x="{x:.1f}" y="{HEAD - 4}" text-anchor="middle">Q{quarter % 4 + 1}</text>'
            )
        if quarter % 4 == 0 or index == 0:
            left = LABEL_WIDTH + index * step + 3
            texts.append(f'<text x="{left:.1f}" y="12" font-weight="bold">{quarter // 4}</text>')
    bars = []
    for position, row in enumerate(rows):
        y = HEAD + ROW * position
        label = f"{row['number']}. {_short(row['title'])}"
        texts.append(f'<text x="2" y="{y + 11}">{escape(label)}</text>')
        starts, ends = _date(row.get("starts_on")), _date(row.get("ends_on"))
        if starts is None or ends is None:
            texts.append(
                f'<text x="{LABEL_WIDTH + 4}" y="{y + 11}" font-style="italic" fill="#555">'
                f"{escape(labels['no_dates'])}</text>"
            )
            continue
        left = x_of(starts)
        width = max(x_of(ends + datetime.timedelta(days=1)) - left, 2)
        bars.append(f"M{left:.1f} {y + 3.5}h{width:.1f}v8h{-width:.1f}z")
    if bars:
        out.append(f'<path d="{"".join(bars)}" fill="#2f6f9f"/>')
    out.extend(texts)
    out.append("</svg>")
    return "".join(out)


def timeline(rows: list[dict], *, labels: dict) -> list[str]:
    """The plan's timeline as charts of at most ROWS_PER_CHART rows, all on the same quarters
    (those the dated actions span), or [] when no action has dates. Marked safe: the SVG is
    ours and every label is escaped. Cached for the same rows, labels and language."""
    days = [
        day
        for row in rows
        for day in (_date(row.get("starts_on")), _date(row.get("ends_on")))
        if day is not None
    ]
    if not days:
        return []
    content = canonical_json([rows, labels])
    key = "plan-gantt:" + hashlib.sha256(content.encode("utf-8")).hexdigest()
    charts = cache.get(key)
    if charts is None:
        first, last = _quarter(min(days)), _quarter(max(days))
        charts = [
            gantt_svg(rows[start : start + ROWS_PER_CHART], first=first, last=last, labels=labels)
            for start in range(0, len(rows), ROWS_PER_CHART)
        ]
        cache.set(key, charts, GANTT_CACHE_SECONDS)
    return [mark_safe(chart) for chart in charts]  # noqa: S308
