"""People in bulk, in Chromium at 1280 and 375 px: a CSV of 40 people with 3 wrong lines is
previewed with the error of each line, then sent once confirmed; axe on each page."""

import pytest
from django.core import mail
from playwright.sync_api import expect

from builders.factories import DEFAULT_PASSWORD
from events.models import Invitation
from tests.e2e.helpers import DESKTOP, PHONE, settle, url_re
from tests.events.helpers import url
from tests.events.views.test_bulk_invitations import forty_lines

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["1280", "375"])
def test_a_csv_of_40_people_is_previewed_then_sent(
    new_page,
    sign_in,
    check_a11y,
    shot,
    tmp_path,
    event,
    facilitator,
    government_org,
    civil_society_org,
    size,
):
    sheet = tmp_path / "people.csv"
    sheet.write_text("\ufeff" + forty_lines(separator=";"), encoding="utf-8")
    page = new_page(*size)
    sign_in(page, facilitator.username, DEFAULT_PASSWORD)
    page.goto(url("people", event))
    page.locator(f'main a[href="{url("invite_many", event)}"]').click()
    page.wait_for_url(url_re(url("invite_many", event)))
    settle(page)
    check_a11y(page, "invite many")

    page.locator("#id_file").set_input_files(str(sheet))
    page.locator("main form[enctype] button[type=submit]").click()
    page.wait_for_load_state("load")
    settle(page)
    errors = page.locator(".bulk-error")
    expect(errors).to_have_count(3)
    expect(errors.nth(0)).to_contain_text("Line 6")
    expect(errors.nth(1)).to_contain_text("Ministry of Magic")
    expect(errors.nth(2)).to_contain_text("The same email as line 4.")
    expect(page.locator(".bulk-ready")).to_have_count(37)
    expect(page.locator("#id_text")).to_have_value(forty_lines(separator=";"))
    check_a11y(page, "invite many, preview")
    shot(page, "people-bulk-preview")
    assert not Invitation.objects.exists() and mail.outbox == []

    confirm = page.locator(f'main form[action="{url("invite_many_confirm", event)}"]')
    confirm.locator("button[type=submit]").click()
    page.wait_for_url(url_re(url("people", event)))
    settle(page)
    expect(page.locator(".alert-success")).to_contain_text("37 invitations were sent")
    check_a11y(page, "people after the send")
    assert Invitation.objects.filter(event=event).count() == 37
    assert len(mail.outbox) == 37
    assert not check_a11y.violations, "\n".join(str(v) for v in check_a11y.violations)


@pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["1280", "375"])
def test_requests_are_approved_in_place_one_by_one_and_as_a_selection(
    new_page, sign_in, check_a11y, shot, event, facilitator, government_org, size
):
    from events.models import Event, RegistrationRequest
    from tests.events.helpers import invite

    Event.objects.filter(pk=event.pk).update(registration_open=True, registration_capacity=40)
    for number in range(3):
        invite(event, facilitator, government_org, email=f"invited{number}@example.org")
    asks = [
        RegistrationRequest.objects.create(
            event=event,
            full_name=f"Asker {number:02}",
            email=f"asker{number}@example.org",
            organisation=government_org,
            job_title="District health officer",
        )
        for number in range(12)
    ]
    page = new_page(*size)
    sign_in(page, facilitator.username, DEFAULT_PASSWORD)
    page.goto(url("people", event))
    settle(page)
    check_a11y(page, "people with requests")
    shot(page, "people-registrations")
    # A mark the page would lose if it were loaded again.
    page.evaluate("() => { window.stillTheSamePage = true; }")

    row = page.locator(f"#registration-{asks[5].pk}")
    row.scroll_into_view_if_needed()
    scrolled = page.evaluate("() => window.scrollY")
    assert scrolled > 0
    row.locator("button[value=approve]").click()
    expect(page.locator(f"#registration-{asks[5].pk}")).to_contain_text("Asker 05 was approved.")
    settle(page)
    assert page.evaluate("() => window.stillTheSamePage") is True
    # Not back at the top: the row decided is still on the screen.
    assert page.evaluate("() => window.scrollY") > 0
    expect(page.locator(f"#registration-{asks[5].pk}")).to_be_in_viewport()
    expect(page.locator("#invitations")).to_contain_text("asker5@example.org")

    for ask in asks[6:9]:
        page.locator(f"#select-{ask.pk}").check()
    page.locator("#registrations-selection button[value=approve]").click()
    for ask in asks[6:9]:
        expect(page.locator(f"#registration-{ask.pk}")).to_contain_text("was approved.")
    settle(page)
    assert page.evaluate("() => window.stillTheSamePage") is True
    assert page.evaluate("() => window.scrollY") > 0
    check_a11y(page, "people after approvals")
    # "Tick all" ticks the 8 requests still waiting on the page.
    page.locator("#select-all").check()
    expect(page.locator("input[form=registrations-selection]:checked")).to_have_count(8)
    statuses = dict(RegistrationRequest.objects.values_list("pk", "status"))
    assert [statuses[ask.pk] for ask in asks[5:9]] == ["approved"] * 4
    assert statuses[asks[4].pk] == statuses[asks[9].pk] == "pending"
    assert not check_a11y.violations, "\n".join(str(v) for v in check_a11y.violations)
