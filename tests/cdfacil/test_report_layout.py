"""Every report kind of the demo event, in English and French, read back as a reader would see
it: tagged with its title and language, no page less than a quarter full except a chapter's
last, no drawing across the footer or a margin, the contents' page numbers right.

The demo is built and the ten PDFs rendered once for the module, in a transaction rolled back.
"""

import datetime
import html
import io
import re
import zoneinfo
from unittest import mock

import pypdf
import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings

from actionplans.event_report import report_subjects
from builders.demo.content import FOLLOW_UP_TITLE
from cdfacil import pdf, reports, services
from events.models import Event
from tests import pdf_layout

KINDS = ["event", "agenda", "attendance", "results", "plan"]
LANGUAGES = ["en", "fr"]
CASES = [(kind, language) for kind in KINDS for language in LANGUAGES]
# In the group of database tests, which run before the transactional ones empty the tables the
# migrations filled (permissions), which the demo needs.
pytestmark = pytest.mark.django_db
# The demo is dated from today: its pages are checked as of one fixed day, so that the day of
# the week, the months and the quarters the plan spans do not move the page breaks from one
# run to the next.
FROZEN_NOW = datetime.datetime(2026, 12, 7, 10, 30, tzinfo=zoneinfo.ZoneInfo("Africa/Kampala"))


def _subject(kind, event):
    return report_subjects(event)[kind]


@pytest.fixture(scope="module")
def rendered(django_db_setup, django_db_blocker, tmp_path_factory):
    """{(kind, language): (PDF bytes, the HTML's <title>)} for the demo event."""
    found = {}
    media = tmp_path_factory.mktemp("media")
    fast = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=media, PASSWORD_HASHERS=fast),
        mock.patch("django.utils.timezone.now", return_value=FROZEN_NOW),
        transaction.atomic(),
    ):
        call_command("seed_demo", stdout=io.StringIO())
        event = Event.objects.get(title=FOLLOW_UP_TITLE)
        for kind, language in CASES:
            page = services.report_html(
                kind=reports.get(kind), subject=_subject(kind, event), language=language
            )
            title = re.search(r"<title>(.*?)</title>", page, re.S)[1]
            found[kind, language] = (pdf.render_pdf(page)[0], title)
        transaction.set_rollback(True)
    return found


def _case(kind, language, **marks):
    """A parameter, marked xfail (strict) where `marks` names the kind's reason."""
    reason = marks.get(kind)
    return pytest.param(
        kind,
        language,
        id=f"{kind}-{language}",
        marks=[pytest.mark.xfail(strict=True, reason=reason)] if reason else [],
    )


@pytest.mark.parametrize(("kind", "language"), [_case(*case) for case in CASES])
def test_the_pdf_is_tagged_with_its_title_and_language(rendered, kind, language):
    data, title = rendered[kind, language]
    reader = pypdf.PdfReader(io.BytesIO(data))
    catalog = reader.trailer["/Root"]
    assert "/StructTreeRoot" in catalog
    assert catalog["/MarkInfo"]["/Marked"] == True  # noqa: E712  (a PDF boolean)
    assert catalog["/Lang"] == language
    assert reader.metadata.title
    assert reader.metadata.title.strip() == " ".join(html.unescape(title).split())
    assert reader.xmp_metadata.dc_title["x-default"] == reader.metadata.title


SPARSE = {}


@pytest.mark.parametrize(("kind", "language"), [_case(*case, **SPARSE) for case in CASES])
def test_no_page_is_less_than_a_quarter_full_but_a_chapters_last(rendered, kind, language):
    data, _title = rendered[kind, language]
    assert pdf_layout.sparse_pages(data) == []


OUTSIDE = {}


@pytest.mark.parametrize(("kind", "language"), [_case(*case, **OUTSIDE) for case in CASES])
def test_no_drawing_crosses_the_footer_or_a_margin(rendered, kind, language):
    data, _title = rendered[kind, language]
    assert pdf_layout.drawings_outside(data) == []


def _contents(data):
    """The table of contents' entries: those of the page (among the first four) whose lines
    ending with a number name the most bookmarks."""
    titles = {mark.title for mark in pdf_layout.outline(data)}
    reader = pypdf.PdfReader(io.BytesIO(data))
    best = []
    for page in reader.pages[:4]:
        entries = [
            entry for entry in pdf_layout.toc_entries(page.extract_text()) if entry[0] in titles
        ]
        if len(entries) > len(best):
            best = entries
    return best


CONTENTS_KINDS = [kind for kind in KINDS if kind != "attendance"]  # the sign-in sheet has none


@pytest.mark.parametrize(
    ("kind", "language"),
    [_case(kind, language) for kind, language in CASES if kind in CONTENTS_KINDS],
)
def test_the_contents_page_numbers_are_right(rendered, kind, language):
    data, _title = rendered[kind, language]
    entries = _contents(data)
    assert len(entries) >= 2
    assert pdf_layout.toc_mismatches(data, entries) == []


@pytest.fixture(scope="module")
def grown(django_db_setup, django_db_blocker, tmp_path_factory):
    """{kind: PDF bytes} of the event and results reports of the benchmarks' large event (a
    follow-up round, whose comparison chart is the tallest drawing), in English."""
    from builders.demo.grown import grow_demo_event

    fast = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    media = tmp_path_factory.mktemp("media")
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=media, PASSWORD_HASHERS=fast),
        mock.patch("django.utils.timezone.now", return_value=FROZEN_NOW),
        transaction.atomic(),
    ):
        event = grow_demo_event()
        found = {
            kind: pdf.render_pdf(
                services.report_html(
                    kind=reports.get(kind), subject=_subject(kind, event), language="en"
                )
            )[0]
            for kind in ("event", "results")
        }
        transaction.set_rollback(True)
    return found


@pytest.mark.parametrize("kind", ["event", "results"])
def test_the_large_events_charts_stay_inside_the_page(grown, kind):
    assert pdf_layout.drawings_outside(grown[kind]) == []


@pytest.mark.parametrize("kind", ["event", "results"])
def test_the_large_event_has_no_page_less_than_a_quarter_full(grown, kind):
    assert pdf_layout.sparse_pages(grown[kind]) == []
