"""A facilitator drags a session from day 3 to day 1 at 1280 px, then moves one to another day
with the keyboard alone; the days are re-timed, the totals and the late-day warning show, and
axe finds nothing serious at 1280 and 375 px."""

import datetime

import pytest
from playwright.sync_api import expect

from builders.factories import DEFAULT_PASSWORD
from events.models import Session
from tests.e2e.helpers import DESKTOP, PHONE, settle
from tests.events.helpers import day_sessions, url

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def drag(page, source, target, *, arrived):
    """Press on the handle, move in small steps onto the target, and release once the session
    shows where it will land (`arrived`): as a hand does. SortableJS looks where the pointer
    is every 50 ms, so the hand waits for it. The target is scrolled to the top first, so both
    are on the screen."""
    target.evaluate("(element) => element.scrollIntoView({block: 'start', behavior: 'instant'})")
    start, end = source.bounding_box(), target.bounding_box()
    page.mouse.move(start["x"] + start["width"] / 2, start["y"] + start["height"] / 2)
    page.mouse.down()
    page.mouse.move(end["x"] + end["width"] / 2, end["y"] + end["height"] - 4, steps=20)
    expect(arrived).to_be_attached()
    page.mouse.up()


def test_drag_a_session_to_another_day_and_move_one_by_keyboard(
    new_page, sign_in, check_a11y, shot, event, facilitator
):
    consensus = day_sessions(event, 2)[0]
    endorsement = day_sessions(event, 5)[-1]
    endorsement.duration_minutes = 600  # 11:15 to 21:15: the day shows its warning
    endorsement.save()
    page = new_page(*DESKTOP)
    sign_in(page, facilitator.username, DEFAULT_PASSWORD)
    page.goto(url("agenda", event))
    settle(page)
    expect(page.locator("#day-5 .day-late")).to_contain_text("This day ends at 21:15")
    expect(page.locator("#day-2 .day-total")).to_contain_text("6 h 15 min planned")
    check_a11y(page, "agenda")

    # Drag the first session of day 2 below the last session of day 1.
    handle = page.locator(f"#session-{consensus.pk} .drag-handle")
    expect(handle).to_be_visible()
    drag(
        page,
        handle,
        page.locator("#day-1 li[data-session]").last,
        arrived=page.locator(f"#day-1 #session-{consensus.pk}"),
    )
    expect(page.locator("#agenda-days .alert-success")).to_contain_text(
        f"“{consensus.title}” moved to day 1, at 12:00."
    )
    settle(page)
    expect(page.locator(f"#day-1 #session-{consensus.pk} .time")).to_have_text("12:00-13:30")
    expect(page.locator("#day-2 li[data-session] .time")).to_have_text(
        ["09:00-09:15", "09:15-11:30", "11:30-14:00"]
    )
    assert Session.objects.get(pk=consensus.pk).day == 1

    # With the keyboard: focus the day picker of day 4's first session, choose day 2, then Tab
    # to its button and press Enter. Focus comes back to the session's picker on day 2.
    first_of_day4 = day_sessions(event, 4)[0]
    picker = page.locator(f"#session-{first_of_day4.pk} select[name=day]")
    picker.focus()
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")
    expect(picker).to_have_value("2")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page.locator("#agenda-days .alert-success")).to_contain_text(
        f"“{first_of_day4.title}” moved to day 2, at 14:00."
    )
    settle(page)
    moved_picker = page.locator(f"#day-2 #session-{first_of_day4.pk} select[name=day]")
    expect(moved_picker).to_be_focused()
    expect(page.locator("#day-2 .day-total")).to_contain_text("09:00-17:00")
    assert Session.objects.get(pk=first_of_day4.pk).day == 2
    assert day_sessions(event, 2)[-1].start_time == datetime.time(14, 0)
    check_a11y(page, "agenda after moves")
    page.goto(url("agenda", event) + "#day-2")
    settle(page)
    shot(page, "agenda-days")

    phone = new_page(*PHONE)
    sign_in(phone, facilitator.username, DEFAULT_PASSWORD)
    phone.goto(url("agenda", event))
    settle(phone)
    check_a11y(phone, "agenda on a phone")
    shot(phone, "agenda-days")
    assert check_a11y.violations == []
