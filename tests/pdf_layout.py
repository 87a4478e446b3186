"""Layout checks on a rendered PDF, read back from its bytes with pdfplumber and pypdf.

- `filled_fractions` and `sparse_pages`: how far down each page's content reaches, and the pages
  less than a quarter full that do not end a chapter.
- `drawings_outside`: every drawing (SVG chart, image, rule, box) must lie inside the page's
  content box; a chart taller than the page crosses the footer and is listed.
- `outline` and `toc_mismatches`: the PDF's bookmarks (WeasyPrint makes them from h1-h6) with
  the page each points at, and a table of contents' printed page numbers checked against them.

The content box comes from the page margins of static/css/print.css: A4 portrait 20 mm top,
22 mm bottom, 16 mm sides; the sign-in sheet's landscape page 12 mm top, 14 mm bottom, 12 mm
sides. The running header and footer sit in those margins and are not content.
"""

import functools
import io
import re
from dataclasses import dataclass

import pdfplumber
import pypdf

MM = 72 / 25.4  # PDF points per millimetre
TOLERANCE = 3  # points (about 1 mm): stroke widths, a split box's border, rounding
SPARSE = 0.25  # a page filled less than this is sparse


@dataclass(frozen=True)
class Margins:
    top: float
    right: float
    bottom: float
    left: float


PORTRAIT = Margins(20 * MM, 16 * MM, 22 * MM, 16 * MM)
LANDSCAPE = Margins(12 * MM, 12 * MM, 14 * MM, 12 * MM)  # @page sign-in


@dataclass(frozen=True)
class Box:
    """A box in pdfplumber's coordinates: points from the page's left and top edges."""

    x0: float
    top: float
    x1: float
    bottom: float

    def contains(self, other: "Box", tolerance: float = TOLERANCE) -> bool:
        return (
            other.x0 >= self.x0 - tolerance
            and other.top >= self.top - tolerance
            and other.x1 <= self.x1 + tolerance
            and other.bottom <= self.bottom + tolerance
        )

    def union(self, other: "Box") -> "Box":
        return Box(
            min(self.x0, other.x0),
            min(self.top, other.top),
            max(self.x1, other.x1),
            max(self.bottom, other.bottom),
        )


@dataclass(frozen=True)
class Page:
    """What the checks need of a page: its size, its text's boxes and its drawings' boxes
    (images, rectangles, lines and curves: SVG is drawn inline as paths, so a chart is a group
    of these)."""

    width: float
    height: float
    texts: tuple
    drawings: tuple


def content_box(page: Page) -> Box:
    """The page's content box: the page less its margins (portrait or landscape)."""
    margins = LANDSCAPE if page.width > page.height else PORTRAIT
    return Box(margins.left, margins.top, page.width - margins.right, page.height - margins.bottom)


def _box(obj) -> Box:
    return Box(obj["x0"], obj["top"], obj["x1"], obj["bottom"])


@functools.lru_cache(maxsize=16)
def pages(data: bytes) -> tuple:
    """The PDF's pages, read once per document (pdfplumber is slow on long reports)."""
    with pdfplumber.open(io.BytesIO(data)) as document:
        return tuple(
            Page(
                page.width,
                page.height,
                tuple(_box(char) for char in page.chars),
                tuple(_box(obj) for obj in [*page.images, *page.rects, *page.lines, *page.curves]),
            )
            for page in document.pages
        )


def filled_fractions(data: bytes) -> list[float]:
    """For each page, the share of the content box's height its content fills: from the top of
    the content box to the lowest content bottom. Objects lying wholly in the header or footer
    band are the running header and footer, not content; content running into the footer
    counts as a full page."""
    fractions = []
    for page in pages(data):
        box = content_box(page)
        lowest = box.top
        for found in (*page.texts, *page.drawings):
            if found.bottom <= box.top + TOLERANCE or found.top >= box.bottom - TOLERANCE:
                continue  # the running header or footer
            lowest = max(lowest, min(found.bottom, box.bottom))
        fractions.append((lowest - box.top) / (box.bottom - box.top))
    return fractions


@dataclass(frozen=True)
class Bookmark:
    title: str
    page: int  # 1-based
    depth: int  # 0 for the outline's top level


def outline(data: bytes) -> list[Bookmark]:
    """The PDF's bookmarks in document order, with the page each points at."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    found = []

    def walk(items, depth):
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                title = re.sub(r"\s+", " ", item.title).strip()
                found.append(Bookmark(title, reader.get_destination_page_number(item) + 1, depth))

    walk(reader.outline, 0)
    return found


def chapter_start_pages(data: bytes, *, headings=None, chapter_depth=None) -> set[int]:
    """The pages (1-based) where a chapter starts. A chapter runs from one h2 to the next.

    With `headings`, the chapters are the bookmarks with those titles. Otherwise they are the
    bookmarks at `chapter_depth`; by default the depth of the h2 headings: 1 when a single
    bookmark (the report's h1 title) holds all the others, 0 otherwise."""
    marks = outline(data)
    if headings is not None:
        wanted = {re.sub(r"\s+", " ", heading).strip() for heading in headings}
        return {mark.page for mark in marks if mark.title in wanted}
    if chapter_depth is None:
        top_level = [mark for mark in marks if mark.depth == 0]
        chapter_depth = 1 if len(top_level) == 1 and len(marks) > 1 else 0
    return {mark.page for mark in marks if mark.depth == chapter_depth}


def sparse_pages(data: bytes, *, headings=None, chapter_depth=None, least=SPARSE) -> list:
    """The pages (1-based) less than `least` full that are not the last page of a chapter (the
    document's last page, or a page followed by one where a chapter starts), with their filled
    fraction: [(page, fraction), ...]."""
    fractions = filled_fractions(data)
    starts = chapter_start_pages(data, headings=headings, chapter_depth=chapter_depth)
    last = len(fractions)
    return [
        (number, round(fraction, 2))
        for number, fraction in enumerate(fractions, start=1)
        if fraction < least and number != last and number + 1 not in starts
    ]


def drawings_outside(data: bytes) -> list:
    """The pages (1-based) where a drawing crosses the content box (into the header, the footer,
    a side margin or off the page), with the union of the offending boxes in points:
    [(page, Box), ...]."""
    found = []
    for number, page in enumerate(pages(data), start=1):
        box = content_box(page)
        offending = None
        for drawing in page.drawings:
            if not box.contains(drawing):
                offending = drawing if offending is None else offending.union(drawing)
        if offending is not None:
            found.append((number, offending))
    return found


TOC_LINE = re.compile(r"^(?P<title>.*?\S)[\s.·…]*?\s(?P<page>\d+)$")


def toc_entries(text: str) -> list[tuple[str, int]]:
    """(heading, printed page) pairs from a table of contents' text, one entry a line ending
    with its page number (dot leaders allowed)."""
    entries = []
    for line in text.splitlines():
        match = TOC_LINE.match(line.strip())
        if match:
            title = re.sub(r"[\s.·…]+$", "", match["title"])
            entries.append((re.sub(r"\s+", " ", title), int(match["page"])))
    return entries


def toc_mismatches(data: bytes, entries) -> list:
    """The entries of a table of contents, given as (heading text, printed page) pairs, whose
    page is not the one the heading's bookmark points at, or that have no bookmark:
    [(heading, printed, actual or None), ...]."""
    pages = {}
    for mark in outline(data):
        pages.setdefault(mark.title, mark.page)
    wrong = []
    for heading, printed in entries:
        actual = pages.get(re.sub(r"\s+", " ", heading).strip())
        if actual != printed:
            wrong.append((heading, printed, actual))
    return wrong
