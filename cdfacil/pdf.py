"""HTML to PDF with WeasyPrint, reading nothing but the app's own static files and logos.

WeasyPrint never fetches from the network or from the rest of the file system: the fetcher
serves file URLs under the project's static folder (the print stylesheet and the shipped fonts)
and the organisations' checked logos under MEDIA_ROOT/logos, and refuses everything else, which
fails the render.
"""

import base64
import contextlib
import functools
import mimetypes
import time
from pathlib import Path
from urllib.parse import unquote, unquote_to_bytes

from django.conf import settings
from weasyprint.urls import FatalURLFetchingError, URLFetcher, URLFetcherResponse

from cdfacil.media import LOGO_FOLDER


def _static_root() -> Path:
    return Path(settings.BASE_DIR, "static").resolve()


def _logo_root() -> Path:
    return Path(settings.MEDIA_ROOT, LOGO_FOLDER).resolve()


# What a logo may be: the checked kinds of organisations' uploads (cdfacil.logos).
LOGO_CONTENT_TYPES = {".png": "image/png", ".svg": "image/svg+xml"}

# The data: URLs a report may hold: images carried whole in the URL (the charts, drawn as SVG);
# what an SVG among them refers to still goes through the fetcher.
DATA_CONTENT_TYPES = {"image/svg+xml", "image/png"}


class StaticOnlyFetcher(URLFetcher):
    """Serves file URLs under static/ and, for logos, images under MEDIA_ROOT/logos; refuses
    every other URL, whatever ../ or link it goes through (the resolved path is checked)."""

    def __init__(self):
        super().__init__(fail_on_errors=True)

    def fetch(self, url, headers=None):
        if url.startswith("data:"):
            meta, _comma, payload = url.removeprefix("data:").partition(",")
            content_type, *params = meta.lower().split(";")
            if content_type not in DATA_CONTENT_TYPES:
                raise FatalURLFetchingError(f"PDF rendering may not read a data: URL of {meta}")
            body = unquote_to_bytes(payload)
            body = base64.b64decode(body) if "base64" in params else body
            return URLFetcherResponse(url, body=body, headers={"Content-Type": content_type})
        if not url.startswith("file://"):
            raise FatalURLFetchingError(f"PDF rendering may not fetch {url}")
        path = Path(unquote(url.removeprefix("file://").split("?")[0].split("#")[0])).resolve()
        if not path.is_file():
            raise FatalURLFetchingError(f"PDF rendering may not read {url}")
        if path.is_relative_to(_static_root()):
            content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        elif path.is_relative_to(_logo_root()) and path.suffix.lower() in LOGO_CONTENT_TYPES:
            content_type = LOGO_CONTENT_TYPES[path.suffix.lower()]
        else:
            raise FatalURLFetchingError(f"PDF rendering may not read {url}")
        return URLFetcherResponse(
            url, body=path.read_bytes(), headers={"Content-Type": content_type}
        )


# Tagged PDF (PDF/UA-1): a structure tree screen readers follow, the document's title (from the
# HTML's <title>) shown by viewers, and its language (from <html lang>).
PDF_VARIANT = "pdf/ua-1"

# WeasyPrint's user-agent stylesheet less what a report never prints: footnotes and notes (their
# rules apply to every element, so each element got five pseudo-elements styled), form fields,
# and right-to-left overrides (the reports' languages are written left to right); list markers
# are styled on list items only. The same figures and pages, 10 % less time on the event report.
_UA_UNUSED = (
    "::footnote-",
    "::note-",
    "[dir",
    "dd[dir",
    ":is(dir, menu, ol, ul)[dir",
    "input",
    "button,",
    "select",
    "textarea",
    "fieldset",
    "@counter-style",  # not unused: WeasyPrint registered them once (UA_COUNTER_STYLE)
)


@functools.cache
def _print_ua_stylesheet():
    from importlib.resources import files

    from weasyprint import CSS
    from weasyprint.html import UA_COUNTER_STYLE

    text = (files("weasyprint.css") / "html5_ua.css").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith(_UA_UNUSED)]
    text = "\n".join(lines).replace("\n::marker {", "\nli::marker {")
    return CSS(string=text, counter_style=UA_COUNTER_STYLE)


def render_pdf(html: str) -> tuple[bytes, int]:
    """The PDF bytes and its page count."""
    from weasyprint import HTML

    class ReportHTML(HTML):
        def _ua_stylesheets(self, forms=False):
            return [_print_ua_stylesheet()]

    base_url = _static_root().as_uri() + "/"
    document = ReportHTML(string=html, base_url=base_url, url_fetcher=StaticOnlyFetcher()).render()
    return document.write_pdf(pdf_variant=PDF_VARIANT), len(document.pages)


def report_storage_dir() -> Path:
    path = Path(settings.MEDIA_ROOT) / "reports"
    path.mkdir(parents=True, exist_ok=True)
    return path


def remove_abandoned_parts(*, older_than) -> None:
    """Delete the temporary files of renders killed midway (never served: only finished jobs
    name a file)."""
    cutoff = time.time() - older_than.total_seconds()
    for part in report_storage_dir().glob("*.part"):
        with contextlib.suppress(FileNotFoundError):
            if part.stat().st_mtime < cutoff:
                part.unlink()
