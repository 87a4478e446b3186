"""The layout checks of tests/pdf_layout.py on small documents made by hand and rendered by
WeasyPrint with the print stylesheet."""

import pytest

from cdfacil import pdf
from tests import pdf_layout

# A tenth of the A4 content box's height (297 mm less the 20 mm and 22 mm margins).
TENTH = "25.5mm"
FILLER = "<p>" + "Words that fill the page line after line. " * 300 + "</p>"


def render(body, *, body_class=""):
    html = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Layout</title>'
        '<link rel="stylesheet" href="css/print.css"></head>'
        f'<body class="{body_class}"><h1>Layout</h1>{body}</body></html>'
    )
    return pdf.render_pdf(html)[0]


def block(height):
    return f'<div style="height:{height};border:0.5pt solid #000"></div>'


def test_a_page_a_tenth_full_in_a_chapter_is_found_and_a_chapters_last_page_is_not():
    data = render(
        f"<h2>Chapter A</h2>{block('150mm')}"
        f'<div style="break-before:page">{block(TENTH)}</div>'  # p.2: a tenth, mid-chapter
        f'<div style="break-before:page">{block("60mm")}</div>'  # p.3: the chapter's last
        '<h2 style="break-before:page">Chapter B</h2><p>Closing words.</p>'  # p.4: last page
    )
    fractions = pdf_layout.filled_fractions(data)
    assert len(fractions) == 4
    assert fractions[0] > 0.6
    assert fractions[1] == pytest.approx(0.1, abs=0.01)
    assert fractions[2] == pytest.approx(60 / 255, abs=0.01)
    assert pdf_layout.chapter_start_pages(data) == {1, 4}
    assert pdf_layout.sparse_pages(data) == [(2, 0.1)]
    # Named chapters: with only Chapter B a chapter, p.1 still is not sparse (p.2 follows).
    assert pdf_layout.chapter_start_pages(data, headings=["Chapter B"]) == {4}


def test_full_pages_and_the_running_header_and_footer():
    data = render(f"<h2>Chapter</h2>{FILLER}")
    fractions = pdf_layout.filled_fractions(data)
    assert len(fractions) > 2
    assert all(fraction > 0.9 for fraction in fractions[:-1])
    assert pdf_layout.sparse_pages(data) == []


def test_an_svg_taller_than_the_page_is_found_and_one_that_fits_is_not():
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 100 100"'
        ' preserveAspectRatio="none">'
        '<rect x="0" y="0" width="100" height="100" fill="#c33"/></svg>'
    )
    fits = render("<h2>Chart</h2>" + svg.format(w="80mm", h="80mm"))
    assert pdf_layout.drawings_outside(fits) == []
    tall = render("<h2>Chart</h2><p>Caption</p>" + svg.format(w="80mm", h="300mm"))
    [(page, box)] = pdf_layout.drawings_outside(tall)
    assert page in (1, 2)
    assert box.bottom > 297 * pdf_layout.MM - 22 * pdf_layout.MM
    wide = render(svg.format(w="250mm", h="30mm"))  # crosses the right margin
    assert [page for page, _box in pdf_layout.drawings_outside(wide)] == [1]


def test_the_landscape_page_has_its_own_content_box():
    data = render(block("165mm"), body_class="sign-in")  # body.sign-in is on a landscape page
    assert pdf_layout.drawings_outside(data) == []
    assert pdf_layout.filled_fractions(data)[0] > 0.9  # 165 of 184 mm, under the heading
    assert pdf_layout.drawings_outside(render(block("200mm"), body_class="sign-in"))


def test_a_table_of_contents_is_checked_against_the_bookmarks():
    data = render(
        "<h2>Contents</h2><p>Chapter A ....... 2<br>Chapter B ....... 4</p>"
        f'<h2 style="break-before:page">Chapter A</h2>{block("200mm")}{block("200mm")}'
        '<h2 style="break-before:page">Chapter B</h2><p>End.</p>'
    )
    entries = pdf_layout.toc_entries("Contents\nChapter A ....... 2\nChapter B ....... 4")
    assert entries == [("Chapter A", 2), ("Chapter B", 4)]
    assert [mark.title for mark in pdf_layout.outline(data)] == [
        "Layout",
        "Contents",
        "Chapter A",
        "Chapter B",
    ]
    assert pdf_layout.toc_mismatches(data, entries) == []
    assert pdf_layout.toc_mismatches(data, [("Chapter B", 3), ("Chapter C", 5)]) == [
        ("Chapter B", 3, 4),
        ("Chapter C", 5, None),
    ]
