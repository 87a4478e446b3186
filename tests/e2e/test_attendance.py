"""Checking people in at the door, on a phone: the day's page at 375 px, a search as you type,
a tick on the person found, "All present", then a tick undone; axe on the page before and after.
Screenshots `attendance-day-375.png` and `attendance-day-1280.png`."""

import pytest
from playwright.sync_api import expect

from builders.factories import DEFAULT_PASSWORD, UserFactory
from events.models import Attendance, Participation, Session
from events.services.people import participation_add
from tests.e2e.helpers import DESKTOP, PHONE, settle

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def kick_off_people(event, core_group, stakeholder, civil_society_org, partner_org):
    """The broad group of day 1: the core group, and stakeholders of two more organisations."""
    for first, last, organisation in [
        ("Amina", "Okello", civil_society_org),
        ("Peter", "Mugisha", civil_society_org),
        ("Sarah", "Nambi", partner_org),
    ]:
        user = UserFactory(organisation=organisation, first_name=first, last_name=last)
        participation_add(event=event, user=user, role=Participation.Role.STAKEHOLDER)
    return event


def rows(page):
    return page.locator("#attendance-people label.attendance-row")


def test_checking_people_in_on_a_phone(
    new_page, sign_in, facilitator, kick_off_people, check_a11y, shot
):
    event = kick_off_people
    expected = event.participations.exclude(role=Participation.Role.FACILITATOR).count()
    assert expected == 8
    page = new_page(*PHONE)
    sign_in(page, facilitator.username, DEFAULT_PASSWORD)
    page.goto(f"/events/{event.pk}/attendance/")
    settle(page)
    assert page.url.endswith(f"/events/{event.pk}/attendance/day/1/")
    expect(page.locator("#attendance-count")).to_contain_text(f"0 of {expected} present")
    expect(rows(page)).to_have_count(expected)
    check_a11y(page, "attendance by day")

    # Every tick is a target of at least 44 x 44 px: the whole row of the person.
    for box in [rows(page).nth(i).bounding_box() for i in range(expected)]:
        assert box["height"] >= 44 and box["width"] >= 300, box
    for button in page.locator("#attendance-form button, .attendance-bar button").all():
        assert button.bounding_box()["height"] >= 44

    # Search as you type: "sar" finds Sarah alone; a tap on her row checks her in.
    page.locator("#attendance-search").press_sequentially("sar")
    expect(rows(page)).to_have_count(1)
    expect(rows(page).first).to_contain_text("Sarah Nambi")
    rows(page).first.click()
    expect(page.locator("#attendance-count")).to_contain_text(f"1 of {expected} present")
    expect(page.locator("#attendance-count")).to_contain_text("Sarah Nambi is checked in.")
    settle(page)
    sarah = Participation.objects.get(user__first_name="Sarah")
    day_one = set(
        Session.objects.filter(event=event, day=1)
        .exclude(kind=Session.Kind.BREAK)
        .values_list("pk", flat=True)
    )
    assert (
        set(
            Attendance.objects.filter(participation=sarah, present=True).values_list(
                "session_id", flat=True
            )
        )
        == day_one
    )

    # Cleared, the search lists everyone again; "All present" checks the rest in.
    page.locator("#attendance-search").fill("")
    expect(rows(page)).to_have_count(expected)
    page.locator("#attendance-form button[name=all]").click()
    page.wait_for_load_state("load")
    expect(page.locator(".alert-success")).to_contain_text(f"{expected} people marked present")
    expect(page.locator("#attendance-count")).to_contain_text(f"{expected} of {expected} present")
    expect(page.locator("#attendance-people input[type=checkbox]:checked")).to_have_count(expected)

    # Amina did not come after all: one tap unticks her.
    page.locator("#attendance-people label.attendance-row", has_text="Amina Okello").click()
    expect(page.locator("#attendance-count")).to_contain_text(
        f"{expected - 1} of {expected} present"
    )
    settle(page)
    amina = Participation.objects.get(user__first_name="Amina")
    assert not Attendance.objects.filter(participation=amina, present=True).exists()
    check_a11y(page, "attendance by day, checked in")
    page.evaluate("() => window.scrollTo(0, 0)")
    shot(page, "attendance-day")

    desktop = new_page(*DESKTOP)
    sign_in(desktop, facilitator.username, DEFAULT_PASSWORD)
    desktop.goto(f"/events/{event.pk}/attendance/day/1/")
    settle(desktop)
    check_a11y(desktop, "attendance by day")
    shot(desktop, "attendance-day")

    assert not check_a11y.violations, check_a11y.report()
