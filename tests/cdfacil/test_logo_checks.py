"""The checks a logo passes before it is kept: each refusal said on the page, and the bombs
(decompression, <use>, masks) refused before they reach the PDF renderer."""

import io
import os

import pytest
from PIL import Image

from tests.cdfacil import logo_helpers
from tests.cdfacil.logo_helpers import SVG, account_upload, mask_bomb, png, png_bomb, use_bomb

pytestmark = pytest.mark.django_db
# The shared fixtures, registered in this module under their names.
_media, lead, mclient = logo_helpers._media, logo_helpers.lead, logo_helpers.mclient


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("logo.gif", b"GIF89a....", "A logo must be a PNG or an SVG image."),
        ("logo.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 200, "This PNG image is damaged"),
        ("logo.png", None, "A PNG logo may be at most 1 MB."),
        ("logo.png", png(2400, 100), "at most 2000 x 2000 pixels; this one is 2400 x 100"),
        (
            "logo.svg",
            b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]>'
            + SVG.format("<text>&a;</text>").encode(),
            "may not have a DOCTYPE or declare entities",
        ),
        (
            "logo.svg",
            ('<!DOCTYPE svg [<!ENTITY a "aaaa">]>' + SVG.format("<text>&a;</text>")).encode(
                "utf-16"
            ),
            "An SVG logo must be UTF-8 text.",
        ),
        ("logo.svg", SVG.format("<script>alert(1)</script>").encode(), "(&lt;script&gt;)"),
        (
            "logo.svg",
            SVG.format('<rect width="5" height="5" onclick="alert(1)"/>').encode(),
            "may not have event handlers (onclick)",
        ),
        (
            "logo.svg",
            SVG.format("<foreignObject><p>hi</p></foreignObject>").encode(),
            "(&lt;foreignobject&gt;)",
        ),
        (
            "logo.svg",
            SVG.format('<image xlink:href="file:///etc/passwd" width="5" height="5"/>').encode(),
            "may not refer to anything outside itself",
        ),
        (
            "logo.svg",
            SVG.format('<use href="https://example.org/a.svg#x"/>').encode(),
            "may not refer to anything outside itself",
        ),
        (
            "logo.svg",
            SVG.format('<rect fill="url(https://example.org/p.svg#g)" width="5"/>').encode(),
            "may not refer to anything outside itself",
        ),
        (
            "logo.svg",
            SVG.format("<style>rect { fill: url('http://example.org/x') }</style>").encode(),
            "may not refer to anything outside itself",
        ),
        (
            "logo.svg",
            SVG.format("<style>@import 'http://example.org/x.css';</style>").encode(),
            "may not refer to anything outside itself",
        ),
        # Only the elements and attributes of a plain drawing.
        (
            "logo.svg",
            SVG.format('<filter id="f"><feGaussianBlur stdDeviation="9"/></filter>').encode(),
            "may not contain &lt;filter&gt; elements; save it as a plain SVG",
        ),
        (
            "logo.svg",
            SVG.format('<rect width="5" height="5" cursor="pointer"/>').encode(),
            "may not have the attribute cursor on &lt;rect&gt;",
        ),
        (
            "logo.svg",
            SVG.format('<rect width="5"><animate attributeName="x" to="9"/></rect>').encode(),
            "may not be animated (&lt;animate&gt;)",
        ),
        (
            "logo.svg",
            SVG.format('<set attributeName="fill" to="red"/>').encode(),
            "may not be animated (&lt;set&gt;)",
        ),
        (
            "logo.svg",
            SVG.format('<g xml:base="http://example.org/"><use href="#a"/></g>').encode(),
            "may not set its own base address (xml:base)",
        ),
        # CSS escapes hide @import and url( from a reader, not from the renderer.
        (
            "logo.svg",
            SVG.format("<style>@\\69mport 'http://example.org/x.css';</style>").encode(),
            "may not contain backslashes (CSS escapes)",
        ),
        (
            "logo.svg",
            SVG.format("<style>rect { fill: \\75 rl(http://example.org/x) }</style>").encode(),
            "may not contain backslashes (CSS escapes)",
        ),
        (
            "logo.svg",
            SVG.format('<rect width="5" style="fill: \\75 rl(http://example.org/x)"/>').encode(),
            "may not contain backslashes (CSS escapes)",
        ),
        (
            "logo.svg",
            SVG.format("<style>rect { fill: image-set('x.png' 1x) }</style>").encode(),
            "may not refer to anything outside itself",
        ),
        (
            "logo.svg",
            SVG.format('<rect width="5" style="fill: url(data:image/png;base64,AA)"/>').encode(),
            "may not refer to anything outside itself",
        ),
        (
            "logo.svg",
            SVG.format("".join(f'<use href="#r" x="{i}"/>' for i in range(51))).encode(),
            "at most 50 &lt;use&gt; elements; this one has 51",
        ),
        (
            "logo.svg",
            SVG.format('<rect id="r" width="1"/><use id="u" href="#r"/><use href="#u"/>').encode(),
            "may not have a &lt;use&gt; that points at another &lt;use&gt;",
        ),
        (
            "logo.svg",
            SVG.format('<g id="g"><use href="#g"/></g>').encode(),
            "may not have a &lt;use&gt; that points at another &lt;use&gt;",
        ),
        (
            "logo.svg",
            SVG.format(
                '<clipPath id="a"><rect width="5"/></clipPath>'
                '<clipPath id="b"><rect width="5" clip-path="url(#a)"/></clipPath>'
                '<rect width="9" clip-path="url(#b)"/>'
            ).encode(),
            "may not point a &lt;use&gt;, a clip path or a mask at content that has one",
        ),
        (
            "logo.svg",
            SVG.format(
                '<mask id="a"><rect width="5" fill="#fff"/></mask>'
                '<mask id="b"><rect width="5" style="fill: #fff; mask: url(#a)"/></mask>'
                '<rect width="9" mask="url(#b)"/>'
            ).encode(),
            "may not point a &lt;use&gt;, a clip path or a mask at content that has one",
        ),
        (
            "logo.svg",
            SVG.format(
                '<clipPath id="c"><rect width="5"/></clipPath>'
                + '<rect width="9" clip-path="url(#c)"/>' * 51
            ).encode(),
            "may apply at most 50 clip paths and masks; this one 51",
        ),
        (
            "logo.svg",
            SVG.format("<style>#b rect { mask: url(#a) }</style>").encode(),
            "may apply clip paths and masks as attributes only",
        ),
        ("logo.png", None, "at most 2000 x 2000 pixels; this one is 100000 x 100000"),
        ("logo.svg", SVG.format("<!--" + "x" * 210_000 + "-->").encode(), "at most 200 KB"),
        ("logo.svg", b"<svg><rect></svg>", "not well-formed XML"),
        ("logo.svg", b"<html xmlns='http://www.w3.org/1999/xhtml'/>", "not an SVG image"),
    ],
)
def test_a_refused_logo_is_explained_on_the_page_and_not_kept(mclient, lead, name, data, message):
    if data is None and "100000" in message:
        data = png_bomb(100_000, 100_000)
    elif data is None:  # a real PNG over 1 MB: noise does not compress
        buffer = io.BytesIO()
        Image.frombytes("RGB", (700, 700), os.urandom(700 * 700 * 3)).save(buffer, format="PNG")
        data = buffer.getvalue()
        assert len(data) > 1024 * 1024
    response = account_upload(mclient, lead, name, data)
    assert response.status_code == 200
    assert message in response.content.decode()
    lead.refresh_from_db()
    assert not lead.logo


