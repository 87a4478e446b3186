"""The run-sheet's arithmetic: breaks and lunch between sessions, the day's totals, who is
expected on a day, and the blank rows of the sign-in sheet."""

import datetime
from types import SimpleNamespace

import pytest
from django.utils import translation

from events.run_sheet import (
    SIGN_IN_FIRST_PAGE,
    SIGN_IN_NEXT_PAGE,
    day_rows,
    duration_text,
    expected_roles,
    run_sheet_day,
    sign_in_row_height,
    walk_in_rows,
)
from events.selectors.attendance import AUDIENCE_ROLES
from tests.events.helpers import url
from tests.events.views.test_agenda import session_data


def session(start, minutes, kind="assessment", audience="core_group", title="Work"):
    hour, minute = map(int, start.split(":"))
    return SimpleNamespace(
        start_time=datetime.time(hour, minute),
        duration_minutes=minutes,
        kind=kind,
        audience=audience,
        title=title,
    )


def test_the_gaps_of_a_day_are_breaks_and_the_midday_one_is_lunch():
    day = [
        session("09:00", 120),
        session("11:15", 105),
        session("14:00", 90),
        session("15:30", 15, kind="break", title="Tea"),
    ]
    rows = day_rows(day)
    gaps = [
        (row.starts.isoformat("minutes"), row.minutes, row.label) for row in rows if not row.session
    ]
    assert gaps == [("11:00", 15, "Break"), ("13:00", 60, "Lunch break")]
    # A break session says what its title says; it counts with the gaps as break time.
    assert rows[-1].is_break and rows[-1].label == "Tea"
    sheet = run_sheet_day(day)
    assert (sheet.session_minutes, sheet.break_minutes) == (315, 90)
    assert (sheet.session_time, sheet.break_time) == ("5 h 15 min", "1 h 30 min")


def test_a_break_session_with_the_default_title_is_named_in_the_reports_language():
    """The default agenda stores its breaks titled "Break" in the language they were made in; a
    French report says "Pause", and a long one at midday is lunch, like a gap."""
    day = [
        session("09:00", 120),
        session("11:00", 15, kind="break", title="Break"),
        session("11:15", 45),
        session("12:00", 120, kind="break", title="Pause"),
        session("14:00", 60),
    ]
    with translation.override("fr"):
        labels = [row.label for row in day_rows(day) if row.is_break]
    assert labels == ["Pause", "Pause déjeuner"]
    with translation.override("en"):
        labels = [row.label for row in day_rows(day) if row.is_break]
    assert labels == ["Break", "Lunch break"]


def test_sessions_that_overlap_leave_no_gap_and_a_short_pause_at_noon_is_not_lunch():
    rows = day_rows([session("09:00", 120), session("10:00", 60), session("11:00", 70)])
    assert [row.session is None for row in rows] == [False, False, False]
    rows = day_rows([session("11:00", 60), session("12:15", 60)])
    assert rows[1].label == "Break" and not rows[1].is_lunch


def test_durations_read_in_the_language():
    assert [duration_text(m) for m in (45, 60, 135)] == ["45 min", "1 h", "2 h 15 min"]
    with translation.override("fr"):
        assert run_sheet_day([session("12:00", 60), session("14:00", 30)]).rows[1].label == (
            "Pause déjeuner"
        )


def test_a_day_expects_the_roles_its_sessions_are_for_breaks_apart():
    core_day = [session("09:00", 60), session("10:00", 15, kind="break", audience="broad_group")]
    assert expected_roles(core_day, AUDIENCE_ROLES) == {"core_group"}
    open_day = [*core_day, session("11:00", 60, audience="broad_group")]
    assert expected_roles(open_day, AUDIENCE_ROLES) == {"core_group", "stakeholder"}
    assert expected_roles([], AUDIENCE_ROLES) == frozenset()


def test_blank_rows_fill_the_last_page_and_never_start_one():
    one_line = sign_in_row_height(["Ann Lee", "MoH", "Nurse", "ann@example.org"])
    two_lines = sign_in_row_height(
        ["Ann Lee", "Ministry of Finance, Planning and Economic Development", "", ""]
    )
    assert one_line == 1 and two_lines > 1
    assert walk_in_rows([one_line] * 10, most=8) == 8
    # The list ends near the foot of the first page: only what still fits there.
    assert walk_in_rows([one_line] * (SIGN_IN_FIRST_PAGE - 2), most=8) == 2
    assert walk_in_rows([one_line] * SIGN_IN_FIRST_PAGE, most=8) == 0
    # A list that runs onto a second page fills that page's foot.
    assert walk_in_rows([one_line] * (SIGN_IN_FIRST_PAGE + SIGN_IN_NEXT_PAGE - 3), most=8) == 3


@pytest.mark.django_db
def test_the_session_form_keeps_its_facilitator_and_room(fclient, event):
    first = event.sessions.filter(day=2).order_by("start_time").first()
    data = session_data(first, facilitator="Odile Quennell", room="Kivu Room")
    assert fclient.post(url("session_edit", event, first.pk), data).status_code == 302
    first.refresh_from_db()
    assert (first.facilitator, first.room) == ("Odile Quennell", "Kivu Room")
    page = fclient.get(url("session_edit", event, first.pk)).content.decode()
    assert 'name="facilitator"' in page and "Kivu Room" in page
    assert "Odile Quennell · Kivu Room" in fclient.get(url("agenda", event)).content.decode()
    assert "Kivu Room" in fclient.get(url("run_sheet", event)).content.decode()
