"""The reports' front matter, read back from the PDF: the cover, the one-page summary and the
contents, whose page numbers must be those where each chapter heading is printed."""

import io
import re

import pypdf
import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import transaction
from PIL import Image

from actionplans.event_report import report_subjects
from actionplans.selectors.endorsement import lead_organisation
from builders.demo.content import FOLLOW_UP_TITLE
from cdfacil import pdf, reports, services
from events.models import Event

pytestmark = pytest.mark.django_db

CONTENTS_LINE = re.compile(r"^(?P<title>.+?)\s*\.{3,}\s*(?P<page>\d+)$")


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture(scope="module")
def _seeded(django_db_setup, django_db_blocker):
    """The demo, built once for the module inside a transaction rolled back at its end (as a
    TestCase's class data); each test's own changes are rolled back to it."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        call_command("seed_demo", stdout=io.StringIO())
    yield
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)


@pytest.fixture
def demo(_seeded):
    return Event.objects.get(title=FOLLOW_UP_TITLE)


def subject(name, event):
    return report_subjects(event)[name]


def render(name, event, language="en"):
    html = services.report_html(
        kind=reports.get(name), subject=subject(name, event), language=language
    )
    data, _pages = pdf.render_pdf(html)
    reader = pypdf.PdfReader(io.BytesIO(data))
    return reader, [page.extract_text() for page in reader.pages]


def lines(text) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def contents_of(texts) -> tuple[int, list[tuple[str, int]]]:
    """(the contents page's index, [(chapter, printed page number), ...])."""
    index = next(i for i, text in enumerate(texts) if lines(text)[:1] == ["Contents"])
    entries = []
    for line in lines(texts[index])[1:]:
        found = CONTENTS_LINE.match(line)
        if found:
            entries.append((found["title"], int(found["page"])))
    return index, entries


@pytest.mark.parametrize("name", ["event", "plan"])
def test_the_contents_page_numbers_are_where_each_chapter_begins(demo, name):
    texts = render(name, demo)[1]
    index, entries = contents_of(texts)
    assert len(entries) >= 3, entries
    # Each heading is looked for in order from where the chapter before it was found, as a
    # line of its own: a word of a heading may also appear earlier, in a list or a table.
    start = index + 1
    for title, printed in entries:
        actual = next((i + 1 for i in range(start, len(texts)) if title in lines(texts[i])), None)
        assert actual == printed, f"{title}: contents say page {printed}, it is on {actual}"
        start = actual - 1
    assert len({page for _title, page in entries}) > 1  # the numbers are not all one


def test_the_results_and_agenda_contents_list_their_sections(demo):
    for name, expected in [("results", "Largest gaps"), ("agenda", "Day 1")]:
        texts = render(name, demo)[1]
        _index, entries = contents_of(texts)
        assert any(expected in title for title, _page in entries), (name, entries)


def test_the_cover_names_the_lead_ministry_the_period_and_the_version(demo):
    texts = render("plan", demo)[1]
    cover = texts[0]
    ministry = lead_organisation(event=demo)
    assert ministry.is_government
    assert "Owner" in cover and str(ministry) in cover
    assert "Action plan" in cover and demo.title in " ".join(lines(cover))
    assert "Version 1 (Endorsed)" in cover
    assert "1 October 2026 to 30 September 2028" in cover
    # A cover, not a page of the body: no page number, no summary.
    assert "1 /" not in cover and "Summary" not in cover


def test_the_cover_prints_the_lead_ministrys_logo(demo):
    ministry = lead_organisation(event=demo)
    without = render("agenda", demo)[0]
    buffer = io.BytesIO()
    Image.new("RGB", (300, 120), (0, 90, 160)).save(buffer, format="PNG")
    ministry.logo.save("logo.png", ContentFile(buffer.getvalue()))
    reader = render("agenda", demo)[0]
    assert len(reader.pages[0].images) == len(without.pages[0].images) + 1


def test_the_event_reports_summary_has_money_per_currency_and_the_plans_has_not(demo):
    event_summary = " ".join(lines(render("event", demo)[1][1]))
    assert "Summary" in event_summary
    for words in ("Estimated cost", "Pledged", "Funding gap", "UGX", "USD"):
        assert words in event_summary, words
    # UGX has no minor unit; USD two.
    assert re.search(r"\d{3},\d{3} UGX", event_summary)
    assert not re.search(r"\d\.\d\d UGX", event_summary)
    assert re.search(r"\d\.\d\d USD", event_summary)
    plan_summary = " ".join(lines(render("plan", demo)[1][1]))
    assert "Summary" in plan_summary
    for words in ("Pledged", "Funding gap", "UGX", "USD"):
        assert words not in plan_summary, words


def test_the_summary_gives_participants_gaps_key_issues_actions_and_the_tally(demo):
    summary = " ".join(lines(render("event", demo)[1][1]))
    assert re.search(r"\d+ participants", summary)
    assert "Government" in summary and "Facilitator" in summary
    assert "The largest gaps" in summary and "Baseline, round 1" in summary
    assert "Key issues" in summary and "dots" in summary
    assert re.search(r"\d+ actions", summary)
    assert "Version 1: Endorsed" in summary and re.search(r"Endorse \d", summary)


def test_the_french_front_matter_is_in_french_with_its_figures(demo):
    texts = render("event", demo, language="fr")[1]
    assert "Propriétaire" in texts[0] or "Responsable" in texts[0]
    summary = " ".join(lines(texts[1]))
    assert "Résumé" in summary
    assert re.search(r"\d,\d", summary)  # scores with a decimal comma
    assert not re.search(r"\b\d\.\d\b", summary)
    assert "Table des matières" in texts[2]


def test_the_sign_in_sheet_has_no_cover_summary_or_contents(demo):
    texts = render("attendance", demo)[1]
    first = " ".join(lines(texts[0]))
    assert "Attendance sign-in sheet" in first and "Name" in first
    assert "Owner" not in first
    assert not any("Summary" in text or "Contents" in text for text in texts)


def test_a_new_logo_is_a_new_content_so_the_report_is_made_again(demo):
    """The front matter is fingerprinted with the content: a finished report of the same
    content is reused, but not once the cover changed."""
    kind = reports.get("agenda")

    def made():
        job = services.report_request(kind=kind, subject=demo, language="en", by=None)
        services.report_render(job_id=job.pk)
        job.refresh_from_db()
        assert job.status == "done", job.error
        return job

    first, again = made(), made()
    assert again.file_name == first.file_name  # the same content: the file is reused
    buffer = io.BytesIO()
    Image.new("RGB", (60, 30), (0, 90, 160)).save(buffer, format="PNG")
    lead_organisation(event=demo).logo.save("logo.png", ContentFile(buffer.getvalue()))
    changed = made()
    assert changed.content_fingerprint != first.content_fingerprint
    assert changed.file_name != first.file_name


def test_the_plans_summary_has_no_scores_the_event_and_results_have(demo):
    """The plan goes to stakeholders and donors, who may not open the results."""
    plan_summary = " ".join(lines(render("plan", demo)[1][1]))
    assert "Summary" in plan_summary and "Key issues" in plan_summary
    for words in ("largest gaps", "Baseline, round 1", "Current", "Desired", "No closed"):
        assert words not in plan_summary, words
    assert reports.front_matter("plan", subject("plan", demo))["gaps"] is None
    for name in ("event", "results"):
        summary = " ".join(lines(render(name, demo)[1][1]))
        assert "The largest gaps" in summary and "Baseline, round 1" in summary, name


def test_the_summary_and_the_body_name_the_no_position_row_alike(demo):
    # The demo's endorsed version was closed through the service, which kept its record.
    record = subject("plan", demo).closing_record
    assert record["lead"] and record["counts"]["none"] > 0
    texts = render("plan", demo)[1]
    summary = " ".join(lines(texts[1]))
    body = " ".join(" ".join(lines(text)) for text in texts[2:])
    assert "Version 1: Endorsed" in summary
    assert "Not yet" not in summary
    found = re.search(r"Present, no position taken (\d+)", summary)
    assert found, summary
    assert f"Present, no position taken {found[1]}" in body
    assert int(found[1]) == record["counts"]["none"]
