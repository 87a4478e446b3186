"""The consensus session on the projector, by keyboard alone: the facilitator opens it from the
consensus list at 1920x1080 and records five questions with two key presses each (a digit for
the agreed current rating, N to save and go on; the desired rating stays at the members'
median). A digit typed in a text field stays there; Escape leaves the field and N saves. Then
the scores are read from the database. axe checks the list and the projector page (also on a
phone); the screenshots are kept as `consensus-projector-<width>.png`."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from assessments import scoring
from assessments.models import ConsensusScore, Question
from assessments.selectors.consensus import question_agreement
from builders.factories import DEFAULT_PASSWORD
from builders.rounds import answered_round
from tests.e2e.helpers import settle, url_re
from tests.e2e.test_keyboard import tab_until

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PROJECTOR = (1920, 1080)
EVIDENCE = [
    "The 2030 sector review names a unit for it, but it has no budget line.",
    "Staff survey: half the districts never received the guidelines.",
    "",
    "Partners fund it project by project; nothing is in the ministry's plan.",
]


def scores(member: int, position: int) -> dict:
    """Four members who see things differently: a spread on most questions, evidence from
    three of them, a "don't know" now and then."""
    if (member + position) % 11 == 0:
        return {"kind": "dont_know", "evidence": "Not my area."}
    current = 1 + (position * 5 + member * (position % 3 + 1)) % 4
    return {
        "current": current,
        "desired": min(4, current + 1 + (member + position) % 2),
        "evidence": EVIDENCE[member] if position % 2 == 0 else "",
    }


def test_a_facilitator_records_five_questions_by_keyboard_on_the_projector(
    new_page, sign_in, facilitator, core_group, event, check_a11y, screenshots_dir
):
    assessment_round = answered_round(
        event=event, members=[member.user for member in core_group], scores=scores
    )
    rows = question_agreement(assessment_round=assessment_round)
    digits = ["3", "1", "4", "2", "2"]
    expected = {
        row["question"].code: (int(digit), scoring.rounded_median(row["desired"]))
        for row, digit in zip(rows, digits, strict=False)
    }
    listing = reverse("assessments:consensus", args=[event.pk, assessment_round.pk])

    page = new_page(*PROJECTOR)
    sign_in(page, facilitator.username, DEFAULT_PASSWORD)
    page.goto(listing)
    settle(page)
    check_a11y(page, "consensus list")
    # A question a line: a dozen rows in a laptop's screen under the event's tabs.
    page.set_viewport_size({"width": 1280, "height": 800})
    rows_seen = page.evaluate(
        "[...document.querySelectorAll('.consensus-list > li')]"
        ".filter((row) => row.getBoundingClientRect().bottom <= innerHeight).length"
    )
    assert rows_seen >= 12, f"{rows_seen} questions in a 1280x800 screen"
    page.set_viewport_size({"width": PROJECTOR[0], "height": PROJECTOR[1]})
    start = reverse("assessments:consensus_projector_start", args=[event.pk, assessment_round.pk])
    page.locator(f'main a[href="{start}"]').click()
    page.wait_for_url(url_re(projector_path(assessment_round, rows[0]["question"])))
    settle(page)
    check_a11y(page, "consensus on the projector")
    # The whole screen holds the question, the dots, the descriptors and the form.
    assert page.evaluate("document.documentElement.scrollHeight") <= PROJECTOR[1]
    page.screenshot(path=str(screenshots_dir / "consensus-projector-1920.png"))

    for index, (row, digit) in enumerate(zip(rows, digits, strict=False)):
        expect(page.locator("h1")).to_contain_text(row["question"].code)
        expect(page.locator(".projector-kicker")).to_contain_text(f"Question {index + 1} of")
        page.keyboard.press(digit)
        expect(page.locator(f"input[name=current][value='{digit}']")).to_be_checked()
        page.keyboard.press("n")
        following = rows[index + 1]["question"]
        page.wait_for_url(url_re(projector_path(assessment_round, following)))
        settle(page)
        expect(page.locator("[role=status]")).to_contain_text(row["question"].code)

    # In a text field, the keys type: "4" and "n" stay in the dissent; Escape leaves it.
    tab_until(page, "#id_dissent")
    page.keyboard.type("4 members n")
    expect(page.locator("#id_dissent")).to_have_value("4 members n")
    assert page.url.endswith(projector_path(assessment_round, rows[5]["question"]))
    expect(page.locator("input[name=current][value='4']")).not_to_be_checked()
    check_a11y(page, "consensus on the projector, the sixth question")
    page.keyboard.press("Escape")
    expect(page.locator("#id_dissent")).not_to_be_focused()
    page.keyboard.press("n")  # the medians, with the dissent as typed
    page.wait_for_url(url_re(projector_path(assessment_round, rows[6]["question"])))
    settle(page)
    sixth = rows[5]
    expected[sixth["question"].code] = (
        scoring.rounded_median(sixth),
        scoring.rounded_median(sixth["desired"]),
    )

    recorded = {
        score.question.code: (score.current, score.desired)
        for score in ConsensusScore.objects.filter(round=assessment_round).select_related(
            "question"
        )
    }
    assert recorded == expected
    assert ConsensusScore.objects.get(question=sixth["question"]).dissent == "4 members n"
    # Checked on a laptop or a phone before the session: one column, nothing wider than the screen.
    for width, height in ((1280, 800), (375, 812)):
        page.set_viewport_size({"width": width, "height": height})
        page.reload()
        settle(page)
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        page.screenshot(
            path=str(screenshots_dir / f"consensus-projector-{width}.png"), full_page=True
        )
    check_a11y(page, "consensus on the projector, on a phone")
    page.goto(listing)
    settle(page)
    page.screenshot(path=str(screenshots_dir / "consensus-list-375.png"), full_page=True)
    page.set_viewport_size({"width": 1280, "height": 800})
    page.screenshot(path=str(screenshots_dir / "consensus-list-1280.png"))
    assert not check_a11y.violations, check_a11y.report()


def projector_path(assessment_round, question: Question) -> str:
    return reverse(
        "assessments:consensus_projector",
        args=[assessment_round.event_id, assessment_round.pk, question.pk],
    )
