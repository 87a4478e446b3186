"""Organisations' logos: each refusal said on the facilitators' page, what is kept, and the
PDF fetcher that reads logos and nothing else under the media folder."""

import io
import os

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


def upload(client, event, organisation, name, data):
    return client.post(
        reverse("events:logos", args=[event.pk]),
        {"organisation": organisation.pk, "logo": SimpleUploadedFile(name, data)},
        follow=True,
    )


@pytest.fixture
def lead(event, core_group, government_org):
    return government_org


def test_the_page_lists_the_lead_ministry_and_the_facilitators_organisation(
    fclient, event, lead, facilitator
):
    page = fclient.get(reverse("events:logos", args=[event.pk])).content.decode()
    assert "Ministry of Health (MoH)" in page
    assert "Lead ministry, named as the owner of the plan" in page
    assert "Facilitation team" in page


def test_a_png_is_kept_under_a_random_name_in_the_logos_folder(fclient, event, lead, settings):
    page = upload(fclient, event, lead, "ministry.png", png()).content.decode()
    assert "The logo of Ministry of Health (MoH) was saved." in page
    lead.refresh_from_db()
    folder, name = lead.logo.name.split("/")
    assert folder == "logos" and name.endswith(".png") and "ministry" not in name
    assert (settings.MEDIA_ROOT / "logos" / name).read_bytes() == png()
    assert "data:image/png;base64," in page  # the preview
    assert AuditEntry.objects.filter(action=AuditEntry.Action.LOGO_CHANGED).exists()


def test_a_png_named_svg_is_stored_as_a_png(fclient, event, lead):
    upload(fclient, event, lead, "ministry.svg", png())
    lead.refresh_from_db()
    assert lead.logo.name.endswith(".png")


def test_a_new_logo_replaces_the_old_file_and_removing_deletes_it(
    fclient, event, lead, settings, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        upload(fclient, event, lead, "a.png", png())
    lead.refresh_from_db()
    first = settings.MEDIA_ROOT / lead.logo.name
    with django_capture_on_commit_callbacks(execute=True):
        upload(fclient, event, lead, "b.svg", SVG.format('<rect width="5" height="5"/>').encode())
    lead.refresh_from_db()
    assert lead.logo.name.endswith(".svg") and not first.exists()
    second = settings.MEDIA_ROOT / lead.logo.name
    with django_capture_on_commit_callbacks(execute=True):
        fclient.post(
            reverse("events:logos", args=[event.pk]),
            {"organisation": lead.pk, "remove": "on"},
        )
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
        ("logo.svg", SVG.format("<!--" + "x" * 210_000 + "-->").encode(), "at most 200 KB"),
        ("logo.svg", b"<svg><rect></svg>", "not well-formed XML"),
        ("logo.svg", b"<html xmlns='http://www.w3.org/1999/xhtml'/>", "not an SVG image"),
    ],
)
def test_a_refused_logo_is_explained_on_the_page_and_not_kept(
    fclient, event, lead, name, data, message
):
    if data is None:  # a real PNG over 1 MB: noise does not compress
        buffer = io.BytesIO()
        Image.frombytes("RGB", (700, 700), os.urandom(700 * 700 * 3)).save(buffer, format="PNG")
        data = buffer.getvalue()
        assert len(data) > 1024 * 1024
    response = upload(fclient, event, lead, name, data)
    assert response.status_code == 200
    assert message in response.content.decode()
    lead.refresh_from_db()
    assert not lead.logo


def test_an_svg_with_internal_references_and_gradients_is_kept(fclient, event, lead):
    svg = SVG.format(
        '<defs><linearGradient id="g"><stop offset="0" stop-color="#036"/></linearGradient></defs>'
        '<rect id="r" width="5" height="5" fill="url(#g)"/><use xlink:href="#r" x="5"/>'
    )
    page = upload(fclient, event, lead, "ministry.svg", svg.encode()).content.decode()
    assert "was saved" in page
    lead.refresh_from_db()
    assert lead.logo.name.endswith(".svg")


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
