"""The journey's steps from the event's creation to the assessment: the facilitator creates the
event and invites, the invitees join, the phases move on, the members score on a phone."""

import datetime
import re
import zoneinfo

from django.db.models import Q
from django.urls import reverse
from playwright.sync_api import Page, expect

from assessments.models import Answer, Response
from tests.e2e.helpers import (
    PHONE,
    choose_language,
    follow,
    invitation_link,
    page_in,
    pick_organisation,
    submit,
    tab,
    url_re,
)
from tests.e2e.journey import (
    BY_KEY,
    EVENT_TITLE,
    INVITEES,
    PASSWORD,
    RATED,
    SCORES,
    TIME_ZONE,
    Journey,
)

# --- The steps ------------------------------------------------------------------------------------


def facilitator_creates_the_event(j: Journey, sign_in) -> None:
    page = j.facilitator = j.open()
    sign_in(page, "hanna", PASSWORD)
    expect(page).to_have_url(url_re("/"))
    choose_language(page, j.language)
    j.seen(page, "dashboard (no event yet)")

    follow(page, reverse("events:create"))
    j.seen(page, "new event")
    day1 = datetime.date.today() + datetime.timedelta(days=21)
    page.locator("#id_title").fill(EVENT_TITLE)
    page.locator("#id_sector").select_option("health")
    page.locator("#id_country").select_option("UG")
    page.locator("#id_language").select_option(j.language)
    page.locator("#id_time_zone").select_option(TIME_ZONE)
    page.locator("#id_venue").fill("Kampala Serena Hotel")
    page.locator("#id_day1").fill(day1.isoformat())
    submit(page, arrive=re.compile(r"/events/\d+/$"))
    j.event_pk = int(re.search(r"/events/(\d+)/$", page.url).group(1))
    j.says(page, "The event was created with its five-day agenda")
    j.seen(page, "event overview (new)")

    tab(page, j.event_url("events:agenda"))
    expect(page.locator("main #day-1")).to_be_visible()
    j.seen(page, "agenda", screenshot="03-agenda")


def facilitator_invites(j: Journey) -> None:
    page = j.facilitator
    tab(page, j.event_url("events:people"))
    j.seen(page, "people (empty)")
    for invitee in INVITEES:
        follow(page, j.event_url("events:invite"))
        j.seen(page, "invitation form")
        page.locator("#id_full_name").fill(invitee.full_name)
        page.locator("#id_email").fill(invitee.email)
        if invitee.kind:
            page.locator("#id_new_organisation_name").fill(invitee.organisation)
            page.locator("#id_new_organisation_kind").select_option(invitee.kind)
        else:
            pick_organisation(page, "organisation", invitee.organisation)
        page.locator("#id_role").select_option(invitee.role)
        submit(page, arrive=j.event_url("events:people"))
        j.says(page, f"Invitation queued: it will be emailed to {invitee.email}.")
    j.seen(page, "people (invitations waiting)")


def invitees_join(j: Journey) -> None:
    for invitee in INVITEES:
        page = j.open()
        page.goto(invitation_link(invitee.email))
        j.says(page, f"You are invited to {EVENT_TITLE}")
        j.seen(page, f"invitation ({invitee.role})")
        submit(page, arrive=j.event_url("events:detail"))
        j.says(page, f"Welcome, {invitee.full_name}.")
        choose_language(page, j.language)
        j.seen(page, f"event overview ({invitee.role})")
        j.people[invitee.key] = page


def facilitator_names_the_lead_and_starts(j: Journey) -> None:
    page = j.facilitator
    tab(page, j.event_url("events:people"))
    lead = BY_KEY["lead"]
    page.locator("main li", has_text=lead.email).locator('a[href$="/edit/"]').click()
    page.wait_for_url(re.compile(r"/people/\d+/edit/$"))
    j.seen(page, "role form")
    page.locator("#id_is_lead").check()
    submit(page, arrive=j.event_url("events:people"))
    j.says(page, f"{lead.full_name}'s role was saved.")
    expect(page.locator("main .alert-warning")).to_have_count(0)  # the core group is in norm
    j.seen(page, "people", screenshot="04-people")

    tab(page, j.event_url("events:detail"))
    for phase in ("kick_off", "core_group_work"):
        advance(j, phase)

    page.locator(".navbar-brand").click()
    page.wait_for_url(url_re("/"))
    j.says(page, "Events you facilitate")
    j.seen(page, "dashboard", screenshot="01-dashboard")
    follow(page, j.event_url("events:detail"))
    j.seen(page, "event overview", screenshot="02-event-overview")


