"""The demo donor reads the portfolio and the demo plan in euros, at 1280 and 375 px: totals,
rates and the share funded, filters and sorting kept in the URL, the positions and the lead's
role on the plan page. axe on each page."""

import re

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from builders.demo.content import DEMO_PASSWORD
from tests.e2e.helpers import DESKTOP, PHONE, settle

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["1280", "375"])
def test_the_donor_reads_the_money_in_euros(new_page, sign_in, check_a11y, shot, size):
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    page = new_page(*size)
    sign_in(page, "donor", DEMO_PASSWORD)

    page.goto("/donors/")
    settle(page)
    page.locator("#id_currency").fill("eur")
    page.locator("#id_sort").select_option("funded")
    page.locator("main form[method=get] button[type=submit]").click()
    page.wait_for_url(re.compile(r"currency=eur"))
    settle(page)
    assert "sort=funded" in page.url
    totals = page.locator("section[aria-labelledby=totals-title]")
    expect(totals).to_contain_text("EUR")
    expect(totals).to_contain_text("1 USD = 0.92 EUR")
    expect(totals).to_contain_text("1 EUR = 4,020 UGX")
    expect(totals.get_by_role("progressbar")).to_be_visible()
    expect(page.locator("main li a[href^='/donors/plans/']").first).to_contain_text("Uganda")
    check_a11y(page, "donor portfolio")
    shot(page, "donor-portfolio")

    page.locator("main li a[href^='/donors/plans/']").first.click()
    page.wait_for_url(re.compile(r"/donors/plans/\d+/\?currency=EUR$"))
    settle(page)
    expect(page.locator("section[aria-labelledby=in-currency-title]")).to_contain_text(
        "Funding in EUR"
    )
    expect(page.locator("section[aria-labelledby=positions-title]")).to_contain_text(
        "Endorse with reservations"
    )
    expect(page.locator("section[aria-labelledby=lead-title]")).to_contain_text(
        "Contact: the lead of the core group"
    )
    assert "@" not in page.locator("main").inner_text()
    check_a11y(page, "donor plan")
    shot(page, "donor-plan")

    # Back on the portfolio, the euros are kept.
    page.goto("/donors/")
    settle(page)
    expect(page.locator("section[aria-labelledby=totals-title] h2")).to_contain_text("EUR")
    assert not check_a11y.violations, check_a11y.violations
