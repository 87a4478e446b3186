"""The results of a live poll, counted from its answers: pure functions with no database access.

Choice polls give each choice's count and share of the phones that answered; a rating its
distribution and average; a ranking each choice's Borda points (a choice ranked first among n
gets n - 1 points, the last none) and average place; a text poll its word cloud.
"""

from collections import Counter
from dataclasses import dataclass, field

from workshops.wordcloud import PlacedWord, height, word_cloud

RATINGS = (1, 2, 3, 4, 5)


@dataclass(frozen=True)
class Bar:
    label: str
    count: int
    percent: int  # of the largest count, for the bar's length
    share: int  # of the answers, as said to people
    extra: float | None = None  # a ranking's average place, one decimal


@dataclass
class Results:
    answers: int
    bars: list[Bar] = field(default_factory=list)
    average: float | None = None
    words: list[PlacedWord] = field(default_factory=list)

    @property
    def cloud_height(self) -> int:
        return height(self.words)


def _bars(labels: list[str], counts: list[int], answers: int, extras=None) -> list[Bar]:
    top = max(counts, default=0) or 1
    return [
        Bar(
            label=str(label),
            count=count,
            percent=round(100 * count / top),
            share=round(100 * count / answers) if answers else 0,
            extra=extras[index] if extras else None,
        )
        for index, (label, count) in enumerate(zip(labels, counts, strict=True))
    ]


def poll_tally(*, kind: str, options: list[str], rows: list[tuple[list, str]]) -> Results:
    """Results of a poll of `kind` with `options`, from its answers as (choices, text) rows."""
    answers = len(rows)
    if kind == "text":
        return Results(answers=answers, words=word_cloud([text for _choices, text in rows]))
    if kind == "rating":
        counts = Counter(choices[0] for choices, _text in rows if choices)
        total = sum(rating * count for rating, count in counts.items())
        return Results(
            answers=answers,
            bars=_bars([str(r) for r in RATINGS], [counts[r] for r in RATINGS], answers),
            average=round(total / answers, 1) if answers else None,
        )
    if kind == "ranking":
        n = len(options)
        points, places = Counter(), Counter()
        for choices, _text in rows:
            for place, index in enumerate(choices):
                points[index] += n - 1 - place
                places[index] += place + 1
        ranked = sorted(range(n), key=lambda index: (-points[index], index))
        return Results(
            answers=answers,
            bars=_bars(
                [options[i] for i in ranked],
                [points[i] for i in ranked],
                answers,
                extras=[round(places[i] / answers, 1) if answers else None for i in ranked],
            ),
        )
    counts = Counter(index for choices, _text in rows for index in choices)
    return Results(
        answers=answers,
        bars=_bars(options, [counts[index] for index in range(len(options))], answers),
    )