def advance(j: Journey, phase: str) -> None:
    """The facilitator starts the next phase from the event's overview, on the page that says
    what the phase opens and closes."""
    page = j.facilitator
    if not page.url.endswith(j.event_url("events:detail")):
        tab(page, j.event_url("events:detail"))
    follow(page, j.event_url("events:phase_advance"))
    form = f'main form[action="{j.event_url("events:phase_advance")}"]'
    expect(page.locator(f"{form} input[name=phase]")).to_have_value(phase)
    j.seen(page, f"start the phase ({phase})")
    submit(page, form, arrive=j.event_url("events:detail"))
    expect(page.locator("main .phase-steps [aria-current=step]")).to_have_count(1)
    if j.language == "en":
        label = {
            "kick_off": "Kick-off",
            "core_group_work": "Core-group work",
            "endorsement": "Endorsement",
            "follow_up": "Follow-up",
        }[phase]
        j.says(page, f"The event is now in the {label} phase.")
        expect(page.locator("main .phase-steps [aria-current=step]")).to_have_text(label)
    j.seen(page, f"event overview ({phase})")


def facilitator_opens_a_round(j: Journey) -> None:
    page = j.facilitator
    tab(page, j.event_url("assessments:round_list"))
    j.seen(page, "assessment rounds (none)")
    follow(page, j.event_url("assessments:round_create"))
    j.seen(page, "new round")
    version = page.locator("#id_version option:not([value=''])").first.get_attribute("value")
    page.locator("#id_version").select_option(version)
    now = datetime.datetime.now(zoneinfo.ZoneInfo(TIME_ZONE)).replace(second=0, microsecond=0)
    page.locator("#id_opens_at").fill(
        (now - datetime.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M")
    )
    page.locator("#id_closes_at").fill(
        (now + datetime.timedelta(days=3)).strftime("%Y-%m-%dT%H:%M")
    )
    respondents = page.locator("input[name=respondents]")
    expect(respondents).to_have_count(4)
    for index in range(4):
        respondents.nth(index).check()
    submit(page, arrive=j.event_url("assessments:round_list"))
    j.says(page, "The round is open to the members you chose.")
    j.seen(page, "assessment rounds")


def open_my_assessment(j: Journey, key: str) -> Page:
    """The member, on a phone, goes from the dashboard to their own assessment."""
    page = page_in(j.people[key].context, *PHONE)
    page.goto("/")
    follow(page, j.event_url("events:detail"))
    tab(page, j.event_url("assessments:round_list"))
    page.locator('main a[href*="/assessment/responses/"]').click()
    page.wait_for_url(re.compile(r"/assessment/responses/\d+/$"))
    return page


def question_pks(page: Page) -> list[str]:
    return page.locator("main div[id^=q]").evaluate_all("blocks => blocks.map(b => b.id.slice(1))")


def answer(page: Page, pks: list[str], key: str, start: int = 0) -> None:
    """Answer these questions (the index of the first is `start`): the first RATED ones with two
    rating buttons (their labels: the inputs are Bootstrap btn-check), the others "don't know".
    Each change is autosaved by the page's queue, which shows the saved answer's status.

    Clicks go one after the other without waiting, with one exception: a question's desired
    rating waits until its current rating has come back, as a member's second tap usually does.
    The live server takes the saves one at a time (OneAtATimeWSGIServer)."""
    blocks = "main div[id^=q]"
    status = "[role=status]"
    before = page.locator(f"{blocks} {status}:not(:empty)").count()
    numbered = list(enumerate(pks, start=start))
    rated = [(pk, SCORES[key](index)) for index, pk in numbered if index < RATED]
    for pk, (current, _desired) in rated:
        page.locator(f'label[for="c{pk}-{current}"]').click()
    if rated:
        # Each current rating saved: its question's status is written.
        saved = ", ".join(f"#q{pk} {status}:not(:empty)" for pk, _s in rated)
        expect(page.locator(saved)).to_have_count(len(rated))
    for pk, (_current, desired) in rated:
        page.locator(f'label[for="d{pk}-{desired}"]').click()
    for index, pk in numbered:
        if index >= RATED:
            page.locator(f'label[for="k{pk}-dont_know"]').click()
    expect(page.locator(f"{blocks} {status}:not(:empty)")).to_have_count(before + len(pks))
    expect(page.locator(f"{blocks} {status}.text-danger")).to_have_count(0)
    page.wait_for_load_state("networkidle")  # the desired ratings too


def answer_in_steps(page: Page, key: str, start: int = 0, stop: int = 60) -> None:
    """Answer the questions `start` to `stop` (excluded) as the form shows them, one step (a
    dimension) at a time: the step's questions, then Next."""
    index = start
    while index < stop:
        pks = question_pks(page)
        answer(page, pks, key, start=index)
        index += len(pks)
        if index < stop:
            page.locator("[data-step-next]").click()
            page.wait_for_url(re.compile(r"\?step=\d+$"))
            page.wait_for_load_state("load")


def submit_my_answers(j: Journey, page: Page, key: str) -> None:
    page.locator("[data-step-next]").click()  # on the last step: Review and submit
    page.wait_for_url(re.compile(r"/responses/\d+/submit/$"))
    j.says(page, "You answered 60 of 60 questions.")
    j.seen(page, "submit confirmation")
    submit(page, arrive=j.event_url("assessments:round_list"))
    j.says(page, "Your answers are submitted and locked.")


def members_fill_the_assessment(j: Journey) -> None:
    # The lead: everything, step by step.
    page = open_my_assessment(j, "lead")
    j.seen(page, "assessment form")
    j.says(page, "Step 1 of 20")
    answer_in_steps(page, "lead")
    j.says(page, "Step 20 of 20")
    submit_my_answers(j, page, "lead")
    j.seen(page, "assessment rounds (member, submitted)")
    page.close()

    # Henry leaves halfway: he closes the page, comes back later and finds his answers.
    page = open_my_assessment(j, "henry")
    first = question_pks(page)
    half = 30
    answer_in_steps(page, "henry", stop=half)
    page.close()
    page = open_my_assessment(j, "henry")
    mine = page.url
    # What a phone shows: the form goes on from the first step not finished, under the
    # progress bar and the step bar.
    j.seen(
        page, "assessment form (half answered)", screenshot="05-assessment-form", full_page=False
    )
    expect(page.locator("#progress [role=progressbar]")).to_have_attribute("aria-valuenow", "50")
    j.says(page, f"{half} of 60 answered")
    j.says(page, "Step 11 of 20")
    pks = question_pks(page)
    expect(page.locator(f"#q{pks[0]} input:checked")).to_have_count(0)  # not answered yet
    answer_in_steps(page, "henry", start=half)
    submit_my_answers(j, page, "henry")
    # The first answers, on the first step, as they were saved before the break.
    page.goto(mine + "?step=1")
    first_current, first_desired = SCORES["henry"](0)
    if j.language == "en":
        expect(page.locator(f"#q{first[0]}")).to_contain_text(
            f"Current: {first_current} Emerging · Desired: {first_desired} Established"
        )
    page.close()

    # The development partner.
    page = open_my_assessment(j, "jonas")
    answer_in_steps(page, "jonas")
    submit_my_answers(j, page, "jonas")
    # Three responses are in, but the round is still open: members see its results once it has
    # closed, so that no two moments of it can be compared.
    expect(page.locator('main a[href$="/results/"]')).to_have_count(0)
    page.close()

    # What the pages said, the database holds (read while every browser is idle).
    answers = Answer.objects.filter(
        response__round__event_id=j.event_pk, response__status=Response.Status.SUBMITTED
    )
    assert answers.count() == 3 * 60
    rated = answers.filter(kind=Answer.Kind.RATED)
    assert rated.count() == 3 * RATED
    assert not rated.filter(Q(current__isnull=True) | Q(desired__isnull=True)).exists()
