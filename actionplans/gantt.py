"""The plan's timeline: its actions by quarter as SVG charts that fit an A4 page's width, drawn
from plain data and cached by their content's fingerprint, as the result charts are.

A row per action, numbered as in the results-chain table, its bar from its start to its end
on a grid of quarters. An action with one date only has a pale bar over that date's quarter
(from its start to the quarter's end, or from the quarter's start to its end) and says
"starts on ..." or "ends on ..." beside it; an action without dates says so in its row. A long
plan is cut into several charts of at most ROWS_PER_CHART rows, so none is taller than a page.
Quarters are written as the language writes them (Q1 in English, T1 for trimestre in French,
Spanish and Portuguese).
"""

import datetime
import hashlib
from pathlib import Path

from django.core.cache import cache
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from cdfacil.fingerprints import canonical_json
from cdfacil.templatetags.figures import day as day_text

# The drawing code is part of the cache key, so a deploy that changes it redraws.
DRAWING = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]

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
CHAR_WIDTH = 5.3


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
    `last` (as `_quarter` counts them). `labels`: {"no_dates", "title", "quarter", "starts",
    "ends"}, the last three with a %(number)d or %(date)s. Every text escaped."""
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
    # The header: the year over its quarters, then Q1..Q4 (T1..T4 in French).
    texts = []
    for index in range(quarters):
        quarter = first + index
        x = LABEL_WIDTH + (index + 0.5) * step
        if step >= 14:  # narrower, "Q1" would run into its neighbours: the years say enough
            name = escape(labels["quarter"] % {"number": quarter % 4 + 1})
            texts.append(f'<text x="{x:.1f}" y="{HEAD - 4}" text-anchor="middle">{name}</text>')
        if quarter % 4 == 0 or index == 0:
            left = LABEL_WIDTH + index * step + 3
            texts.append(f'<text x="{left:.1f}" y="12" font-weight="bold">{quarter // 4}</text>')
    bars, pale = [], []
    for position, row in enumerate(rows):
        y = HEAD + ROW * position
        label = f"{row['number']}. {_short(row['title'])}"
        texts.append(f'<text x="2" y="{y + 11}">{escape(label)}</text>')
        starts, ends = _date(row.get("starts_on")), _date(row.get("ends_on"))
        if starts is None and ends is None:
            texts.append(_note(LABEL_WIDTH + 4, y, labels["no_dates"]))
            continue
        if starts is not None and ends is not None:
            left = x_of(starts)
            width = max(x_of(ends + datetime.timedelta(days=1)) - left, 2)
            bars.append(f"M{left:.1f} {y + 3.5}h{width:.1f}v8h{-width:.1f}z")
            continue
        # One date: a pale bar over the rest (or the beginning) of that date's quarter.
        quarter = _quarter(starts or ends)
        if starts is not None:
            left, right = x_of(starts), x_of(_quarter_start(quarter + 1))
            note = labels["starts"] % {"date": day_text(starts)}
        else:
            left, right = x_of(_quarter_start(quarter)), x_of(ends + datetime.timedelta(days=1))
            note = labels["ends"] % {"date": day_text(ends)}
        pale.append(
            f"M{left:.1f} {y + 3.5}h{max(right - left, 2):.1f}v8h{-max(right - left, 2):.1f}z"
        )
        # Beside the bar, on the side with room for the words.
        if right + 4 + len(note) * CHAR_WIDTH <= WIDTH:
            texts.append(_note(right + 4, y, note))
        else:
            texts.append(_note(left - 4, y, note, anchor="end"))
    if bars:
        out.append(f'<path d="{"".join(bars)}" fill="#2f6f9f"/>')
    if pale:
        out.append(
            f'<path d="{"".join(pale)}" fill="#b9d3e6" stroke="#2f6f9f" stroke-width="0.6" '
            'stroke-dasharray="2 1.5"/>'
        )
    out.extend(texts)
    out.append("</svg>")
    return "".join(out)


def _note(x: float, y: float, words: str, anchor: str = "start") -> str:
    return (
        f'<text x="{x:.1f}" y="{y + 11}" text-anchor="{anchor}" font-style="italic" '
        f'fill="#555">{escape(words)}</text>'
    )


def timeline(rows: list[dict], *, labels: dict) -> list[str]:
    """The plan's timeline as charts of at most ROWS_PER_CHART rows, all on the same quarters
    (those the dated actions span), or [] when no action has dates. Marked safe: the SVG is
    ours and every label is escaped. Cached for the same rows, labels, language and drawing
    code. `labels`: {"no_dates", "title"}; the quarters' names and the notes of an action with
    one date are added here, in the active language."""
    labels = {
        # Translators: a quarter of a year in a timeline's header: Q1 to Q4 (T1 in French).
        "quarter": _("Q%(number)d"),
        "starts": _("starts on %(date)s"),
        "ends": _("ends on %(date)s"),
        **labels,
    }
    days = [
        day
        for row in rows
        for day in (_date(row.get("starts_on")), _date(row.get("ends_on")))
        if day is not None
    ]
    if not days:
        return []
    content = canonical_json([DRAWING, get_language(), rows, labels])
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
