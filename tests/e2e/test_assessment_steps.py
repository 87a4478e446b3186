"""A core-group member answers the whole framework on a phone (375x812, touch), one step per
dimension, and the taps it takes are counted: by the test, and by the pages themselves (each
counts the touches it receives, kept in the tab's session storage across pages). No tap target
of the form is under 44x44 px, and axe finds nothing serious on a step or on the submit page.
After the phone's Back button the counts are the server's."""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import Page, expect

from assessments.models import Answer, Question, Response
from assessments.services import answers as answer_services
from builders.factories import DEFAULT_PASSWORD, EventFactory, UserFactory
from builders.rounds import answered_round
from events.models import Participation
from events.services.people import participation_add
from tests.e2e.helpers import DESKTOP, PHONE, TIMEOUT_MS, settle
from tests.services_plugin import summary_line

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# Every touch a page receives, counted by the page (trusted events only: a person's).
COUNT_TOUCHES_JS = """
document.addEventListener("touchstart", (event) => {
  if (!event.isTrusted) return;
  sessionStorage.setItem("taps", String(Number(sessionStorage.getItem("taps") || 0) + 1));
}, true);
"""

# The form's tap targets: links, buttons, the labels of the rating buttons, text fields.
TARGETS_JS = """() => Array.from(document.querySelectorAll(
    "#assessment a, #assessment button, #assessment label.btn, #assessment textarea, "
    + "#assessment select, #assessment input:not(.btn-check):not([type=hidden]):not([hidden])"))
  .filter((element) => element.getClientRects().length)
  .map((element) => {
    const box = element.getBoundingClientRect();
    return {what: element.outerHTML.slice(0, 90), width: box.width, height: box.height};
  })"""


def small_targets(page: Page) -> list[dict]:
    targets = page.evaluate(TARGETS_JS)
    assert len(targets) > 20
    return [t for t in targets if t["width"] < 44 or t["height"] < 44]


def answer_of(index: int) -> tuple[str, int | None, int | None]:
    """What the member answers to the question at `index`: most rated, some not."""
    if index % 10 == 9:
        return ("dont_know", None, None)
    if index % 20 == 4:
        return ("not_applicable", None, None)
    return ("rated", 1 + index % 4, min(4, 2 + index % 3))


@pytest.fixture
def member_round():
    event = EventFactory(title="Water sector capacity development", time_zone="Africa/Kampala")
    member = UserFactory(username="amina")
    participation_add(event=event, user=member, role=Participation.Role.CORE_GROUP, is_lead=True)
    assessment_round = answered_round(event=event, members=[member], scores=None, submitted=False)
    return event, member, assessment_round.responses.get()


@pytest.fixture
def phone(browser, live_server, sign_in):
    """A phone: 375x812, touch, signed in as the member."""
    context = browser.new_context(
        viewport={"width": PHONE[0], "height": PHONE[1]},
        has_touch=True,
        is_mobile=True,
        base_url=live_server.url,
        locale="en",
        extra_http_headers={"Accept-Language": "en"},
    )
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    sign_in(page, "amina", DEFAULT_PASSWORD)
    yield page
    context.close()


def swipe(page: Page, selector: str, dx: int) -> None:
    """A finger moves `dx` px sideways across the element, as on a touch screen."""
    box = page.locator(selector).bounding_box()
    x, y = box["x"] + box["width"] / 2 - dx / 2, box["y"] + box["height"] / 2
    cdp = page.context.new_cdp_session(page)
    cdp.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [{"x": x, "y": y}]})
    for move in range(1, 6):
        point = {"x": x + dx * move / 5, "y": y + move}
        cdp.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [point]})
    cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
    cdp.detach()


def progress(page: Page):
    return page.locator("#progress")


