"""The next step in the browser: a core-group member's dashboard and the event's overview show
the card at 1280 and 375 px; the donor's read-only progress page and the page that turns
reminders off (without signing in) work, and axe finds no serious or critical violation."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from actionplans.models import Action
from builders.events import event_advance_to
from builders.factories import DEFAULT_PASSWORD
from builders.rounds import answered_round
from events.models import Event
from events.tasks import send_reminders
from tests.actionplans.helpers import build_plan, make_donor
from tests.actionplans.helpers import endorse_and_publish as publish
from tests.e2e.helpers import DESKTOP, PHONE, settle

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def followed_up(event, core_group, facilitator, government_org):
    """A published plan whose two actions ended a month ago with no progress, and a follow-up
    round open, which the core group has not answered."""
    version = publish(build_plan(event, government_org), facilitator)
    event_advance_to(event=event, phase=Event.Phase.FOLLOW_UP)
    today = timezone.localdate()
    # Held four months ago.
    Event.objects.filter(pk=event.pk).update(day1=today - datetime.timedelta(days=122))
    Action.objects.filter(output__objective__plan__event=event).update(
        starts_on=today - datetime.timedelta(days=120),
        ends_on=today - datetime.timedelta(days=30),
    )
    members = [participation.user for participation in core_group]
    answered_round(event=event, members=members, scores=None, submitted=False)
    return version


def test_the_card_on_the_dashboard_and_the_overview(
    new_page, sign_in, check_a11y, shot, event, core_group, followed_up
):
    member = core_group[1].user
    for size in (DESKTOP, PHONE):
        page = new_page(*size)
        sign_in(page, member.username, DEFAULT_PASSWORD)
        page.goto(reverse("dashboard"))
        settle(page)
        card = page.locator("main .next-steps")
        expect(card).to_contain_text("Your next step")
        expect(card.locator(".next-step-go")).to_have_text("Finish your assessment")
        expect(card).to_contain_text("Report progress on late actions")
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        check_a11y(page, f"dashboard with the next step at {size[0]}")
        shot(page, "next-step-dashboard")
        page.goto(event.get_absolute_url())
        settle(page)
        expect(page.locator("main .next-steps")).to_contain_text("Finish your assessment")
        check_a11y(page, f"event overview with the next step at {size[0]}")
        # The button leads to the answer sheet.
        card = page.locator("main .next-steps .next-step-go")
        card.click()
        page.wait_for_url(lambda url: "/responses/" in url)
    assert not check_a11y.violations, check_a11y.violations


def test_the_donor_reads_progress_and_the_lead_turns_reminders_off(
    new_page, sign_in, check_a11y, followed_up, monkeypatch, shot
):
    donor = make_donor(first_name="Marie", email="marie@donor.example")
    page = new_page(*PHONE)
    sign_in(page, donor.username, DEFAULT_PASSWORD)
    page.goto(reverse("actionplans:version_progress", args=[followed_up.pk]))
    settle(page)
    expect(page.locator("main h1")).to_have_text("Progress of the plan")
    expect(page.locator("main")).to_contain_text("Late actions")
    expect(page.locator("main")).not_to_contain_text("Record progress")
    check_a11y(page, "donor's progress page")
    shot(page, "donor-progress")

    mail.outbox.clear()
    send_reminders()
    (email,) = [
        message
        for message in mail.outbox
        if message.to == [followed_up.plan.event.participations.get(is_lead=True).user.email]
    ]
    off_path = "/" + email.extra_headers["List-Unsubscribe"].strip("<>").split("/", 3)[3]
    phone = new_page(*PHONE)  # not signed in
    phone.goto(off_path)
    settle(phone)
    check_a11y(phone, "reminders off")
    phone.locator("main button[type=submit]").click()
    phone.wait_for_load_state("load")
    settle(phone)
    expect(phone.locator("main")).to_contain_text("Reminders are off: you will receive no more.")
    expect(phone.locator("main button[type=submit]")).to_have_text("Turn reminders on again")
    check_a11y(phone, "reminders off, confirmed")
    shot(phone, "reminders-off")
    assert not check_a11y.violations, check_a11y.violations
