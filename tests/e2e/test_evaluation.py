"""The kick-off's evaluation in the browser: the facilitator prepares and opens it, three
participants answer on phones (375 px) by the link in their email, and the results appear for
the facilitator. axe finds no serious or critical violation on any of these pages."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from builders.factories import DEFAULT_PASSWORD
from tests.e2e.evaluation_steps import answer_on_a_phone, prepare_and_open
from tests.e2e.helpers import DESKTOP, PHONE, settle, url_re
from tests.workshops.helpers import email_links, path_of, url

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_three_participants_evaluate_the_kick_off_on_phones(
    new_page, sign_in, check_a11y, event, facilitator, core_group, stakeholder
):
    desk = new_page(*DESKTOP)
    sign_in(desk, facilitator.username, DEFAULT_PASSWORD)
    evaluation = prepare_and_open(desk, event)
    check_a11y(desk, "evaluation detail")
    links = email_links()
    people = [stakeholder.email, core_group[0].user.email, core_group[1].user.email]

    for number, (email, rating) in enumerate(zip(people, (5, 4, 3), strict=True)):
        phone = new_page(*PHONE)
        link = path_of(links[email])
        if number == 0:
            phone.goto(link)
            settle(phone)
            # Nothing wider than the phone, and targets a thumb can hit.
            assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
            box = phone.locator(".scale label").first.bounding_box()
            assert box["height"] >= 44 and box["width"] >= 44
            check_a11y(phone, "evaluation answer")
            # Sent with a rating missing: said on the page, the rest kept.
            phone.locator("textarea").last.fill("Keep the mixed tables")
            phone.locator("main form button[type=submit]").click()
            phone.wait_for_load_state("load")
            expect(phone.locator("main .alert-danger")).to_be_visible()
            expect(phone.locator("textarea").last).to_have_value("Keep the mixed tables")
            check_a11y(phone, "evaluation answer with errors")
        answer_on_a_phone(phone, link, [rating] * 6, f"Comment of phone {number + 1}")
        if number == 0:
            check_a11y(phone, "evaluation thanks")
            phone.goto(link)
            expect(phone.locator("main .alert-info")).to_contain_text("already answered")

    desk.goto(url("evaluation_results", evaluation))
    settle(desk)
    expect(desk).to_have_url(url_re(url("evaluation_results", evaluation)))
    expect(desk.locator("main")).to_contain_text("From 3 answers.")
    expect(desk.locator("main figure svg")).to_be_visible()
    expect(desk.locator("main section").first).to_contain_text("Average 4.0")
    for number in (1, 2, 3):
        expect(desk.locator("main")).to_contain_text(f"Comment of phone {number}")
    check_a11y(desk, "evaluation results")
    phone = new_page(*PHONE)
    sign_in(phone, facilitator.username, DEFAULT_PASSWORD)
    phone.goto(url("evaluation_results", evaluation))
    settle(phone)
    assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    check_a11y(phone, "evaluation results")
    phone.goto(reverse("workshops:evaluation_compare"))
    check_a11y(phone, "evaluations compared")
    assert not check_a11y.violations, check_a11y.report()
