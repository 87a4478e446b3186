"""The result charts as a reader sees them: the 1-4 scale, heat-map bands that tell gaps apart
with readable ink, a comparison per level, lean SVG, and in the results PDF charts that stay
inside the page and French scores with a comma."""

import io
import re

import pytest
from django.core.cache import cache
from django.utils import translation
from pypdf import PdfReader

from assessments import charts, figures, heatmap
from assessments.models import SCALE_MAX, AssessmentRound
from assessments.reports import results_context
from cdfacil import pdf, reports, services
from tests.assessments.test_charts import DIMENSIONS, LEVELS, all_charts, dimension

# The demo's baseline round: the gaps of its 20 dimensions (desired minus current), of which
# the five old bands coloured 17 alike.
DEMO_GAPS = [0.92, 1.0, 1.13, 1.07, 1.38, 1.27, 1.27, 0.93, 1.2, 1.27, 0.98, 1.06]
DEMO_GAPS += [1.2, 1.25, 1.1, 1.13, 1.07, 1.32, 1.27, 0.93]
FOUR_LEVELS = [
    {"key": key, "level_name": {"en": name}}
    for key, name in (
        ("individual", "Individual"),
        ("organizational", "Organizational"),
        ("institutional", "Institutional"),
        ("cde", "Capacity-development efforts"),
    )
]


