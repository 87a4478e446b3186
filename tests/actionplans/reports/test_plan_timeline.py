"""The plan's timeline: quarters named as the language writes them, actions with one date drawn
in that date's quarter, and a new drawing code drawing again."""

import re

import pytest
from django.utils import translation

from actionplans import gantt

LABELS = {"no_dates": "no dates given", "title": "Timeline of the actions"}
ROWS = [
    {"number": 1, "title": "Both dates", "starts_on": "2027-01-01", "ends_on": "2027-12-31"},
    {"number": 2, "title": "Start only", "starts_on": "2027-03-01", "ends_on": None},
    {"number": 3, "title": "End only", "starts_on": None, "ends_on": "2027-09-30"},
    {"number": 4, "title": "No dates", "starts_on": None, "ends_on": None},
]


def _texts(svg: str) -> list[str]:
    return re.findall(r"<text[^>]*>([^<]*)</text>", svg)


def test_quarters_are_q_in_english_and_t_for_trimestre_in_french_spanish_portuguese():
    with translation.override("en"):
        [english] = gantt.timeline(ROWS, labels=LABELS)
    assert {"Q1", "Q2", "Q3", "Q4"} <= set(_texts(english))
    for language in ("fr", "es", "pt"):
        with translation.override(language):
            [chart] = gantt.timeline(ROWS, labels=LABELS)
        texts = set(_texts(chart))
        assert {"T1", "T2", "T3", "T4"} <= texts, language
        assert not texts & {"Q1", "Q2", "Q3", "Q4"}, language


def test_an_action_with_one_date_is_drawn_in_that_quarter_and_says_which_date():
    with translation.override("en"):
        [chart] = gantt.timeline(ROWS, labels=LABELS)
    texts = _texts(chart)
    assert "starts on 1 March 2027" in texts
    assert "ends on 30 September 2027" in texts
    assert texts.count("no dates given") == 1  # only the action with neither date
    # One full bar, and two pale ones: March to the end of Q1, and July to 30 September.
    [pale] = re.findall(r'<path d="([^"]*)" fill="#b9d3e6"', chart)
    assert len(re.findall(r"M", pale)) == 2
    # The chart runs over 2027, drawn from x = 250 to 680: 1 April, the end of Q1, is day 90.
    starts = re.match(r"M([\d.]+) [\d.]+h([\d.]+)", pale)
    assert float(starts[1]) == pytest.approx(250 + 59 / 365 * 430, abs=0.1)
    assert float(starts[1]) + float(starts[2]) == pytest.approx(250 + 90 / 365 * 430, abs=0.1)
    with translation.override("fr"):
        [french] = gantt.timeline(ROWS, labels=LABELS)
    assert "commence le 1 mars 2027" in _texts(french)
    assert "se termine le 30 septembre 2027" in _texts(french)


def test_a_new_drawing_code_draws_again(monkeypatch):
    drawn = []
    draw = gantt.gantt_svg

    def counted(*args, **kwargs):
        drawn.append(1)
        return draw(*args, **kwargs)

    monkeypatch.setattr(gantt, "gantt_svg", counted)
    rows = [{**row, "title": row["title"] + " (cache)"} for row in ROWS]
    gantt.timeline(rows, labels=LABELS)
    gantt.timeline(rows, labels=LABELS)
    assert len(drawn) == 1  # the same rows and code: from the cache
    monkeypatch.setattr(gantt, "DRAWING", "another drawing code")
    gantt.timeline(rows, labels=LABELS)
    assert len(drawn) == 2