def test_an_svg_with_internal_references_and_gradients_is_kept(mclient, lead):
    svg = SVG.format(
        '<defs><linearGradient id="g"><stop offset="0" stop-color="#036"/></linearGradient></defs>'
        '<rect id="r" width="5" height="5" fill="url(#g)"/><use xlink:href="#r" x="5"/>'
    )
    page = account_upload(mclient, lead, "ministry.svg", svg.encode()).content.decode()
    assert "was saved" in page
    lead.refresh_from_db()
    assert lead.logo.name.endswith(".svg")


# --- Bombs --------------------------------------------------------------------------------------


def test_a_mask_bomb_is_refused(mclient, lead):
    # Four layers (41 masks applied, under 3 KB) took the PDF renderer 2.1 s; each more, ten times.
    page = account_upload(mclient, lead, "bomb.svg", mask_bomb(4).encode()).content.decode()
    assert "may not point a &lt;use&gt;, a clip path or a mask at content that has one" in page
    lead.refresh_from_db()
    assert not lead.logo


def test_a_use_bomb_is_refused_at_once(mclient, lead):
    # Six layers are under 2 KB and took the PDF renderer 157 s; five, 14 s.
    bomb = use_bomb(5).encode()
    assert len(bomb) < 2048
    page = account_upload(mclient, lead, "bomb.svg", bomb).content.decode()
    assert "may not have a &lt;use&gt; that points at another &lt;use&gt;" in page
    lead.refresh_from_db()
    assert not lead.logo