def test_a_member_answers_the_whole_framework_in_steps_and_the_taps_are_counted(
    member_round, phone, check_a11y, shot, request
):
    event, _member, response = member_round
    page = phone
    page.context.add_init_script(COUNT_TOUCHES_JS)
    taps = 0

    def tap(locator) -> None:
        nonlocal taps
        locator.tap()
        taps += 1

    page.goto(reverse("assessments:round_list", args=[event.pk]))
    settle(page)
    tap(page.locator('main a[href*="/assessment/responses/"]'))
    page.wait_for_url(re.compile(r"/assessment/responses/\d+/$"))
    settle(page)
    expect(progress(page)).to_contain_text("0 of 60 answered")

    index = 0
    for number in range(1, 21):
        expect(page.locator("main")).to_contain_text(f"Step {number} of 20")
        blocks = page.locator("main [data-question]")
        expect(blocks).to_have_count(3)
        pks = blocks.evaluate_all("blocks => blocks.map((block) => Number(block.id.slice(1)))")
        for position, pk in enumerate(pks):
            kind, current, desired = answer_of(index)
            if kind == "rated":
                tap(page.locator(f'label[for="c{pk}-{current}"]'))
                # The chosen point's descriptor shows, and only it; one rating does not count.
                expect(page.locator(f"#c{pk}-{current}-d")).to_be_visible()
                expect(page.locator(f"#q{pk} .scale-descriptor:visible")).to_have_count(1)
                if number == 1 and position == 0:
                    expect(page.locator(f"#s{pk}")).to_contain_text("desired rating too")
                    expect(progress(page)).to_contain_text("0 of 60 answered")
                tap(page.locator(f'label[for="d{pk}-{desired}"]'))
                expect(page.locator(f"#q{pk} .scale-descriptor:visible")).to_have_count(2)
            else:
                tap(page.locator(f'label[for="k{pk}-{kind}"]'))
            index += 1
        # Every answer of the step counted, on the step bar and in the progress, by the server.
        expect(page.locator("[aria-current=step]")).to_contain_text("3/3")
        expect(page.locator("#step-head")).to_contain_text("3 of 3 answered")
        expect(progress(page)).to_contain_text(f"{index} of 60 answered")
        if number == 1:
            settle(page)
            assert small_targets(page) == []
            check_a11y(page, "assessment step")
            page.evaluate("() => window.scrollTo(0, 0)")
            shot(page, "assessment-step", full_page=False)
        next_link = page.locator("[data-step-next]")
        tap(next_link)
        if number < 20:
            page.wait_for_url(re.compile(rf"\?step={number + 1}$"))
        settle(page)

    # The submit page: everything counts, nothing is listed missing.
    page.wait_for_url(re.compile(r"/submit/$"))
    expect(page.locator("main")).to_contain_text("You answered 60 of 60 questions.")
    expect(page.locator(".missing-link")).to_have_count(0)
    tap(page.locator("main form button[type=submit]"))
    page.wait_for_url(re.compile(r"/assessment/$"))
    settle(page)
    counted_by_pages = int(page.evaluate("() => sessionStorage.getItem('taps')"))

    response.refresh_from_db()
    assert response.status == Response.Status.SUBMITTED
    stored = {
        a.question_id: (a.kind, a.current, a.desired)
        for a in Answer.objects.filter(response=response)
    }
    ordered = Question.objects.filter(dimension__level__version=response.round.version).order_by(
        "dimension__level__order", "dimension__order", "order", "pk"
    )
    assert [stored.get(q.pk) for q in ordered] == [answer_of(i) for i in range(60)]

    rated = sum(1 for i in range(60) if answer_of(i)[0] == "rated")
    assert taps == counted_by_pages == 1 + 2 * rated + (60 - rated) + 20 + 1
    summary_line(
        request.config,
        f"assessment on a phone: {taps} taps for 60 questions ({rated} rated with two taps, "
        f"{60 - rated} don't know or not applicable with one, 19 Next, 1 Review and submit, "
        f"1 to open, 1 to submit); the pages counted {counted_by_pages} touches",
    )
    assert check_a11y.violations == [], check_a11y.report()


