"""The dot vote in the room: a member places dots on a phone while the facilitator's screen
shows who still has dots, refreshed by polling, with no totals; the facilitator reveals them
and the member's phone shows them without a reload. axe on both pages. Screenshots
`key-issues-dots-1280.png` (the facilitator, totals hidden) and `key-issues-dots-375.png`
(the member, totals revealed)."""

import pytest
from playwright.sync_api import expect

from builders.factories import DEFAULT_PASSWORD
from tests.actionplans.helpers import issue
from tests.e2e.helpers import DESKTOP, PHONE, settle

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ISSUES = [
    "Weak human resource planning in districts",
    "Fragmented support to capacity development",
    "No budget line for supervision",
]


def test_dots_hidden_until_revealed_and_refreshed_by_polling(
    new_page, sign_in, facilitator, event, core_group, check_a11y, shot
):
    issues = [issue(event, title) for title in ISSUES]
    member = core_group[1].user
    path = f"/events/{event.pk}/plan/key-issues/"

    board = new_page(*DESKTOP)
    sign_in(board, facilitator.username, DEFAULT_PASSWORD)
    board.goto(path)
    settle(board)
    waiting = board.locator("#ballot-waiting")
    expect(waiting).to_contain_text(member.display_name)
    expect(board.locator("#key-issues")).to_have_attribute("hx-trigger", "every 5s")
    check_a11y(board, "dot vote, facilitator")

    phone = new_page(*PHONE)
    sign_in(phone, member.username, DEFAULT_PASSWORD)
    phone.goto(path)
    settle(phone)
    plus = phone.locator(f"#issue-{issues[1].pk} form:has(input[name=step][value='1']) button")
    for left in (4, 3, 2, 1, 0):
        plus.click()
        expect(phone.locator("#key-issues")).to_contain_text(f"You have {left} of 5 dots left.")
    expect(phone.locator(".badge.text-bg-primary")).to_have_count(0)
    check_a11y(phone, "dot vote, member")

    # The facilitator's screen learns it by itself: the member has no dots left.
    expect(waiting).not_to_contain_text(member.display_name)
    expect(board.locator(".badge.text-bg-primary")).to_have_count(0)
    expect(board.locator("#ballot-progress")).to_contain_text("5 dots placed")
    board.evaluate("() => window.scrollTo(0, 0)")
    shot(board, "key-issues-dots")

    board.locator(f'form[action="{path}vote/reveal/"] button').click()
    board.wait_for_load_state("load")
    expect(board.locator(".alert-success")).to_contain_text("The totals now show to everyone.")
    expect(board.locator("#key-issues .badge.text-bg-primary").first).to_contain_text("5 dots")

    # The phone shows the totals without a reload, the most dots first.
    expect(phone.locator("#key-issues .badge.text-bg-primary")).to_have_count(3)
    expect(phone.locator("#key-issues li").first).to_contain_text(ISSUES[1])
    expect(phone.locator("#key-issues")).to_contain_text("The facilitator revealed the totals.")
    settle(phone)
    check_a11y(phone, "dot vote, member, revealed")
    shot(phone, "key-issues-dots")

    assert not check_a11y.violations, check_a11y.report()