def demo_dimensions(current_of=lambda index: 2.5):
    return [
        dimension(
            f"D{index}",
            f"Dimension {index}",
            level=FOUR_LEVELS[index // 5]["key"],
            current=current_of(index),
            desired=current_of(index) + gap,
        )
        for index, gap in enumerate(DEMO_GAPS)
    ]


def test_the_radar_scale_runs_from_1_to_4_with_no_label_on_a_spoke():
    svg = charts.level_radar(
        DIMENSIONS[:2] + [dimension("IND3", "Incentives", current=1, desired=4)],
        "Individual",
        current_label="Current",
        desired_label="Desired",
    )
    scale = re.search(r'<g class="axis y web">(.*?)</g><g class="axis x web">', svg).group(1)
    labels = re.findall(r"<text[^>]*>([^<]*)</text>", scale)
    assert labels == [str(point) for point in range(SCALE_MAX, 0, -1)]  # 4, 3, 2, 1: no 0
    # A rating of 1 is drawn at the centre, where the spokes start.
    spokes = re.findall(r'<g><path d="M([\d.]+) ([\d.]+) L[^>]*><text[^>]*>IND', svg)
    centre = tuple(float(number) for number in spokes[0])
    dots = re.findall(r'<circle cx="([\d.]+)" cy="([\d.]+)"', svg)
    assert tuple(round(float(number), 1) for number in dots[2]) == tuple(
        round(number, 1) for number in centre
    )
    # The scale's labels stand off the first spoke, where the first code and the points at 4
    # are drawn.
    xs = [float(x) for x in re.findall(r'<text x="([\d.]+)"', scale)]
    assert all(abs(x - centre[0]) > 8 for x in xs)


def test_the_heat_map_tells_apart_the_demo_s_gaps():
    dimensions = demo_dimensions()
    svg = heatmap.gap_heatmap(
        dimensions,
        FOUR_LEVELS,
        "Gaps",
        cell_title="%(dimension)s: gap %(gap)s",
        legend_label="Gap",
        no_score_label="no score",
    )
    cells = re.findall(r'<rect [^>]*fill="(#[0-9a-f]{6})"><title>', svg)
    assert len(cells) == 20
    assert len(set(cells)) >= 3
    assert max(cells.count(fill) for fill in cells) <= 12  # the old bands: 17 alike
    # A cell's colour follows the gap it prints: cells that print the same gap look alike.
    printed = re.findall(r'fill="(#[0-9a-f]{6})"><title>D\d+ Dimension \d+: gap ([\d.]+)<', svg)
    assert len(printed) == 20
    assert all(len({fill for fill, gap in printed if gap == shown}) == 1 for _f, shown in printed)
    # The legend shows every band.
    for _bound, fill in heatmap.GAP_CLASSES:
        assert f'fill="{fill}"/>' in svg
    assert len(heatmap.GAP_CLASSES) >= 7


@pytest.mark.parametrize(("bound", "fill"), heatmap.GAP_CLASSES)
def test_heat_map_text_has_a_contrast_of_at_least_4_5(bound, fill):
    ink = heatmap.ink_on(fill)
    assert heatmap.contrast(ink, fill) >= 4.5
    gap = 2.5 if bound is None else bound - 0.1
    svg = heatmap.gap_heatmap(
        [dimension("IND1", "Skills", current=1.0, desired=1.0 + gap)],
        LEVELS,
        "Gaps",
        cell_title="%(dimension)s: gap %(gap)s",
        legend_label="Gap",
        no_score_label="no score",
    )
    assert f'fill="{fill}"><title>' in svg and f'fill="{ink}">IND1</text>' in svg


def test_the_comparison_is_a_chart_per_level():
    baseline = demo_dimensions()
    follow_up = demo_dimensions(lambda index: 3.0)
    drawn = charts.comparison_by_level(
        baseline, follow_up, FOUR_LEVELS, baseline_label="Baseline", follow_up_label="Follow-up"
    )
    assert [chart["level"] for chart in drawn] == [level["key"] for level in FOUR_LEVELS]
    for chart, level in zip(drawn, FOUR_LEVELS, strict=True):
        codes = re.findall(r"<title>(D\d+) Dimension", chart["svg"])
        assert len(codes) == 5
        assert {int(code[1:]) // 5 for code in codes} == {FOUR_LEVELS.index(level)}


@pytest.mark.parametrize("name", ["radar", "heatmap", "groups", "comparison"])
def test_chart_svg_has_no_interactivity_markup(name):
    svg = all_charts(DIMENSIONS)[name]
    for markup in ("<desc", "<script", "<style", "tooltip", "reactive", "activate-serie"):
        assert markup not in svg
    assert "<g></g>" not in svg and "<g/>" not in svg and not re.search(r"<g [^>]*/>", svg)
    assert svg.count("<title>") == 1 + len(DIMENSIONS)  # the chart's and each dimension's
    assert '"DejaVu Sans"' in svg.split(">", 1)[0].replace("&quot;", '"')


def test_a_change_to_the_drawing_draws_the_charts_again(monkeypatch):
    cache.clear()
    results = {"dimensions": DIMENSIONS, "levels": LEVELS}
    with translation.override("en"):
        first = figures._radars(results)
        monkeypatch.setattr(charts, "level_radar", lambda *args, **kwargs: "<svg>new</svg>")
        assert figures._radars(results) == first  # the same content: from the cache
        monkeypatch.setattr(figures, "DRAWING", "another drawing")
        assert figures._radars(results)[0]["svg"] == "<svg>new</svg>"


# --- The results PDF of the large event ---------------------------------------------------


@pytest.fixture
def follow_up(db):
    from builders.demo.grown import grow_demo_event

    event = grow_demo_event()
    return AssessmentRound.objects.get(event=event, kind=AssessmentRound.Kind.FOLLOW_UP)


def _svg_boxes(box):
    tag = str(getattr(box, "element_tag", ""))
    if (tag.endswith("svg") or tag == "img") and "Replaced" in type(box).__name__:
        yield box
    for child in getattr(box, "children", []):
        yield from _svg_boxes(child)


@pytest.mark.django_db
def test_the_results_pdf_keeps_charts_on_the_page_and_scores_french(follow_up):
    from weasyprint import HTML

    kind = reports.get("results")
    assert len(results_context(follow_up)["figures"]["comparison"]) == 4
    html = services.report_html(kind=kind, subject=follow_up, language="fr")
    document = HTML(string=html, base_url=pdf._static_root().as_uri() + "/").render()
    charts_seen = 0
    for page in document.pages:
        page_box = page._page_box
        top = page_box.content_box_y()
        bottom = top + page_box.height
        for svg in _svg_boxes(page_box):
            charts_seen += 1
            assert svg.position_y >= top - 0.5
            assert svg.position_y + svg.margin_height() <= bottom + 0.5
    # Four radars, the heat map and the comparison of each of the four levels, once each.
    assert charts_seen == 9
    text = "\n".join(
        page.extract_text() for page in PdfReader(io.BytesIO(pdf.render_pdf(html)[0])).pages
    )
    assert "3,0" in text and "1,0" in text
    assert not re.findall(r"(?<![\w.,])\d\.\d(?![\d.])", text)  # "IND1.1" is a code


@pytest.mark.django_db
def test_the_event_report_prints_baseline_against_follow_up_once(follow_up):
    html = services.report_html(kind=reports.get("event"), subject=follow_up.event, language="en")
    assert follow_up.event.assessment_rounds.count() == 2
    assert html.count("Baseline against follow-up: average current rating") == 1
    assert html.count("Individual capacity: current against desired") == 2  # a radar a round
