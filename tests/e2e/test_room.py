"""A kick-off in the room: the facilitator puts the room view on the projector and starts the
suggested poll from the control page; three phones join by the QR code's address, signed out,
and answer; the projector shows the word cloud as the answers come. axe checks the room view
and the phone pages. Then the facilitator opens the kick-off's evaluation: its link comes to
the phones, three of them fill it, and the results appear. The projector's screenshot is kept
as `room-projector.png`."""

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from builders.factories import DEFAULT_PASSWORD
from tests.e2e.evaluation_steps import answer_here, prepare_and_open
from tests.e2e.helpers import PHONE, settle
from tests.workshops.helpers import url
from workshops.models import PollAnswer
from workshops.services.room import room_open
from workshops.views.evaluation import walk_in_path

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PROJECTOR = (1920, 1080)
ANSWERS = ["Clear roles and ownership", "A funded plan", "Ownership by the ministry"]


@pytest.fixture
def kick_off_morning(event, monkeypatch):
    """Day 1 is today, and it is 09:40 in the event's time zone: the second session is on."""
    local_today = timezone.localtime(timezone.now(), event.tzinfo).date()
    event.day1 = local_today
    event.save(update_fields=["day1"])
    moment = datetime.datetime.combine(local_today, datetime.time(9, 40), tzinfo=event.tzinfo)
    monkeypatch.setattr(timezone, "now", lambda: moment.astimezone(datetime.UTC))
    return event


def test_a_kick_off_poll_answered_by_three_phones_shows_on_the_projector(
    new_page,
    sign_in,
    facilitator,
    core_group,
    stakeholder,
    kick_off_morning,
    check_a11y,
    screenshots_dir,
):
    event = kick_off_morning
    control = new_page(*PROJECTOR)
    sign_in(control, facilitator.username, DEFAULT_PASSWORD)
    control.goto(f"/events/{event.pk}/room/polls/")
    settle(control)
    control.locator(f'form[action="/events/{event.pk}/room/polls/new/"]').first.locator(
        "button"
    ).click()
    control.wait_for_load_state("load")
    expect(control.locator(".alert-success")).to_contain_text("The poll is ready")
    control.locator("form[action$='/start/'] button").first.click()
    control.wait_for_load_state("load")
    expect(control.locator(".alert-success")).to_contain_text("The poll is open")

    projector = control.context.new_page()
    projector.set_viewport_size({"width": PROJECTOR[0], "height": PROJECTOR[1]})
    projector.goto(f"/events/{event.pk}/room/")
    settle(projector)
    expect(projector.locator(".room-session")).to_contain_text("Where the sector stands")
    expect(projector.locator(".room-left")).to_contain_text("65 minutes left")
    expect(projector.locator(".room-qr svg")).to_be_visible()
    # The address the QR code holds (the view's test compares the drawing with segno's).
    phone_address = projector.locator(".room-url").get_attribute("href")
    code = projector.locator(".room-code").inner_text().strip()
    assert phone_address.endswith(f"/room/{code}/")
    check_a11y(projector, "room view")

    phones = []
    for words in ANSWERS:
        phone = new_page(*PHONE)
        phone.goto(phone_address)
        settle(phone)
        expect(phone.locator(".phone-question")).to_have_text(
            "What do you expect from these five days?"
        )
        phone.locator("#phone-poll input[name=text]").fill(words)
        phone.locator("#phone-poll button[type=submit]").click()
        expect(phone.locator("#phone-poll .alert-success")).to_contain_text(
            "your answer is recorded"
        )
        phones.append(phone)
    check_a11y(phones[0], "phone with the poll")

    cloud = projector.locator("#room-live svg.word-cloud")
    expect(projector.locator(".room-poll-status")).to_contain_text("3 answers")
    expect(cloud.locator("text", has_text="ownership")).to_have_count(1)
    expect(cloud.locator("text").first).to_have_text("ownership")
    settle(projector)
    projector.screenshot(path=str(screenshots_dir / "room-projector.png"))
    check_a11y(projector, "room view with results")
    assert PollAnswer.objects.count() == 3

    # Stopped from the control page, the phones go back to waiting.
    control.goto(f"/events/{event.pk}/room/polls/")
    control.locator("form[action$='/stop/'] button").first.click()
    control.wait_for_load_state("load")
    expect(phones[1].locator(".phone-waiting")).to_be_visible()
    check_a11y(phones[1], "phone waiting")

    join = new_page(*PHONE)
    join.goto("/room/")
    join.locator("#id_code").fill(code.lower())
    join.locator("main form button").click()
    expect(join.locator(".phone-waiting")).to_be_visible()
    check_a11y(join, "phone joined by typing the code")

    # Then the kick-off's evaluation: once the facilitator opens it, its link comes to the
    # phones in the room without a reload, and three of them fill it from there.
    evaluation = prepare_and_open(control, event)
    for number, phone in enumerate(phones):
        link = phone.locator("#phone-evaluation a")
        expect(link).to_have_attribute("href", walk_in_path(evaluation))
        if number == 0:
            expect(phone.locator("#phone-evaluation h2")).to_have_text(
                "Your evaluation: Kick-off workshop"
            )
            check_a11y(phone, "phone with the evaluation's link")
            phone.screenshot(path=str(screenshots_dir / "room-phone-evaluation.png"))
        link.click()
        answer_here(phone, [5 - number] * 6, f"Comment of phone {number + 1}")
        if number == 0:
            check_a11y(phone, "evaluation thanks")
            phone.locator(f'main a[href="/room/{code}/"]').click()
            expect(phone.locator(".phone-waiting")).to_be_visible()

    control.goto(url("evaluation_results", evaluation))
    settle(control)
    expect(control.locator("main")).to_contain_text("From 3 answers.")
    expect(control.locator("main figure svg")).to_be_visible()
    expect(control.locator("main section").first).to_contain_text("Average 4.0")
    for number in (1, 2, 3):
        expect(control.locator("main")).to_contain_text(f"Comment of phone {number}")
    check_a11y(control, "evaluation results")

    assert not check_a11y.violations, check_a11y.report()


def test_the_phone_does_not_fade_while_it_asks_for_changes(new_page, event):
    """The phone asks every 3 seconds what is open: that is no reason to dim what it shows."""
    room = room_open(event=event)
    phone = new_page(*PHONE)
    held = []
    phone.route(re.compile(r"/live/"), lambda route: held.append(route))
    phone.goto(f"/room/{room.code}/")
    asking = phone.locator("#phone-poll.htmx-request")
    expect(asking).to_have_count(1)  # asked, and not answered yet
    assert asking.evaluate("(element) => getComputedStyle(element).opacity") == "1"
    for route in held:
        route.continue_()
