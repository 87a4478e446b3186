"""Organisations' logos: each refusal said on the page, what is kept, who may change a logo
(its organisation's people, and administrators), and the PDF fetcher that reads logos and
nothing else under the media folder."""

import io
import os
import struct
import time
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from weasyprint.urls import FatalURLFetchingError

from cdfacil import pdf
from cdfacil.models import AuditEntry, Organisation

pytestmark = pytest.mark.django_db

SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
    'viewBox="0 0 10 10">{}</svg>'
)


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def png(width=40, height=20) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (0, 90, 160)).save(buffer, format="PNG")
    return buffer.getvalue()


def png_bomb(width: int, height: int) -> bytes:
    """A small PNG whose header declares a huge image (a decompression bomb)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body)
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\0" * 1000)
    body = chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + body


def use_bomb(levels: int) -> str:
    """Layers of groups, each holding ten <use> of the layer below: 10**levels copies."""
    layers = ['<g id="l0"><rect width="1" height="1"/></g>']
    for level in range(1, levels + 1):
        uses = "".join(f'<use href="#l{level - 1}" x="{i}"/>' for i in range(10))
        layers.append(f'<g id="l{level}">{uses}</g>')
    return SVG.format("<defs>" + "".join(layers[:-1]) + "</defs>" + layers[-1])


def upload(client, event, organisation, name, data):
    return client.post(
        reverse("events:logos", args=[event.pk]),
        {"organisation": organisation.pk, "logo": SimpleUploadedFile(name, data)},
        follow=True,
    )


def account_upload(client, organisation, name, data):
    return client.post(
        reverse("organisation_logo"),
        {"organisation": organisation.pk, "logo": SimpleUploadedFile(name, data)},
        follow=True,
    )


@pytest.fixture
def lead(event, core_group, government_org):
    return government_org


@pytest.fixture
def mclient(client, core_group):
    """Signed in as Grace, of the Ministry of Health, the event's lead ministry."""
    client.force_login(core_group[0].user)
    return client


@pytest.fixture
def own(facilitator):
    """The facilitator's own organisation."""
    return facilitator.organisation


def test_the_page_lists_the_lead_ministry_and_the_facilitators_organisation(
    fclient, event, lead, facilitator
):
    page = fclient.get(reverse("events:logos", args=[event.pk])).content.decode()
    assert "Ministry of Health (MoH)" in page
    assert "Lead ministry, named as the owner of the plan" in page
    assert "Facilitation team" in page
    # The facilitator changes their own organisation's logo only; the ministry's people theirs.
    assert page.count('type="file"') == 1
    assert (
        "People of Ministry of Health (MoH) can add it from their account: "
        "Your organisation&#x27;s logo." in page
    )


def test_a_png_is_kept_under_a_random_name_in_the_logos_folder(fclient, event, own, settings):
    page = upload(fclient, event, own, "team.png", png()).content.decode()
    assert "The logo of Facilitation team was saved." in page
    own.refresh_from_db()
    folder, name = own.logo.name.split("/")
    assert folder == "logos" and name.endswith(".png") and "team" not in name
    assert (settings.MEDIA_ROOT / "logos" / name).read_bytes() == png()
    assert "data:image/png;base64," in page  # the preview
    assert AuditEntry.objects.filter(action=AuditEntry.Action.LOGO_CHANGED).exists()


def test_a_png_named_svg_is_stored_as_a_png(fclient, event, own):
    upload(fclient, event, own, "team.svg", png())
    own.refresh_from_db()
    assert own.logo.name.endswith(".png")


