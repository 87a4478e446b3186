"""Result charts: self-contained, escaped SVG; on the results page by role; fixed query count."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from assessments import charts, dot_plot, heatmap
from assessments.models import Answer, Question
from assessments.selectors import results as result_selectors
from assessments.services.rounds import round_close
from builders.rounds import answered_round, consensus_agreed
from tests.helpers import client_for

pytestmark = pytest.mark.django_db

NAMESPACES = {"http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"}
HOSTILE = "<script>alert(1)</script>"


def dimension(key, name, level="individual", current=2.0, desired=3.5):
    return {
        "key": key,
        "name": {"en": name},
        "level": level,
        "current": current,
        "desired": desired,
        "gap": None if current is None or desired is None else desired - current,
    }


DIMENSIONS = [
    dimension("IND1", "Technical skills", current=1.5),
    dimension("IND2", "Functional skills", current=2.25, desired=4.0),
    dimension("IND3", "Incentives", current=None, desired=None),
]
LEVELS = [{"key": "individual", "level_name": {"en": "Individual capacity"}}]


def all_charts(dimensions):
    by_group = {
        "respondents": {"government": 3, "development_partner": 1},
        "dimensions": {
            row["key"]: {
                "government": {"current": 2.0, "desired": 3.0},
                "development_partner": {"current": 1.0, "desired": 3.0},
            }
            for row in dimensions
        },
    }
    return {
        "radar": charts.level_radar(
            dimensions, "Individual", current_label="Current", desired_label="Desired"
        ),
        "heatmap": heatmap.gap_heatmap(
            dimensions,
            LEVELS,
            "Gaps",
            cell_title="%(dimension)s: gap %(gap)s",
            legend_label="Gap",
            no_score_label="no score",
        ),
        "groups": charts.group_bars(
            dimensions,
            by_group,
            "By group",
            group_labels={"government": "Government", "development_partner": "Partners"},
        ),
        "comparison": charts.round_comparison(
            dimensions[:2],
            dimensions,
            "Baseline against follow-up",
            baseline_label="Baseline",
            follow_up_label="Follow-up",
        ),
    }


@pytest.mark.parametrize("name", ["radar", "heatmap", "groups", "comparison"])
def test_charts_are_self_contained_svg_with_labels(name):
    svg = all_charts(DIMENSIONS)[name]
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert "<?xml" not in svg and "<!--" not in svg
    assert "<script" not in svg.lower()
    assert set(re.findall(r"https?://[^\s\"'<>)]+", svg)) <= NAMESPACES
    assert ' width="' not in svg.split(">", 1)[0]  # scales to its container
    for row in DIMENSIONS:
        assert charts.dimension_label(row) in svg


@pytest.mark.parametrize("name", ["radar", "heatmap", "groups", "comparison"])
def test_chart_labels_are_escaped(name):
    hostile = [dimension("IND1", f"Skills {HOSTILE}"), *DIMENSIONS[1:]]
    svg = all_charts(hostile)[name]
    assert HOSTILE not in svg
    assert "<script" not in svg.lower()
    assert "Skills &lt;script&gt;alert(1)&lt;/script&gt;" in svg


def test_heatmap_colours_cells_by_gap():
    svg = all_charts(DIMENSIONS)["heatmap"]
    assert heatmap._gap_class(0.2) != heatmap._gap_class(2.5)
    assert f'fill="{heatmap._gap_class(2.0)}"><title>IND1 Technical' in svg  # 3.5 - 1.5
    assert f'fill="{heatmap.NO_SCORE}"><title>IND3' in svg  # IND3 has no score
    assert "IND3 Incentives: gap –" in svg


# --- Through the results page -----------------------------------------------------------------


@pytest.fixture
def members(event, government_org, partner_org, add_core_member):
    group = [add_core_member(event, government_org, is_lead=True)]
    group += [add_core_member(event, government_org) for _ in range(2)]
    group += [add_core_member(event, partner_org)]
    return [member.user for member in group]


def submitted_round(event, version, members, current=2):
    return answered_round(event=event, members=members, version=version, scores=(current, 4))


def results_page(client, assessment_round):
    url = reverse("assessments:results", args=[assessment_round.event_id, assessment_round.pk])
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_results_page_has_a_radar_per_level_and_a_heat_map(event, version, members, facilitator):
    assessment_round = submitted_round(event, version, members)
    body = results_page(client_for(facilitator), assessment_round)
    levels = version.levels.count()
    assert body.count('class="axis x web') == levels
    assert body.count('class="gap-heatmap"') == 1
    assert body.count("<figure") == body.count("<figcaption>")
    assert "Baseline against follow-up" not in body  # nothing to compare yet


def test_group_comparison_for_facilitators_only(event, version, members, facilitator):
    assessment_round = submitted_round(event, version, members)
    group_chart = "Government and development-partner members"
    body = results_page(client_for(facilitator), assessment_round)
    assert group_chart in body and "shown to facilitators only" in body.lower()
    assert "From 3 government and 1 development-partner submitted responses." in body
    round_close(assessment_round=assessment_round, by=facilitator)
    member_body = results_page(client_for(members[0]), assessment_round)
    assert group_chart not in member_body
    assert member_body.count('class="axis x web') == version.levels.count()


def test_group_averages_by_organisation_kind(event, version, members):
    assessment_round = submitted_round(event, version, members)
    Answer.objects.filter(response__respondent=members[-1]).update(current=1)
    averages = result_selectors.group_averages(assessment_round=assessment_round)
    assert averages["respondents"] == {"government": 3, "development_partner": 1}
    first = averages["dimensions"]["IND1"]
    assert first["government"]["current"] == 2 and first["development_partner"]["current"] == 1


def test_follow_up_is_compared_with_the_baseline(event, version, members, facilitator):
    baseline = submitted_round(event, version, members, current=1)
    follow_up = submitted_round(event, version, members, current=3)
    client = client_for(facilitator)
    for assessment_round in (baseline, follow_up):
        body = results_page(client, assessment_round)
        assert "Baseline against follow-up" in body
        assert "Baseline (round 1)" in body and "Follow-up (round 2)" in body
    compared = result_selectors.compared_round_results(assessment_round=follow_up, live=True)
    assert compared["number"] == 1
    assert {row["current"] for row in compared["dimensions"]} == {1.0}


def test_charts_are_drawn_once_for_the_same_numbers_and_again_when_they_change(
    event, version, members, facilitator, monkeypatch
):
    drawn = []
    draw = charts.level_radar
    monkeypatch.setattr(charts, "level_radar", lambda *a, **k: drawn.append(1) or draw(*a, **k))
    assessment_round = submitted_round(event, version, members)
    client = client_for(facilitator)

    def svgs(page):
        return re.findall(r"<svg.*?</svg>", page, re.DOTALL)

    first = svgs(results_page(client, assessment_round))
    assert len(first) >= 5
    assert svgs(results_page(client, assessment_round)) == first
    levels = version.levels.count()
    assert len(drawn) == levels
    # A consensus changes a score: the charts are drawn again, with the new numbers.
    question = Question.objects.filter(dimension__level__version=version).first()
    consensus_agreed(
        assessment_round=assessment_round, questions=[question], scores=(4, 4), by=facilitator
    )
    changed = svgs(results_page(client, assessment_round))
    # Only the radar of the level whose score changed is drawn again.
    assert len(drawn) == levels + 1 and changed != first
    # Another language has its own labels.
    client.post(reverse("set_language"), {"language": "fr", "next": "/"})
    assert "Actuel" in results_page(client, assessment_round)
    assert len(drawn) == 2 * levels + 1


def test_the_dot_plot_draws_a_dot_per_rating_and_the_spread_of_each_series():
    svg = dot_plot.rating_dot_plot(
        [
            ("Current", [1, 1, 2, 4], "Current: 1, 1, 2, 4"),
            (f"Desired {HOSTILE}", [3, 3], "Desired: 3, 3"),
            ("Nobody", [], "Nobody: no rating"),
        ],
        ["1 Not in place", "2 Emerging", "3 Established", "4 Advanced"],
        f"Ratings {HOSTILE}",
        spread_label="spread %(spread)s",
    )
    assert svg.startswith("<svg") and svg.endswith("</svg>") and "<script" not in svg.lower()
    assert ' width="' not in svg.split(">", 1)[0]
    assert svg.count("<circle") == 6
    assert "spread 3" in svg and "spread 0" in svg and svg.count("spread ") == 2
    assert "Desired &lt;script&gt;" in svg and "<title>Current: 1, 1, 2, 4</title>" in svg
    # Two equal ratings stack: two dots over the same point of the scale.
    xs = re.findall(r'<circle cx="([\d.]+)"', svg)
    assert xs.count(xs[0]) == 2


def test_the_pdf_reuses_the_charts_the_page_drew(event, version, members, facilitator, monkeypatch):
    from assessments.reports import results_context

    baseline = submitted_round(event, version, members, current=1)
    follow_up = submitted_round(event, version, members, current=3)
    for assessment_round in (baseline, follow_up):
        round_close(assessment_round=assessment_round, by=facilitator)
    drawn = []
    for name in ("level_radar", "comparison_by_level"):
        draw = getattr(charts, name)
        monkeypatch.setattr(
            charts, name, lambda *a, draw=draw, name=name, **k: drawn.append(name) or draw(*a, **k)
        )
    page = results_page(client_for(members[0]), follow_up)
    assert drawn.count("level_radar") == version.levels.count()
    assert drawn.count("comparison_by_level") == 1
    drawn.clear()
    follow_up.refresh_from_db()
    with translation.override("en"):
        figures_of_pdf = results_context(follow_up)["figures"]
    assert len(figures_of_pdf["comparison"]) == version.levels.count()
    assert drawn == []  # every chart from the page's drawing
    for chart in [*figures_of_pdf["radars"], *figures_of_pdf["comparison"]]:
        assert chart["svg"] in page
