"""The table of contents is built from the rendered body: it follows the chapters printed."""

from cdfacil.contents import BODY_MARK, CONTENTS_MARK, with_contents

FRONT = f"<h2>Summary</h2><nav>{CONTENTS_MARK}</nav>"


def test_every_chapter_heading_of_the_body_is_listed_with_an_id_to_point_at():
    html = with_contents(
        FRONT + BODY_MARK + '<h2 class="chapter">Agenda &amp; days</h2><h3>Day 1</h3>'
        '<h2 id="plan">The <em>plan</em></h2>'
    )
    assert '<h2 id="chapter-1" class="chapter">Agenda &amp; days</h2>' in html
    assert '<h2 id="plan">The <em>plan</em></h2>' in html
    assert (
        '<ol class="contents-list"><li><a href="#chapter-1">Agenda &amp; days</a></li>'
        '<li><a href="#plan">The plan</a></li></ol>'
    ) in html
    assert "Summary</a>" not in html  # the front matter's own headings are not chapters
    assert "Day 1</a>" not in html


def test_a_body_without_chapters_lists_its_sections():
    html = with_contents(FRONT + BODY_MARK + "<h3>Day 1</h3><p>x</p><h3>Day 2</h3>")
    assert '<a href="#chapter-1">Day 1</a>' in html and '<a href="#chapter-2">Day 2</a>' in html


def test_a_report_without_front_matter_is_left_as_it_is():
    html = "<h1>Sign-in</h1><h2>Day 1</h2>"
    assert with_contents(html) == html