def test_a_new_logo_replaces_the_old_file_and_removing_deletes_it(
    mclient, lead, settings, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        account_upload(mclient, lead, "a.png", png())
    lead.refresh_from_db()
    first = settings.MEDIA_ROOT / lead.logo.name
    with django_capture_on_commit_callbacks(execute=True):
        account_upload(mclient, lead, "b.svg", SVG.format('<rect width="5" height="5"/>').encode())
    lead.refresh_from_db()
    assert lead.logo.name.endswith(".svg") and not first.exists()
    second = settings.MEDIA_ROOT / lead.logo.name
    with django_capture_on_commit_callbacks(execute=True):
        mclient.post(reverse("organisation_logo"), {"organisation": lead.pk, "remove": "on"})
    lead.refresh_from_db()
    assert not lead.logo and not second.exists()


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


def test_an_svg_with_internal_references_and_gradients_is_kept(fclient, event, own):
    svg = SVG.format(
        '<defs><linearGradient id="g"><stop offset="0" stop-color="#036"/></linearGradient></defs>'
        '<rect id="r" width="5" height="5" fill="url(#g)"/><use xlink:href="#r" x="5"/>'
    )
    page = upload(fclient, event, own, "team.svg", svg.encode()).content.decode()
    assert "was saved" in page
    own.refresh_from_db()
    assert own.logo.name.endswith(".svg")


def test_only_the_covers_organisations_may_be_given_a_logo(fclient, event, lead, partner_org):
    response = upload(fclient, event, partner_org, "logo.png", png())
    assert response.status_code == 404
    partner_org.refresh_from_db()
    assert not partner_org.logo


def test_a_member_of_the_core_group_may_not_change_logos(client, event, core_group, lead):
    client.force_login(core_group[1].user)
    assert upload(client, event, lead, "logo.png", png()).status_code == 403


# --- The PDF's fetcher --------------------------------------------------------------------------


def test_the_fetcher_serves_a_logo_as_an_image(settings):
    folder = settings.MEDIA_ROOT / "logos"
    folder.mkdir(parents=True)
    (folder / "abc.png").write_bytes(png())
    response = pdf.StaticOnlyFetcher().fetch((folder / "abc.png").as_uri())
    assert response.headers["Content-Type"] == "image/png"


@pytest.mark.parametrize(
    "path",
    [
        "logos/../secret.png",  # out of the logos folder
        "logos/%2e%2e/secret.png",  # the same, encoded
        "logos/link.png",  # a link to a file outside
        "logos/notes.txt",  # not an image
        "secret.png",  # media, but not a logo
        "reports/report.pdf",  # a report's file
    ],
)
def test_the_fetcher_refuses_anything_else_under_media(settings, path):
    media = settings.MEDIA_ROOT
    (media / "logos").mkdir(parents=True)
    (media / "reports").mkdir()
    (media / "secret.png").write_bytes(png())
    (media / "reports" / "report.pdf").write_bytes(b"%PDF-1.7")
    (media / "logos" / "notes.txt").write_text("notes")
    os.symlink(media / "secret.png", media / "logos" / "link.png")
    with pytest.raises(FatalURLFetchingError):
        pdf.StaticOnlyFetcher().fetch(f"file://{media}/{path}")


def test_the_admin_refuses_a_bad_logo_with_its_reason(client, lead):
    from cdfacil.models import User

    admin = User.objects.create_superuser("root", "root@example.org", "x-long-password-1")
    client.force_login(admin)
    response = client.post(
        reverse("admin:cdfacil_organisation_change", args=[lead.pk]),
        {
            "name": lead.name,
            "acronym": lead.acronym,
            "kind": lead.kind,
            "country": lead.country.code,
            "logo": SimpleUploadedFile("x.svg", SVG.format("<script/>").encode()),
        },
    )
    assert "may not contain scripts" in response.content.decode()
    assert not Organisation.objects.get(pk=lead.pk).logo


def test_the_admin_replaces_a_logo_and_deletes_the_old_file(
    client, lead, settings, django_capture_on_commit_callbacks
):
    from cdfacil.models import User

    client.force_login(User.objects.create_superuser("root", "root@example.org", "x-pass-9"))
    url = reverse("admin:cdfacil_organisation_change", args=[lead.pk])
    fields = {"name": lead.name, "acronym": lead.acronym, "kind": lead.kind}
    fields["country"] = lead.country.code
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {**fields, "logo": SimpleUploadedFile("a.png", png())})
    lead.refresh_from_db()
    first = settings.MEDIA_ROOT / lead.logo.name
    assert first.is_file() and lead.logo.name.startswith("logos/")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {**fields, "logo-clear": "on"})
    lead.refresh_from_db()
    assert not lead.logo and not first.exists()
    assert AuditEntry.objects.filter(action=AuditEntry.Action.LOGO_CHANGED).count() == 2


# --- Bombs --------------------------------------------------------------------------------------


def mask_bomb(levels: int) -> str:
    """Masks of ten shapes, each shape masked by the layer below: 10**levels copies."""
    masks = ['<mask id="m0"><rect width="5" height="5" fill="#fff"/></mask>']
    for level in range(1, levels + 1):
        shapes = "".join(
            f'<rect x="{i}" width="5" height="5" fill="#fff" mask="url(#m{level - 1})"/>'
            for i in range(10)
        )
        masks.append(f'<mask id="m{level}">{shapes}</mask>')
    return SVG.format(
        "<defs>" + "".join(masks) + f'</defs><rect width="9" height="9" mask="url(#m{levels})"/>'
    )


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
    started = time.perf_counter()
    page = account_upload(mclient, lead, "bomb.svg", bomb).content.decode()
    assert time.perf_counter() - started < 2
    assert "may not have a &lt;use&gt; that points at another &lt;use&gt;" in page
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


# --- Who may change a logo ----------------------------------------------------------------------


def test_a_facilitator_may_not_change_another_organisations_logo(fclient, event, lead):
    """A shared organisation's logo prints on every event it leads: not one event's to change."""
    assert upload(fclient, event, lead, "logo.png", png()).status_code == 403
    lead.refresh_from_db()
    assert not lead.logo


def test_a_person_changes_their_organisations_logo_from_their_account(mclient, lead):
    page = mclient.get(reverse("organisation_logo")).content.decode()
    assert '<h1 class="h3">Your organisation\'s logo</h1>' in page
    assert (
        "The logo of Ministry of Health (MoH) is printed on the covers of every event's "
        "reports where Ministry of Health (MoH) is the lead ministry or a facilitator's "
        "organisation." in page
    )
    assert reverse("organisation_logo") in page  # in the personal menu
    account_upload(mclient, lead, "ministry.png", png())
    lead.refresh_from_db()
    assert lead.logo.name.endswith(".png")
    entry = AuditEntry.objects.get(action=AuditEntry.Action.LOGO_CHANGED)
    assert entry.event_id is None and entry.summary == "Logo of Ministry of Health (MoH) changed"


def test_no_one_posts_for_another_organisation_from_their_account(mclient, partner_org):
    assert account_upload(mclient, partner_org, "logo.png", png()).status_code == 404
    partner_org.refresh_from_db()
    assert not partner_org.logo


def test_the_account_page_asks_to_sign_in(client):
    response = client.get(reverse("organisation_logo"))
    assert response.status_code == 302 and reverse("login") in response["Location"]


def test_an_administrator_without_organisation_is_sent_to_the_admin(client, lead):
    from cdfacil.models import User

    client.force_login(User.objects.create_superuser("root", "root@example.org", "x-pass-9"))
    page = client.get(reverse("organisation_logo")).content.decode()
    assert "Administrators change organisations' logos in the administration." in page
    assert account_upload(client, lead, "logo.png", png()).status_code == 404


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
