"""Pure computation for assessments: canonical content, fingerprints and agreement statistics.

No database access here, so all of it is tested without one.
"""

import statistics
from collections.abc import Iterable

from cdfacil.fingerprints import canonical_json, fingerprint

__all__ = ["agreement", "canonical_json", "fingerprint", "framework_content_from_data"]


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
    """How far the members agree on one question: count, min, max, median, spread."""
    values = sorted(ratings)
    if not values:
        return {"count": 0, "min": None, "max": None, "median": None, "spread": None}
    return {
        "count": len(values),
        "min": values[0],
        "max": values[-1],
        "median": statistics.median(values),
        "spread": values[-1] - values[0],
    }
