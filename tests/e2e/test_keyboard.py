"""A core-group member does the assessment with the keyboard alone: Tab and Shift+Tab to move,
Space and the arrow keys on the rating buttons (radio inputs under Bootstrap's btn-check), Space
on "Don't know", typing the evidence, Enter on the buttons. Each change is
autosaved by the page's queue (static/js/answer-queue.js); focus must stay where it was, or the next
key would go nowhere. The answers are then checked in the database and on the page.

The setting up (an event, a member, a two-question framework and a round) goes through the
services: only the assessment itself is the subject here.
"""

import pytest
from django.urls import reverse
from playwright.sync_api import Page, expect

from assessments.models import Answer, Dimension, FrameworkVersion, Level, Question, Response
from assessments.services.frameworks import framework_copy, framework_version_publish
from builders.factories import DEFAULT_PASSWORD, EventFactory, OrganisationFactory, UserFactory
from builders.rounds import answered_round
from cdfacil.models import Organisation
from events.models import Participation
from events.services.people import participation_add
from tests.e2e.helpers import DESKTOP, url_re

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

EVIDENCE = "Seen in the 2030 annual sector review."


def small_round():
    """A round of a published two-question copy of the default framework, for one member."""
    event = EventFactory(title="Water sector capacity development", sector="water")
    member = UserFactory(
        username="amina",
        first_name="Amina",
        last_name="Nansubuga",
        organisation=OrganisationFactory(
            name="Ministry of Water and Environment", kind=Organisation.Kind.GOVERNMENT
        ),
    )
    participation_add(event=event, user=member, role=Participation.Role.CORE_GROUP, is_lead=True)
    default = FrameworkVersion.objects.get(status=FrameworkVersion.Status.PUBLISHED)
    version = framework_copy(version=default, name="Two questions", by=None)
    keep = list(
        Question.objects.filter(dimension__level__version=version).order_by(
            "dimension__level__order", "dimension__order", "order"
        )[:2]
    )
    Question.objects.filter(dimension__level__version=version).exclude(
        pk__in=[q.pk for q in keep]
    ).delete()
    Dimension.objects.filter(level__version=version, questions__isnull=True).delete()
    Level.objects.filter(version=version, dimensions__isnull=True).delete()
    version = framework_version_publish(version=version)
    assessment_round = answered_round(
        event=event, members=[member], version=version, scores=None, submitted=False
    )
    return event, member, assessment_round.responses.get(), keep


def tab_until(page: Page, selector: str, key: str = "Tab", limit: int = 60) -> int:
    """Press `key` until the focused element matches `selector`; the number of presses."""
    for presses in range(1, limit + 1):
        page.keyboard.press(key)
        if page.evaluate("s => document.activeElement?.matches(s) ?? false", selector):
            return presses
    raise AssertionError(f"{selector} never got the focus in {limit} presses of {key}")


def saved(page: Page, question: int) -> None:
    """The queue marks the form with `htmx-request` while it saves (the class htmx uses, so the
    page's busy styles and the settle check apply) and takes it off when the server answered."""
    expect(page.locator(f"#q{question} form.htmx-request")).to_have_count(0)


def press_and_save(page: Page, key: str, question: int, focused: str) -> None:
    """A key that changes an answer; the focus must come back to the same control."""
    page.keyboard.press(key)
    saved(page, question)
    expect(page.locator(focused)).to_be_focused()


