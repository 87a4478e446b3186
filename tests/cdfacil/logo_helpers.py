"""What the logo tests share: logos good and bad, bombs, posting them on either page, and the
fixtures (imported by the test modules that use them)."""

import io
import struct
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

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
