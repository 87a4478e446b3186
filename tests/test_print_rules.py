"""The base rules of static/css/print.css, each on a small document rendered by WeasyPrint and
read back as a reader sees it."""

import io

import pypdf

from tests import pdf_layout
from tests.test_pdf_layout import block, render


def page_texts(data):
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def page_of(texts, needle):
    return next(number for number, text in enumerate(texts, start=1) if needle in text)


def test_a_heading_at_a_pages_foot_goes_over_with_what_follows():
    # 225 of 255 mm used: the heading would fit, the block after it would not.
    texts = page_texts(render(f"{block('215mm')}<h3>Stranded heading</h3>{block('40mm')}"))
    assert page_of(texts, "Stranded heading") == 2


def test_a_long_table_repeats_its_header_and_keeps_rows_whole():
    rows = "".join(
        f"<tr><td>Row {n} begins</td><td>first line<br>Row {n} ends</td></tr>" for n in range(90)
    )
    data = render(
        f"<table><thead><tr><th>Column head</th><th>Notes</th></tr></thead>{rows}</table>"
    )
    texts = page_texts(data)
    assert len(texts) >= 3
    assert all("Column head" in text for text in texts)
    for n in range(90):  # each row's first and last line on the same page
        assert page_of(texts, f"Row {n} begins") == page_of(texts, f"Row {n} ends")


def test_only_a_long_chapter_starts_a_new_page():
    texts = page_texts(
        render(
            '<h2 class="chapter">Short chapter</h2><p>A few words.</p>'
            '<h2 class="chapter">Next short chapter</h2><p>More words.</p>'
            '<h2 class="chapter-long">Long chapter</h2><p>Many words.</p>'
        )
    )
    assert page_of(texts, "Next short chapter") == 1
    assert page_of(texts, "Long chapter") == 2


def test_a_row_of_boxes_may_split_between_pages():
    boxes = "".join(
        '<span style="display:inline-block;width:70mm;height:60mm;border:0.5pt solid #000"></span> '
        for _ in range(6)
    )
    # Room for one row of two boxes under the filler: the first row stays on page 1.
    data = render(f"{block('165mm')}<div>{boxes}</div>")
    assert pdf_layout.filled_fractions(data)[0] > 0.85


def test_the_reports_user_agent_stylesheet_keeps_list_markers_headings_and_bookmarks():
    data = render("<h2>Lists</h2><ul><li>Alpha</li></ul><ol><li>Beta</li><li>Gamma</li></ol>")
    [text] = page_texts(data)
    assert "Alpha" in text and "Gamma" in text
    assert "•" in text and "1." in text and "2." in text  # the markers, drawn apart
    assert [mark.title for mark in pdf_layout.outline(data)] == ["Layout", "Lists"]