def test_a_member_does_the_assessment_with_the_keyboard_alone(new_page, sign_in, live_server):
    """One story on purpose: every key press acts on the focus the one before left."""
    event, member, response, (first, second) = small_round()
    page = new_page(*DESKTOP)
    sign_in(page, member.username, DEFAULT_PASSWORD)
    page.goto(reverse("assessments:response", args=[event.pk, response.pk]))
    expect(page.locator("main div[id^=q]")).to_have_count(2)
    q1, q2 = first.pk, second.pk

    # First question. Into the "current" buttons: none is checked, so the first gets the focus.
    tab_until(page, f"#c{q1}-1")
    press_and_save(page, "Space", q1, f"#c{q1}-1")
    expect(page.locator(f"#c{q1}-1")).to_be_checked()
    press_and_save(page, "ArrowRight", q1, f"#c{q1}-2")
    press_and_save(page, "ArrowRight", q1, f"#c{q1}-3")
    expect(page.locator(f"#c{q1}-3")).to_be_checked()

    # On to "desired", up to 4.
    page.keyboard.press("Tab")
    expect(page.locator(f"#d{q1}-1")).to_be_focused()
    for rating in (2, 3, 4):
        press_and_save(page, "ArrowRight", q1, f"#d{q1}-{rating}")
    expect(page.locator(f"#d{q1}-4")).to_be_checked()

    # Back with Shift+Tab: "current" one lower, after all.
    page.keyboard.press("Shift+Tab")
    expect(page.locator(f"#c{q1}-3")).to_be_focused()
    press_and_save(page, "ArrowLeft", q1, f"#c{q1}-2")
    expect(page.locator(f"#c{q1}-2")).to_be_checked()
    expect(page.locator(f"#d{q1}-4")).to_be_checked()

    # The evidence: saved a second after the typing stops.
    tab_until(page, f"#e{q1}")
    with page.expect_response(lambda r: f"/questions/{q1}/" in r.url):
        page.keyboard.type(EVIDENCE)
    saved(page, q1)
    expect(page.locator(f"#e{q1}")).to_be_focused()
    expect(page.locator(f"#e{q1}")).to_have_value(EVIDENCE)

    # Second question: "Don't know", the button beside its ratings, with Space.
    presses = tab_until(page, f"#k{q2}-dont_know")
    assert presses <= 5, f"{presses} presses from the evidence to the next question's answer"
    press_and_save(page, "Space", q2, f"#k{q2}-dont_know")
    expect(page.locator(f"#k{q2}-dont_know")).to_be_checked()

    # Submit with Enter, and confirm with Enter.
    tab_until(page, 'main a[href$="/submit/"]')
    page.keyboard.press("Enter")
    page.wait_for_url(url_re(reverse("assessments:response_submit", args=[event.pk, response.pk])))
    tab_until(page, "main form button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_url(url_re(reverse("assessments:round_list", args=[event.pk])))

    # Saved, and locked: in the database and on the page again.
    response.refresh_from_db()
    assert response.status == Response.Status.SUBMITTED
    answers = {a.question_id: a for a in Answer.objects.filter(response=response)}
    assert (answers[q1].kind, answers[q1].current, answers[q1].desired) == ("rated", 2, 4)
    assert answers[q1].evidence == EVIDENCE
    assert (answers[q2].kind, answers[q2].current, answers[q2].desired) == ("dont_know", None, None)
    page.goto(reverse("assessments:response", args=[event.pk, response.pk]))
    expect(page.locator(f"#q{q1}")).to_contain_text("Current: 2 Emerging · Desired: 4 Advanced")
    expect(page.locator(f"#q{q1}")).to_contain_text(EVIDENCE)
    expect(page.locator(f"#q{q2}")).to_contain_text("Don't know")


def test_a_rating_after_dont_know_is_kept_and_the_page_agrees_after_a_reload(new_page, sign_in):
    """Choosing a rating after "Don't know" makes the answer rated again, and "Not applicable"
    clears the ratings: after a reload the page shows what the database holds."""
    event, member, response, questions = small_round()
    question = questions[0].pk
    page = new_page(*DESKTOP)
    sign_in(page, member.username, DEFAULT_PASSWORD)
    page.goto(reverse("assessments:response", args=[event.pk, response.pk]))
    page.locator(f'label[for="k{question}-dont_know"]').click()
    saved(page, question)
    page.locator(f'label[for="c{question}-3"]').click()
    saved(page, question)
    page.locator(f'label[for="d{question}-4"]').click()
    saved(page, question)
    page.reload()
    expect(page.locator(f'#q{question} input[name="kind"]:checked')).to_have_count(0)
    expect(page.locator(f"#c{question}-3")).to_be_checked()
    expect(page.locator(f"#d{question}-4")).to_be_checked()
    answer = Answer.objects.get(response=response, question_id=question)
    assert (answer.kind, answer.current, answer.desired) == ("rated", 3, 4)

    page.locator(f'label[for="k{question}-not_applicable"]').click()
    saved(page, question)
    page.reload()
    expect(page.locator(f"#k{question}-not_applicable")).to_be_checked()
    expect(page.locator(f'#q{question} input[name="current"]:checked')).to_have_count(0)
    expect(page.locator(f'#q{question} input[name="desired"]:checked')).to_have_count(0)
    answer.refresh_from_db()
    assert (answer.kind, answer.current, answer.desired) == ("not_applicable", None, None)
