"""A member answers on a phone while the connection comes and goes: every change waits in the
page's queue (kept in the browser's storage), says "Not saved yet, will retry", and is saved
once the connection returns, one row per question. A reload before then puts back what was
typed, after asking before leaving."""

import pytest
from django.db import OperationalError
from django.urls import reverse
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page, expect

from assessments.models import Answer
from assessments.services import answers as answer_services
from builders.factories import DEFAULT_PASSWORD, EventFactory, UserFactory
from builders.rounds import answered_round
from events.models import Participation
from events.services.people import participation_add
from tests.assessments.helpers import first_question
from tests.e2e.helpers import PHONE, settle

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

UNSAVED = "Not saved yet, will retry"
SAVES = "**/questions/*/"
QUEUED_JS = "() => Object.keys(localStorage).filter((key) => key.startsWith('cdfacil:answer:'))"


def response_path(response) -> str:
    return reverse("assessments:response", args=[response.round.event_id, response.pk])


@pytest.fixture
def opened(new_page, sign_in):
    """A member's assessment, just opened on a phone: the page and its first three questions."""
    event = EventFactory(title="Water sector capacity development", time_zone="Africa/Kampala")
    member = UserFactory(username="amina")
    participation_add(event=event, user=member, role=Participation.Role.CORE_GROUP, is_lead=True)
    assessment_round = answered_round(event=event, members=[member], scores=None, submitted=False)
    response = assessment_round.responses.get()
    page = new_page(*PHONE)
    sign_in(page, member.username, DEFAULT_PASSWORD)
    page.goto(reverse("assessments:response", args=[event.pk, response.pk]))
    settle(page)
    first = first_question(assessment_round.version).pk
    pks = page.locator("main div[id^=q]").evaluate_all(
        "blocks => blocks.map((block) => Number(block.id.slice(1)))"
    )
    assert pks[0] == first
    return page, response, pks[:3]


def unreachable(**kwargs):
    raise OperationalError("the server cannot be reached")


def rate(page: Page, question: int, scale: str, rating: int) -> None:
    page.locator(f'label[for="{scale}{question}-{rating}"]').click()


def status(page: Page, question: int):
    return page.locator(f"#s{question}")


def stored(response) -> dict[int, tuple]:
    return {
        answer.question_id: (answer.kind, answer.current, answer.desired, answer.evidence)
        for answer in Answer.objects.filter(response=response)
    }


def test_five_changes_made_offline_are_saved_when_the_connection_returns(opened):
    page, response, (q1, q2, q3) = opened
    page.context.set_offline(True)
    rate(page, q1, "c", 3)
    rate(page, q2, "c", 2)
    rate(page, q3, "d", 4)
    page.locator(f"#e{q1}").fill("Seen in the 2030 sector review.")
    page.locator(f"#e{q2}").type("Two of five districts.")
    for question in (q1, q2, q3):
        expect(status(page, question)).to_have_text(UNSAVED)
    assert len(page.evaluate(QUEUED_JS)) == 3
    settle(page)
    assert stored(response) == {}

    page.context.set_offline(False)
    for question in (q1, q2, q3):
        expect(status(page, question)).to_contain_text("Saved at")
    settle(page)
    assert page.evaluate(QUEUED_JS) == []
    assert stored(response) == {
        q1: ("rated", 3, None, "Seen in the 2030 sector review."),
        q2: ("rated", 2, None, "Two of five districts."),
        q3: ("rated", None, 4, ""),
    }
    assert Answer.objects.filter(response=response).count() == 3


def test_a_reload_while_offline_keeps_what_was_typed(opened, monkeypatch):
    page, response, (q1, q2, _q3) = opened
    page.context.set_offline(True)
    rate(page, q1, "c", 2)
    page.locator(f"#e{q2}").fill("Typed on the bus.")
    expect(status(page, q2)).to_have_text(UNSAVED)

    # Reloading asks first; offline, the page cannot load.
    asked = []
    page.on("dialog", lambda dialog: (asked.append(dialog.type), dialog.accept()))
    with pytest.raises(PlaywrightError, match="ERR_INTERNET_DISCONNECTED"):
        page.reload()
    assert asked == ["beforeunload"]

    # The page loads again while the saves still fail (the browser's offline emulation lets a
    # page's last requests through as it goes, so the server refuses them instead): what was
    # typed is back in the form, from the browser's storage.
    monkeypatch.setattr(answer_services, "answer_save", unreachable)
    page.context.set_offline(False)
    page.goto(response_path(response))
    settle(page)
    expect(page.locator(f"#c{q1}-2")).to_be_checked()
    expect(page.locator(f"#e{q2}")).to_have_value("Typed on the bus.")
    expect(status(page, q1)).to_have_text(UNSAVED)
    assert stored(response) == {}

    monkeypatch.undo()
    page.context.set_offline(True)  # and back: the browser's "online" event
    page.context.set_offline(False)
    for question in (q1, q2):
        expect(status(page, question)).to_contain_text("Saved at")
    settle(page)
    assert stored(response) == {
        q1: ("rated", 2, None, ""),
        q2: ("rated", None, None, "Typed on the bus."),
    }
    assert page.evaluate(QUEUED_JS) == []


def test_a_save_from_a_stale_page_shows_the_newer_answer_and_keeps_what_was_typed(opened):
    page, response, (q1, _q2, _q3) = opened
    rate(page, q1, "c", 2)
    expect(status(page, q1)).to_contain_text("Saved at")
    settle(page)
    # Meanwhile the same member saves another answer on another device.
    answer_services.answer_save(
        response=response,
        question=Answer.objects.get(response=response).question,
        current=3,
        evidence="From the laptop.",
        revision=1,
    )

    page.locator(f"#e{q1}").fill("From the phone, stale.")
    block = page.locator(f"#q{q1}")
    expect(block).to_contain_text("A newer answer to this question was saved elsewhere")
    expect(block).to_contain_text("Your answer, not saved:")
    expect(block).to_contain_text("From the phone, stale.")
    expect(page.locator(f"#c{q1}-3")).to_be_checked()
    expect(page.locator(f"#e{q1}")).to_have_value("From the laptop.")
    settle(page)
    assert stored(response)[q1] == ("rated", 3, None, "From the laptop.")
    assert page.evaluate(QUEUED_JS) == []

    # The member goes on from the newer answer: saved.
    page.locator(f"#e{q1}").fill("From the laptop, and the phone.")
    expect(status(page, q1)).to_contain_text("Saved at")
    settle(page)
    assert stored(response)[q1] == ("rated", 3, None, "From the laptop, and the phone.")


def test_evidence_typed_just_before_leaving_is_saved(opened, new_page, sign_in):
    """The page is left before the typing pause that would send the evidence: it asks first,
    and sends it on the way out. Another device then finds it on the server."""
    page, response, (q1, _q2, _q3) = opened
    asked = []
    page.on("dialog", lambda dialog: (asked.append(dialog.type), dialog.accept()))
    page.locator(f"#e{q1}").press_sequentially("Last words.")
    page.goto(reverse("assessments:round_list", args=[response.round.event_id]))
    settle(page)
    assert asked == ["beforeunload"]

    other = new_page(*PHONE)
    sign_in(other, response.respondent.username, DEFAULT_PASSWORD)
    for _attempt in range(20):  # until the request sent on the way out has been answered
        other.goto(response_path(response))
        if other.locator(f"#e{q1}").input_value() == "Last words.":
            break
    expect(other.locator(f"#e{q1}")).to_have_value("Last words.")
    expect(status(other, q1)).to_contain_text("Saved at")
