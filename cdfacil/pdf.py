"""HTML to PDF with WeasyPrint, reading nothing but the app's own static files.

WeasyPrint never fetches from the network or from the rest of the file system: the fetcher
serves file URLs under the project's static folder (the print stylesheet and the shipped fonts)
and refuses everything else, which fails the render.
"""

import contextlib
import mimetypes
import time
from pathlib import Path

from django.conf import settings
from weasyprint.urls import FatalURLFetchingError, URLFetcher, URLFetcherResponse


def _static_root() -> Path:
    return Path(settings.BASE_DIR, "static").resolve()


class StaticOnlyFetcher(URLFetcher):
    def __init__(self):
        super().__init__(fail_on_errors=True)

    def fetch(self, url, headers=None):
        root = _static_root()
        if not url.startswith("file://"):
            raise FatalURLFetchingError(f"PDF rendering may not fetch {url}")
        path = Path(url.removeprefix("file://").split("?")[0]).resolve()
        if not path.is_file() or not path.is_relative_to(root):
            raise FatalURLFetchingError(f"PDF rendering may not read {url}")
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return URLFetcherResponse(
            url, body=path.read_bytes(), headers={"Content-Type": content_type}
        )


# Tagged PDF (PDF/UA-1): a structure tree screen readers follow, the document's title (from the
# HTML's <title>) shown by viewers, and its language (from <html lang>).
PDF_VARIANT = "pdf/ua-1"


def render_pdf(html: str) -> tuple[bytes, int]:
    """The PDF bytes and its page count."""
    from weasyprint import HTML

    base_url = _static_root().as_uri() + "/"
    document = HTML(string=html, base_url=base_url, url_fetcher=StaticOnlyFetcher()).render()
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
