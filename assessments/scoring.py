"""Pure computation for assessments: canonical content, fingerprints and agreement statistics.

No database access here, so all of it is tested without one.
"""

import statistics
from collections.abc import Iterable

from cdfacil.fingerprints import canonical_json, fingerprint

__all__ = [
    "agreement",
    "canonical_json",
    "disagreement",
    "disagreement_key",
    "fingerprint",
    "framework_content_from_data",
    "rating_range",
    "rounded_median",
]


def framework_content_from_data(levels: list[dict], language: str = "en") -> list[dict]:
    """The canonical content of a framework given as plain data (default_framework.LEVELS)."""

    def texts(value):
        return {language: value} if value else {}

    return [
        {
            "code": level["code"],
            "name": texts(level["name"]),
            "description": texts(level.get("description", "")),
            "dimensions": [
                {
                    "code": dimension["code"],
                    "name": texts(dimension["name"]),
                    "description": texts(dimension.get("description", "")),
                    "questions": [
                        {
                            "code": question["code"],
                            "text": texts(question["text"]),
                            "guidance": texts(question.get("guidance", "")),
                            "descriptors": {language: list(question["descriptors"])},
                        }
                        for question in dimension["questions"]
                    ],
                }
                for dimension in level["dimensions"]
            ],
        }
        for level in levels
    ]


def agreement(ratings: Iterable[int]) -> dict:
    """How far the members agree on one question: count, min, max, median, spread (max - min)
    and deviation (the population standard deviation, finer than the spread)."""
    values = sorted(ratings)
    if not values:
        return {
            "count": 0,
            "min": None,
            "max": None,
            "median": None,
            "spread": None,
            "deviation": None,
        }
    return {
        "count": len(values),
        "min": values[0],
        "max": values[-1],
        "median": statistics.median(values),
        "spread": values[-1] - values[0],
        "deviation": statistics.pstdev(values),
    }


def disagreement(current: dict, desired: dict) -> int | None:
    """How far apart the members are on a question: the spread of the current ratings plus the
    spread of the desired ones (each an `agreement`); None when nobody rated it."""
    spreads = [part["spread"] for part in (current, desired) if part["spread"] is not None]
    return sum(spreads) if spreads else None


def disagreement_key(current: dict, desired: dict, dont_know: int) -> tuple:
    """The order of the consensus session, least agreement first: the two spreads added, then
    the number of "don't know"s (a question the members could not rate needs talking about),
    then the two deviations added (ratings 1, 1, 4, 4 are further apart than 1, 4, 4, 4, with the
    same spread); questions nobody rated come last."""
    total = disagreement(current, desired)
    deviation = (current["deviation"] or 0) + (desired["deviation"] or 0)
    return (total is None, -(total or 0), -dont_know, -round(deviation, 6))


def rounded_median(ratings: dict) -> int | None:
    """The median of an `agreement` as a point of the scale (halves rounded up), or None."""
    median = ratings["median"]
    return None if median is None else int(median + 0.5)


def rating_range(ratings: dict) -> str:
    """The ratings of an `agreement` from lowest to highest, "1–3"; "2" when they agree; a dash
    when nobody rated."""
    if not ratings["count"]:
        return "–"
    if ratings["min"] == ratings["max"]:
        return str(ratings["min"])
    return f"{ratings['min']}–{ratings['max']}"
