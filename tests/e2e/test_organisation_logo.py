"""A person of the lead ministry gives their organisation's logo from the personal menu, and the
facilitators' logos page says who may change it; axe on both pages. Screenshots
`organisation-logo-1280.png` (English and French) and `event-logos-1280.png`."""

import io

import pytest
from PIL import Image
from playwright.sync_api import expect

from builders.factories import DEFAULT_PASSWORD
from tests.e2e.helpers import DESKTOP, settle

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_a_ministry_gives_its_logo_from_the_personal_menu(
    new_page, sign_in, event, core_group, facilitator, check_a11y, shot, tmp_path
):
    logo = tmp_path / "moh.png"
    buffer = io.BytesIO()
    Image.new("RGB", (240, 80), (11, 83, 148)).save(buffer, format="PNG")
    logo.write_bytes(buffer.getvalue())
    grace = core_group[0].user

    page = new_page(*DESKTOP)
    sign_in(page, grace.username, DEFAULT_PASSWORD)
    page.get_by_role("button", name=grace.display_name).click()  # the personal menu
    page.get_by_role("link", name="Your organisation's logo").click()
    settle(page)
    expect(page.locator("h1")).to_have_text("Your organisation's logo")
    page.get_by_label("Logo (PNG or SVG)").set_input_files(str(logo))
    page.get_by_role("button", name="Save the logo").click()
    settle(page)
    expect(page.get_by_role("status")).to_contain_text(
        "The logo of Ministry of Health (MoH) was saved."
    )
    expect(page.get_by_alt_text("Logo of Ministry of Health (MoH)")).to_be_visible()
    check_a11y(page, "your organisation's logo")
    shot(page, "organisation-logo")

    french = new_page(*DESKTOP, language="fr")
    sign_in(french, grace.username, DEFAULT_PASSWORD)
    french.goto("/accounts/organisation/logo/")
    settle(french)
    expect(french.locator("h1")).to_have_text("Le logo de votre organisation")
    shot(french, "organisation-logo-fr")

    other = new_page(*DESKTOP)
    sign_in(other, facilitator.username, DEFAULT_PASSWORD)
    other.goto(f"/events/{event.pk}/logos/")
    settle(other)
    expect(other.get_by_text("People of Ministry of Health (MoH) can add it")).to_be_visible()
    expect(other.locator('input[type="file"]')).to_have_count(1)
    check_a11y(other, "logos on the reports")
    shot(other, "event-logos")
    assert not check_a11y.violations, check_a11y.violations
