"""The steps of an evaluation in the browser that the kick-off's tests share: the facilitator
prepares and opens it; a participant answers on a phone."""

from django.urls import reverse
from playwright.sync_api import expect

from tests.e2e.helpers import settle, submit
from tests.workshops.helpers import url
from workshops.models import Evaluation


def prepare_and_open(page, event):
    """The facilitator makes the kick-off's evaluation and opens it, on the pages a person uses."""
    listing = reverse("workshops:evaluation_list", args=[event.pk])
    page.goto(listing)
    page.locator(
        f'main a[href="{reverse("workshops:evaluation_create", args=[event.pk])}"]'
    ).click()
    page.locator("#id_workshop").select_option("kick_off")
    submit(page, arrive=listing)
    evaluation = Evaluation.objects.get(event=event)
    page.locator(f'main a[href="{url("evaluation_detail", evaluation)}"]').click()
    page.locator(f'main a[href="{url("evaluation_open", evaluation)}"]').click()
    expect(page.locator("main")).to_contain_text("emails each of the 5 people invited")
    submit(page, arrive=url("evaluation_detail", evaluation))
    expect(page.locator(".alert-success")).to_contain_text("5 emails with a personal link")
    return evaluation


def answer_on_a_phone(page, link, ratings, comment):
    page.goto(link)
    answer_here(page, ratings, comment)


def answer_here(page, ratings, comment):
    """Rate each question and leave a comment on the last, on the answer page open here."""
    settle(page)
    scales = page.locator(".scale")
    expect(scales).to_have_count(len(ratings))
    for index, rating in enumerate(ratings):
        scales.nth(index).locator("label").nth(rating - 1).click()
    page.locator("textarea").last.fill(comment)
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state("load")
    expect(page.locator("main .alert-success")).to_contain_text("your answers are recorded")
