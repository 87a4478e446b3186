"""Images carried whole in a data: URL (the reports' charts): an SVG or PNG one is drawn, any
other kind is refused, and what such an SVG refers to goes through the fetcher like any URL."""

import base64
from unittest import mock
from urllib.parse import quote

import pypdfium2
import pytest
from weasyprint.urls import FatalURLFetchingError

from cdfacil import pdf

RED_SQUARE = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" role="img">'
    '<title>A red square</title><rect width="10" height="10" fill="#ff0000"/>{extra}</svg>'
)


def page_html(src: str) -> str:
    return (
        '<!DOCTYPE html><html lang="en"><head><title>Chart</title></head><body>'
        f'<img src="{src}" alt="A red square" style="width: 50mm; height: 50mm"></body></html>'
    )


def svg_url(extra: str = "", *, encoded: str = "base64") -> str:
    svg = RED_SQUARE.format(extra=extra)
    if encoded == "base64":
        return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()
    return "data:image/svg+xml;charset=utf-8," + quote(svg)


def red_pixels(data: bytes) -> int:
    image = pypdfium2.PdfDocument(data)[0].render(scale=0.5).to_pil().convert("RGB")
    return sum(1 for r, g, b in image.getdata() if r > 200 and g < 60 and b < 60)


@pytest.mark.parametrize("encoded", ["base64", "percent"])
def test_an_svg_image_in_a_data_url_is_drawn(encoded):
    data, pages = pdf.render_pdf(page_html(svg_url(encoded=encoded)))
    assert pages == 1
    assert red_pixels(data) > 1000  # 50 mm square at half scale: about 70 x 70 pixels


def test_a_png_image_in_a_data_url_is_drawn():
    from io import BytesIO

    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (8, 8), (255, 0, 0)).save(buffer, format="PNG")
    url = "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()
    data, _pages = pdf.render_pdf(page_html(url))
    assert red_pixels(data) > 1000


@pytest.mark.parametrize(
    "url",
    [
        "data:text/html;base64," + base64.b64encode(b"<p>hello</p>").decode(),
        "data:image/jpeg;base64,/9j/4AAQ",
        "data:application/octet-stream,abc",
        "data:,plain",
    ],
)
def test_a_data_url_of_another_kind_is_refused(url):
    with pytest.raises(FatalURLFetchingError):
        pdf.render_pdf(page_html(url))


@pytest.mark.parametrize(
    ("reference", "url"),
    [
        ('<image href="http://example.com/tracker.png" width="5" height="5"/>', "http://"),
        ('<image href="file:///etc/hostname" width="5" height="5"/>', "file:///etc/"),
        ('<image href="file:///etc/passwd" width="5" height="5"/>', "file:///etc/"),
    ],
)
def test_what_an_svg_in_a_data_url_refers_to_is_refused(reference, url):
    """WeasyPrint asks the fetcher for the SVG's own references, which are refused (the SVG
    is then not drawn, and the rest of the page is)."""
    asked = []
    original = pdf.StaticOnlyFetcher.fetch

    def spy(self, asked_url, headers=None):
        try:
            response = original(self, asked_url, headers)
        except FatalURLFetchingError:
            asked.append((asked_url, "refused"))
            raise
        asked.append((asked_url, "served"))
        return response

    with mock.patch.object(pdf.StaticOnlyFetcher, "fetch", spy):
        pdf.render_pdf(page_html(svg_url(reference)))
    references = [(asked_url, outcome) for asked_url, outcome in asked if asked_url.startswith(url)]
    assert references and all(outcome == "refused" for _url, outcome in references)


@pytest.mark.django_db
def test_the_reports_charts_are_images_with_their_text(settings, tmp_path):
    """Each chart of a results report is an image of its SVG with alt text, and the SVG keeps
    its role and title for what reads it."""
    import io
    import re

    from django.core.management import call_command

    from assessments.models import AssessmentRound
    from builders.demo.content import FOLLOW_UP_TITLE
    from cdfacil import reports, services
    from events.models import Event

    settings.MEDIA_ROOT = tmp_path
    call_command("seed_demo", stdout=io.StringIO())
    event = Event.objects.get(title=FOLLOW_UP_TITLE)
    subject = AssessmentRound.objects.filter(event=event).first()
    html = services.report_html(kind=reports.get("results"), subject=subject, language="fr")
    assert "<svg" not in html
    images = re.findall(
        r'<img class="chart-image" src="data:image/svg\+xml;base64,([^"]+)" alt="([^"]*)"', html
    )
    assert len(images) >= 5  # a radar per level and the heat map
    for encoded, alt in images:
        assert alt.strip()
        svg = base64.b64decode(encoded).decode("utf-8")
        assert 'role="img"' in svg and ("<title>" in svg or "aria-label" in svg)
    _data, pages = pdf.render_pdf(html)
    assert pages >= 1