def test_a_use_bomb_behind_a_decoy_href_is_refused(mclient, lead):
    # The renderer follows xlink:href before href: a harmless href must not hide the layer below.
    bomb = use_bomb(4).replace('<use href="#l', '<use href="#l0" xlink:href="#l')
    page = account_upload(mclient, lead, "bomb.svg", bomb.encode()).content.decode()
    assert "may not have a &lt;use&gt; that points at another &lt;use&gt;" in page
    lead.refresh_from_db()
    assert not lead.logo


@pytest.mark.parametrize(
    "hidden",
    [
        # A comment before the declaration hid it from the style attribute's check...
        lambda svg: svg.replace(' mask="url(#m', ' style="/**/mask:url(#m'),
        # ... and inside it, from the style sheet's.
        lambda svg: svg.replace("<defs>", "<style>rect { mask/**/: url(#m1) }</style><defs>", 1),
    ],
)
def test_a_mask_bomb_behind_a_css_comment_is_refused(mclient, lead, hidden):
    page = account_upload(mclient, lead, "bomb.svg", hidden(mask_bomb(4)).encode())
    assert "may not contain CSS comments" in page.content.decode()
    lead.refresh_from_db()
    assert not lead.logo


def test_a_logo_with_a_few_uses_is_kept(mclient, lead):
    svg = SVG.format(
        '<defs><symbol id="leaf" viewBox="0 0 2 2"><path d="M0 0L2 2" stroke="#060"/></symbol>'
        '<clipPath id="c"><circle cx="5" cy="5" r="5"/></clipPath></defs>'
        '<g clip-path="url(#c)" transform="rotate(10)" style="fill: #036; opacity: .9">'
        + "".join(f'<use href="#leaf" x="{i}" width="2" height="2"/>' for i in range(12))
        + '</g><text x="1" y="9" font-family="sans-serif" font-size="2">MoH</text>'
    )
    page = account_upload(mclient, lead, "ministry.svg", svg.encode()).content.decode()
    assert "The logo of Ministry of Health (MoH) was saved." in page


def test_a_logo_as_a_drawing_program_exports_it_is_kept(mclient, lead):
    svg = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<svg version="1.1" id="Layer_1" xmlns="http://www.w3.org/2000/svg" '
        'xmlns:xlink="http://www.w3.org/1999/xlink" x="0px" y="0px" viewBox="0 0 120 40" '
        'style="enable-background:new 0 0 120 40;" xml:space="preserve">'
        "<style type=\"text/css\">.st0{fill:#0B5394;} .st1{font-family:'Open Sans'; "
        "font-size:12px;}</style><title>Ministry of Health</title>"
        '<radialGradient id="g" cx="20" cy="20" r="18" gradientUnits="userSpaceOnUse">'
        '<stop offset="0" style="stop-color:#FFFFFF"/><stop offset="1" stop-color="#0B5394"/>'
        '</radialGradient><circle cx="20" cy="20" r="18" fill="url(#g)"/>'
        '<g><path class="st0" d="M12 14h16v12H12z"/><polygon points="1,2 3,4 5,1"/>'
        '<text transform="matrix(1 0 0 1 44 24)" class="st1">MoH</text></g></svg>'
    )
    page = account_upload(mclient, lead, "moh.svg", svg.encode()).content.decode()
    assert "The logo of Ministry of Health (MoH) was saved." in page