def test_the_submit_page_names_what_is_missing_and_back_shows_the_servers_count(
    member_round, phone, check_a11y, shot
):
    event, _member, response = member_round
    page = phone
    page.goto(reverse("assessments:response", args=[event.pk, response.pk]))
    settle(page)
    pks = page.locator("main [data-question]").evaluate_all(
        "blocks => blocks.map((block) => Number(block.id.slice(1)))"
    )
    page.locator(f'label[for="c{pks[0]}-3"]').tap()
    page.locator(f'label[for="d{pks[0]}-4"]').tap()
    page.locator(f'label[for="c{pks[1]}-2"]').tap()  # current only: it does not count
    page.locator(f'label[for="k{pks[2]}-dont_know"]').tap()
    expect(progress(page)).to_contain_text("2 of 60 answered")
    # "Next unanswered" leads on, to the first question of the next step.
    expect(page.locator("[data-step-unanswered]")).to_have_attribute(
        "href", re.compile(r"\?step=2#q\d+$")
    )
    # A swipe to the left is Next, to the right Previous, and back to the left.
    swipe(page, "#step-head", -200)
    page.wait_for_url(re.compile(r"\?step=2$"))
    settle(page)
    swipe(page, "#step-head", 200)
    page.wait_for_url(re.compile(r"\?step=1$"))
    settle(page)
    page.locator("[data-step-next]").tap()
    page.wait_for_url(re.compile(r"\?step=2$"))
    settle(page)

    # Meanwhile the member finishes the second question on a laptop. Back, as a phone's Back
    # button does, to the first step: the counts and answers are the server's, not the page's
    # as it was left.
    answer_services.answer_save(
        response=response, question=Question.objects.get(pk=pks[1]), current=2, desired=4
    )
    page.go_back()
    page.wait_for_url(re.compile(r"\?step=1$"))
    settle(page)
    expect(progress(page)).to_contain_text("3 of 60 answered")
    expect(page.locator(f"#d{pks[1]}-4")).to_be_checked()
    expect(page.locator(f"#c{pks[0]}-3")).to_be_checked()
    expect(page.locator(f"#d{pks[0]}-4")).to_be_checked()
    expect(page.locator(f"#k{pks[2]}-dont_know")).to_be_checked()

    page.goto(reverse("assessments:response_submit", args=[event.pk, response.pk]))
    settle(page)
    expect(page.locator("main")).to_contain_text("You answered 3 of 60 questions.")
    expect(page.locator("main")).to_contain_text("57 questions do not count yet:")
    missing = page.locator(".missing-link")
    expect(missing).to_have_count(57)
    assert small_targets_of_submit(page) == []
    check_a11y(page, "submit page")
    shot(page, "assessment-submit", full_page=False)
    first_missing = missing.first.get_attribute("href").split("#q")[1]
    missing.first.tap()
    page.wait_for_url(re.compile(rf"\?step=2#q{first_missing}$"))
    expect(page.locator(f"#q{first_missing}")).to_be_in_viewport()
    assert check_a11y.violations == [], check_a11y.report()


def small_targets_of_submit(page: Page) -> list[dict]:
    targets = page.evaluate(
        """() => Array.from(document.querySelectorAll("main .card a, main .card button"))
          .map((element) => {
            const box = element.getBoundingClientRect();
            return {what: element.outerHTML.slice(0, 90), width: box.width, height: box.height};
          })"""
    )
    return [t for t in targets if t["width"] < 44 or t["height"] < 44]


def test_a_step_on_a_desktop(member_round, new_page, sign_in, check_a11y, shot):
    event, _member, response = member_round
    page = new_page(*DESKTOP)
    sign_in(page, "amina", DEFAULT_PASSWORD)
    page.goto(reverse("assessments:response", args=[event.pk, response.pk]) + "?step=2")
    settle(page)
    pk = page.locator("main [data-question]").first.get_attribute("id")[1:]
    page.locator(f'label[for="c{pk}-2"]').click()
    page.locator(f'label[for="d{pk}-3"]').click()
    expect(progress(page)).to_contain_text("1 of 60 answered")
    settle(page)
    assert small_targets(page) == []
    check_a11y(page, "assessment step")
    shot(page, "assessment-step", full_page=False)
    assert check_a11y.violations == [], check_a11y.report()
