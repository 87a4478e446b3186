"""The agenda's run-sheet and the attendance sign-in sheet, read back from their PDFs."""

import io
import re

import pypdf
import pytest
from django.core.management import call_command

from builders.demo.content import FOLLOW_UP_TITLE
from builders.demo.grown import grow_demo_event
from cdfacil import pdf, reports, services
from events.models import Event, Participation, Session
from tests.helpers import body_pages

pytestmark = pytest.mark.django_db

HEADINGS = ["#", "Name", "Organisation", "Job title", "Contact", "Signature"]
CERTIFIED = "Certified by the facilitator: Name: Signature: Date:"


@pytest.fixture
def demo():
    call_command("seed_demo", stdout=io.StringIO())
    return Event.objects.get(title=FOLLOW_UP_TITLE)


def pages(name, event, language="en") -> list[str]:
    """The text of each page, its white space made single spaces."""
    html = services.report_html(kind=reports.get(name), subject=event, language=language)
    data, _count = pdf.render_pdf(html)
    reader = pypdf.PdfReader(io.BytesIO(data))
    return body_pages([re.sub(r"\s+", " ", page.extract_text()) for page in reader.pages])


def test_the_run_sheet_gives_each_session_its_facilitator_room_and_the_day_total(demo):
    session = demo.sessions.get(day=2, start_time="09:00")
    session.facilitator, session.room = "Zebedee Quarrington", "Mango Room"
    session.save()
    text = " ".join(pages("agenda", demo))
    for heading in ["Time", "Duration", "Session", "Facilitator", "Room", "Method", "Materials"]:
        assert heading in text
    row = "09:00–10:30 1 h 30 min Individual capacity assessment"
    assert row in text and "Zebedee Quarrington Mango Room" in text
    # The demo fills who leads and where: the core-group lead presents on day 5, in the hall.
    assert "Sarah Nakato Victoria Hall" in text and "Nile Boardroom" in text
    # Day 1 of the standard agenda: 3 hours, 15 minutes of which a break.
    assert "Day total: 2 h 45 min of sessions, 15 min of breaks" in text
    assert "Day total: 6 h 15 min of sessions, 1 h 15 min of breaks" in text  # day 2


def test_the_run_sheet_says_what_a_break_is(demo):
    text = " ".join(pages("agenda", demo))
    # The hour between the morning's last session and 14:00 is named, with its time.
    assert "13:00–14:00 1 h Lunch break" in text
    # A break session spans the row with its length and where it is served.
    assert "10:30–10:45 15 min Break · Terrace" in text
    # The unscheduled quarter-hour on day 3 is a break, not a hole in the day.
    assert "11:00–11:15 15 min Break" in text


def test_the_run_sheet_packs_days_onto_pages_and_reads_right_in_french(demo):
    english = pages("agenda", demo)
    # Five days of the standard agenda fill two pages: a day starts a page only when it
    # would not fit where the last one ended (each day used to take a page of its own).
    days = [n for n, text in enumerate(english) for day in range(1, 6) if f"Day {day} · " in text]
    assert len(days) == 5 and len(set(days)) == 2
    french = " ".join(pages("agenda", demo, language="fr"))
    assert "Objectifs\u00a0:" in french or "Objectifs :" in french
    assert "Pause déjeuner" in french and "Total de la journée" in french
    for text in [" ".join(english), french]:
        assert not re.search(r"[.:;] ?[.:]", text.replace("...", ""))


def _days(sign_in: list[str]) -> dict[int, list[str]]:
    """The sign-in sheet's pages by the day each belongs to."""
    days, day = {}, None
    for text in sign_in:
        found = re.search(r"Day (\d) · ", text)
        day = int(found.group(1)) if found else day
        days.setdefault(day, []).append(text)
    return days


def test_the_sign_in_sheet_has_a_page_a_day_listing_who_is_expected(demo):
    sign_in = pages("attendance", demo)
    days = _days(sign_in)
    # The standard agenda has sessions on each of the five days, and the demo's list fits.
    assert sorted(days) == [1, 2, 3, 4, 5] and len(sign_in) == 5
    for text in sign_in:
        assert " ".join(HEADINGS) in text
        assert text.count(CERTIFIED) == 1
    stakeholder = demo.participations.filter(role=Participation.Role.STAKEHOLDER).first().user
    member = demo.participations.filter(role=Participation.Role.CORE_GROUP).first().user
    for day, texts in days.items():
        page = " ".join(texts)
        # Stakeholders come to the kick-off and the endorsement, the core group every day.
        assert (stakeholder.display_name in page) == (day in (1, 5)), day
        assert member.display_name in page
    # Position and contact are on the line of the person.
    assert f"{stakeholder.job_title} {stakeholder.email}" in days[1][0]
    assert "10 people expected" in days[1][0] and "5 people expected" in days[2][0]


def test_a_session_for_everyone_brings_the_stakeholders_on_a_core_group_day(demo):
    Session.objects.create(
        event=demo,
        day=3,
        start_time="17:00",
        duration_minutes=30,
        title="Open briefing",
        kind=Session.Kind.PLENARY,
        audience=Session.Audience.BROAD_GROUP,
    )
    stakeholder = demo.participations.filter(role=Participation.Role.STAKEHOLDER).first().user
    days = _days(pages("attendance", demo))
    assert stakeholder.display_name in " ".join(days[3])
    assert stakeholder.display_name not in " ".join(days[2])


def test_a_long_list_runs_on_without_leaving_a_page_of_blank_rows():
    event = grow_demo_event(participants=40)
    days = _days(pages("attendance", event))
    assert sorted(days) == [1, 2, 3, 4, 5]
    for day, texts in days.items():
        for text in texts:
            assert " ".join(HEADINGS) in text and text.count(CERTIFIED) == 1
        # Every page of a day holds people of its list: the blank rows for those who come
        # uninvited fill the last page, never a page of their own.
        for text in texts:
            assert re.search(r"\b\d+ \S+ \S+ .*@", text), (day, text[:200])
    # 38 people on the kick-off day: two pages, the first one full.
    assert len(days[1]) == 2
    assert len(re.findall(r"@", days[1][0])) >= 22


def test_an_event_without_sessions_says_so_on_both_sheets(demo):
    demo.sessions.all().delete()
    assert "No sessions on this day." in " ".join(pages("agenda", demo))
    sign_in = pages("attendance", demo)
    assert len(sign_in) == 1 and "there is no day to sign for" in sign_in[0]


def test_a_day_longer_than_a_page_runs_on_under_its_headings(demo):
    Session.objects.bulk_create(
        Session(
            event=demo,
            day=3,
            start_time=f"{7 + n // 2}:{30 * (n % 2):02d}",
            duration_minutes=30,
            title=f"Working group round {n}",
            kind=Session.Kind.ASSESSMENT,
            objectives="Each group reviews one level of the framework and reports back. " * 3,
        )
        for n in range(24)
    )
    texts = pages("agenda", demo)
    rounds = [n for n, text in enumerate(texts) if "Working group round" in text]
    assert len(set(rounds)) >= 2
    for number in set(rounds):
        assert "Time Duration Session Facilitator Room Method Materials" in texts[number]
