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
