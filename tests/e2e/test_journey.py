"""The whole journey of one event, in the browser, as the people themselves take it.

Only the two accounts nobody can create from the site are made through the ORM (a facilitator
holding `events.add_event`, a donor); invitation links are read from the outbox. Everything else
is clicked and typed: the facilitator creates the event and invites a government-led core group
and two stakeholders, who join through their links; the event moves through its phases; three
members score the assessment on a phone (one leaves halfway and comes back), the facilitator
records a consensus, the group writes key issues and votes with dots, drafts the plan; the
facilitator freezes it, organisations record positions, the endorsement closes endorsed and the
version is published; the event report is made as PDF and downloaded; the donor pledges; a
progress update is recorded.

The facilitator's pages run at desktop and phone widths, the assessment always on a phone. Each
main page is photographed (`shot`) and every page visited is checked with axe-core; the serious
and critical violations of the whole run are asserted at the end, in one list.

`language` is passed through: the event's language, each browser's locale and, for a language
other than English, the footer's language switcher. Words on the pages are asserted only in
English runs.
"""

import datetime
import io
import re
import zoneinfo
from dataclasses import dataclass, field

import pypdf
import pytest
from django.contrib.auth.models import Permission
from django.db.models import Q
from django.urls import reverse
from playwright.sync_api import Page, expect

from assessments.models import Answer, Response
from cdfacil.models import Organisation, User
from tests.e2e.helpers import (
    DESKTOP,
    PHONE,
    SIZES,
    choose_language,
    follow,
    invitation_link,
    page_in,
    submit,
    tab,
    url_re,
)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "Kampala-sunbird-2031"
TIME_ZONE = "Africa/Kampala"
EVENT_TITLE = "Health sector capacity development 2031"
PLAN_TITLE = "Health sector capacity development plan 2031-2033"


@dataclass(frozen=True)
class Invitee:
    key: str
    full_name: str
    email: str
    role: str
    organisation: str
    # The kind of a new organisation, typed in the invitation form; None: chosen from the list.
    kind: str | None


INVITEES = [
    Invitee(
        "lead",
        "Sarah Nakato",
        "sarah.nakato@health.go.ug",
        "core_group",
        "Ministry of Health",
        "government",
    ),
    Invitee(
        "henry",
        "Henry Okello",
        "henry.okello@finance.go.ug",
        "core_group",
        "Ministry of Finance, Planning and Economic Development",
        "government",
    ),
    Invitee(
        "irene",
        "Irene Achieng",
        "irene.achieng@health.go.ug",
        "core_group",
        "Ministry of Health",
        None,
    ),
    Invitee(
        "jonas",
        "Jonas Weber",
        "jonas.weber@giz.de",
        "core_group",
        "Deutsche Gesellschaft für Internationale Zusammenarbeit",
        "development_partner",
    ),
    Invitee(
        "ruth",
        "Ruth Namutebi",
        "ruth.namutebi@unhco.or.ug",
        "stakeholder",
        "Uganda National Health Consumers' Organisation",
        "civil_society",
    ),
    Invitee(
        "peter",
        "Peter Ssali",
        "peter.ssali@uhpa.or.ug",
        "stakeholder",
        "Uganda Healthcare Providers Association",
        "private_sector",
    ),
]
BY_KEY = {invitee.key: invitee for invitee in INVITEES}

# Who scores the assessment, and how: the first RATED questions get (current, desired) from
# the function, the others "don't know". Different scores make a spread for the consensus.
RATED = 4
SCORES = {
    "lead": lambda i: (1 + i % 2, 4),
    "henry": lambda i: (2, 3 + i % 2),
    "jonas": lambda i: (1 + i % 3, 4),
}


@dataclass
class Journey:
    width: int
    language: str
    new_page: object
    check_a11y: object
    shot: object
    facilitator: Page | None = None
    event_pk: int | None = None
    people: dict = field(default_factory=dict)  # invitee key -> their page (own context)
    shots: list = field(default_factory=list)
    checked: set = field(default_factory=set)

    @property
    def size(self) -> tuple[int, int]:
        return SIZES[self.width]

    def open(self) -> Page:
        """A page in a new browser context: a new person's browser."""
        return self.new_page(*self.size, language=self.language)

    def seen(
        self, page: Page, name: str, *, screenshot: str | None = None, full_page: bool = True
    ) -> None:
        """Each page visited is checked by axe, once for each state and role (`name` says which:
        the invitation page of the second core-group member is not checked again); the main
        pages are photographed too."""
        if name not in self.checked:
            self.checked.add(name)
            self.check_a11y(page, name)
        if screenshot:
            self.shots.append(self.shot(page, screenshot, full_page=full_page))

    def says(self, page: Page, text: str) -> None:
        if self.language == "en":
            expect(page.locator("main")).to_contain_text(text)

    def event_url(self, name: str, *args) -> str:
        return reverse(name, args=[self.event_pk, *args])


# --- The accounts nobody can create from the site -------------------------------------------------


def make_accounts():
    facilitation = Organisation.objects.create(
        name="Joint Approach Facilitation Team", kind=Organisation.Kind.OTHER, country="UG"
    )
    facilitator = User.objects.create_user(
        username="hanna",
        email="hanna.lindqvist@example.org",
        password=PASSWORD,
        first_name="Hanna",
        last_name="Lindqvist",
        organisation=facilitation,
    )
    facilitator.user_permissions.add(
        Permission.objects.get(codename="add_event", content_type__app_label="events")
    )
    delegation = Organisation.objects.create(
        name="Delegation of the European Union to Uganda",
        kind=Organisation.Kind.DEVELOPMENT_PARTNER,
        country="UG",
    )
    User.objects.create_user(
        username="marie",
        email="marie.dubois@example.eu",
        password=PASSWORD,
        first_name="Marie",
        last_name="Dubois",
        organisation=delegation,
        is_donor=True,
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
            page.locator("#id_organisation").select_option(label=invitee.organisation)
        page.locator("#id_role").select_option(invitee.role)
        submit(page, arrive=j.event_url("events:people"))
        j.says(page, f"An invitation was sent to {invitee.email}.")
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
    """The facilitator starts the next phase from the event's overview."""
    page = j.facilitator
    if not page.url.endswith(j.event_url("events:detail")):
        tab(page, j.event_url("events:detail"))
    form = f'main form[action="{j.event_url("events:phase_advance")}"]'
    expect(page.locator(f"{form} input[name=phase]")).to_have_value(phase)
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
    Each change is autosaved by htmx, which swaps the question's block with the saved answer.

    Clicks go one after the other without waiting, with one exception: a question's desired
    rating waits until its current rating has come back. The swap replaces the form, and htmx
    drops a change queued on a form it replaced, so a second click on the same question during
    a save would be lost. The live server takes the saves one at a time (OneAtATimeWSGIServer)."""
    blocks = "main div[id^=q]"
    status = "[role=status]"
    before = page.locator(f"{blocks} {status}:not(:empty)").count()
    numbered = list(enumerate(pks, start=start))
    rated = [(pk, SCORES[key](index)) for index, pk in numbered if index < RATED]
    for pk, (current, _desired) in rated:
        page.locator(f'label[for="c{pk}-{current}"]').click()
    if rated:
        # Swapped and settled: htmx wires the new form only when it takes `htmx-added` off.
        saved = ", ".join(f"#q{pk}:not(.htmx-added) {status}:not(:empty)" for pk, _s in rated)
        expect(page.locator(saved)).to_have_count(len(rated))
    for pk, (_current, desired) in rated:
        page.locator(f'label[for="d{pk}-{desired}"]').click()
    for index, pk in numbered:
        if index >= RATED:
            page.locator(f"#k{pk}").select_option("dont_know")
    expect(page.locator(f"{blocks} {status}:not(:empty)")).to_have_count(before + len(pks))
    expect(page.locator(f"{blocks} {status}.text-danger")).to_have_count(0)
    page.wait_for_load_state("networkidle")  # the desired ratings too


def submit_my_answers(j: Journey, page: Page, key: str) -> None:
    page.locator('main a[href$="/submit/"]').click()
    page.wait_for_url(re.compile(r"/responses/\d+/submit/$"))
    j.says(page, "You answered 60 of 60 questions.")
    j.seen(page, "submit confirmation")
    submit(page, arrive=j.event_url("assessments:round_list"))
    j.says(page, "Your answers are submitted and locked.")


def members_fill_the_assessment(j: Journey) -> None:
    # The lead: everything at once.
    page = open_my_assessment(j, "lead")
    j.seen(page, "assessment form")
    pks = question_pks(page)
    assert len(pks) == 60
    answer(page, pks, "lead")
    submit_my_answers(j, page, "lead")
    j.seen(page, "assessment rounds (member, submitted)")
    page.close()

    # Henry leaves halfway: he closes the page, comes back later and finds his answers.
    page = open_my_assessment(j, "henry")
    pks = question_pks(page)
    half = len(pks) // 2
    answer(page, pks[:half], "henry")
    page.close()
    page = open_my_assessment(j, "henry")
    # What a phone shows: the first questions, answered, under the progress bar.
    j.seen(
        page, "assessment form (half answered)", screenshot="05-assessment-form", full_page=False
    )
    expect(page.locator("#progress [role=progressbar]")).to_have_attribute("aria-valuenow", "50")
    j.says(page, f"{half} of {len(pks)} answered")
    first_current, first_desired = SCORES["henry"](0)
    expect(page.locator(f"#c{pks[0]}-{first_current}")).to_be_checked()
    expect(page.locator(f"#d{pks[0]}-{first_desired}")).to_be_checked()
    expect(page.locator(f"#k{pks[half - 1]}")).to_have_value("dont_know")
    expect(page.locator(f"#k{pks[half]}")).to_have_value("rated")  # not answered yet
    answer(page, pks[half:], "henry", start=half)
    submit_my_answers(j, page, "henry")
    page.close()

    # The development partner.
    page = open_my_assessment(j, "jonas")
    answer(page, question_pks(page), "jonas")
    submit_my_answers(j, page, "jonas")
    # Three responses are in: members see the results too.
    expect(page.locator('main a[href$="/results/"]')).to_be_visible()
    page.close()

    # What the pages said, the database holds (read while every browser is idle).
    answers = Answer.objects.filter(
        response__round__event_id=j.event_pk, response__status=Response.Status.SUBMITTED
    )
    assert answers.count() == 3 * 60
    rated = answers.filter(kind=Answer.Kind.RATED)
    assert rated.count() == 3 * RATED
    assert not rated.filter(Q(current__isnull=True) | Q(desired__isnull=True)).exists()


def facilitator_records_consensus(j: Journey) -> None:
    page = j.facilitator
    tab(page, j.event_url("assessments:round_list"))
    j.says(page, "3 of 4 submitted")
    j.seen(page, "assessment rounds (3 submitted)")
    page.locator('main a[href$="/consensus/"]').click()
    page.wait_for_url(re.compile(r"/rounds/\d+/consensus/$"))
    consensus_url = page.url
    j.seen(page, "consensus")
    # The question with the least agreement comes first.
    page.locator('main a[href*="/consensus/"]').first.click()
    page.wait_for_url(re.compile(r"/rounds/\d+/consensus/\d+/$"))
    j.seen(page, "consensus form")
    page.locator("#id_current").select_option("2")
    page.locator("#id_desired").select_option("4")
    page.locator("#id_rationale").fill("Plans exist on paper but are not yet used by districts.")
    page.locator("#id_dissent").fill("The partner member would score the current level 1.")
    submit(page, arrive=re.compile(re.escape(consensus_url) + "$"))
    j.says(page, "Consensus recorded for")
    j.says(page, "Agreed: current 2, desired 4")
    j.seen(page, "consensus (one agreed)")

    tab(page, j.event_url("assessments:round_list"))
    page.locator('main a[href$="/results/"]').click()
    page.wait_for_url(re.compile(r"/rounds/\d+/results/$"))
    j.says(page, "From 3 submitted responses.")
    j.seen(page, "results", screenshot="06-results")


def group_writes_key_issues_and_votes(j: Journey) -> None:
    key_issues = j.event_url("actionplans:key_issue_list")

    page = j.people["lead"]
    tab(page, key_issues)
    j.seen(page, "key issues (member, none)")
    follow(page, j.event_url("actionplans:key_issue_from_gaps"))
    j.seen(page, "key issue from the gaps")
    gaps = page.locator("main input[name=questions]")
    gaps.nth(0).check()
    gaps.nth(1).check()
    page.locator("#id_title").fill("Planning and budgeting skills in the districts")
    page.locator("#id_description").fill("District teams cannot yet cost their annual plans.")
    submit(page, arrive=key_issues)
    j.says(page, "The key issue was added.")

    page = j.people["henry"]
    tab(page, key_issues)
    follow(page, j.event_url("actionplans:key_issue_create"))
    j.seen(page, "write a key issue")
    page.locator("#id_title").fill("Health information flows between levels")
    page.locator("#id_description").fill("Reports reach the ministry late and incomplete.")
    submit(page, arrive=key_issues)
    j.says(page, "The key issue was added.")
    issues = [
        int(value.removeprefix("issue-"))
        for value in page.locator("main li[id^=issue-]").evaluate_all(
            "items => items.map(i => i.id)"
        )
    ]
    assert len(issues) == 2
    first, second = issues

    def settled(page):
        # The list is swapped whole; htmx wires its forms when it takes `htmx-added` off.
        expect(page.locator("#key-issues.htmx-added")).to_have_count(0)

    def plus(page, issue, dots_after):
        button = page.locator(f'#issue-{issue} form:has(input[name=step][value="1"]) button')
        button.click()
        expect(page.locator(f"#dots-{issue}")).to_have_value(str(dots_after))
        settled(page)

    # Henry sets his dots with the number field; the lead and Jonas with "+".
    page.locator(f"#dots-{second}").fill("2")
    page.locator(f"#issue-{second} form:has(#dots-{second}) button").click()
    expect(page.locator(f"#dots-{second}")).to_have_value("2")
    settled(page)
    j.says(page, "You have 3 of 5 dots left.")
    j.seen(page, "key issues (member voted)")

    page = j.people["lead"]
    page.reload()
    for dots in (1, 2, 3):
        plus(page, first, dots)
    j.says(page, "You have 2 of 5 dots left.")
    page = j.people["jonas"]
    tab(page, key_issues)
    plus(page, first, 1)
    plus(page, second, 1)
    j.seen(page, "key issues (member voted, no dots left)")

    page = j.facilitator
    tab(page, key_issues)
    j.says(page, "7 dots placed so far")
    j.seen(page, "key issues", screenshot="07-key-issues")
    follow(page, j.event_url("actionplans:ballot_close"))
    j.seen(page, "close the vote")
    submit(page, arrive=key_issues)
    j.says(page, "The vote is closed; the ranking is final.")
    expect(page.locator("main li[id^=issue-]").first).to_have_id(f"issue-{first}")
    j.seen(page, "key issues (closed)")


def core_group_drafts_the_plan(j: Journey) -> None:
    plan_url = j.event_url("actionplans:plan_detail")

    def part_new(kind):
        return j.event_url("actionplans:plan_part_create", kind)

    page = j.people["lead"]
    tab(page, plan_url)
    j.seen(page, "action plan (not started)")
    follow(page, j.event_url("actionplans:plan_create"))
    j.seen(page, "start the action plan")
    page.locator("#id_title").fill(PLAN_TITLE)
    submit(page, arrive=plan_url)
    j.says(page, "The action plan was created.")
    follow(page, part_new("objective"))
    j.seen(page, "new objective")
    page.locator("#id_title").fill("District health teams plan and budget on evidence")
    submit(page, arrive=plan_url)

    page = j.people["henry"]
    tab(page, plan_url)
    page.locator(f'main a[href^="{part_new("output")}?objective="]').click()
    page.wait_for_url(re.compile(r"/plan/output/new/\?objective=\d+$"))
    j.seen(page, "new output")
    page.locator("#id_title").fill("District planners trained in costed planning")
    submit(page, arrive=plan_url)
    page.locator(f'main a[href^="{part_new("indicator")}?output="]').click()
    page.wait_for_url(re.compile(r"/plan/indicator/new/\?output=\d+$"))
    j.seen(page, "new indicator")
    page.locator("#id_description").fill("Districts with a costed annual health plan")
    page.locator("#id_unit").fill("districts")
    page.locator("#id_baseline_value").fill("12")
    page.locator("#id_baseline_year").fill("2031")
    page.locator("#id_target_value").fill("60")
    page.locator("#id_target_year").fill("2033")
    page.locator("#id_means_of_verification").fill("Annual planning review")
    submit(page, arrive=plan_url)
    j.says(page, "The indicator was saved.")

    page = j.people["jonas"]
    tab(page, plan_url)
    page.locator(f'main a[href^="{part_new("action")}?output="]').click()
    page.wait_for_url(re.compile(r"/plan/action/new/\?output=\d+$"))
    j.seen(page, "new action")
    page.locator("#id_title").fill("Coach district planners in costing")
    page.locator("#id_description").fill("Quarterly coaching visits by the planning department.")
    page.locator("#id_responsible_organisation").select_option(label="Ministry of Health")
    page.locator("#id_lead_person").fill("Sarah Nakato")
    today = datetime.date.today()
    page.locator("#id_starts_on").fill(
        today.replace(year=today.year + 1, month=1, day=1).isoformat()
    )
    page.locator("#id_ends_on").fill(
        today.replace(year=today.year + 2, month=12, day=31).isoformat()
    )
    page.locator("#id_cd_method").select_option("coaching")
    page.locator("#id_estimated_cost").fill("120000")
    page.locator("#id_currency").fill("usd")
    for box in page.locator("main input[name=key_issues]").all():
        box.check()
    page.locator("main input[name=indicators]").first.check()
    submit(page, arrive=plan_url)
    j.says(page, "The action was saved.")
    expect(page.locator("main li[id^=action-] .text-danger")).to_have_count(0)  # indicator linked
    j.seen(page, "action plan (member)")


def facilitator_freezes(j: Journey) -> None:
    page = j.facilitator
    advance(j, "endorsement")
    tab(page, j.event_url("actionplans:plan_detail"))
    j.says(page, PLAN_TITLE)
    j.seen(page, "action plan", screenshot="08-plan")
    follow(page, j.event_url("actionplans:plan_freeze"))
    j.seen(page, "freeze a version")
    version_url = j.event_url("actionplans:version_detail", 1)
    submit(page, arrive=version_url)
    j.says(page, "Version 1 was frozen and is open for positions.")
    j.seen(page, "version 1 (open)")


def organisations_record_positions(j: Journey) -> None:
    version_url = j.event_url("actionplans:version_detail", 1)
    position_form = f'main form[action="{version_url}position/"]'
    stances = {
        "lead": ("endorse", ""),
        "henry": ("reservations", "Costs must fit the medium-term expenditure framework."),
        "jonas": ("endorse", ""),
        "ruth": ("object", "Civil society wants a role in monitoring the districts."),
    }
    for key, (stance, comment) in stances.items():
        page = j.people[key]
        tab(page, j.event_url("events:detail"))
        follow(page, version_url)  # the plan card of the overview
        j.seen(page, f"version 1 ({BY_KEY[key].role})")
        page.locator(f'{position_form} input[name=stance][value="{stance}"]').check()
        page.locator(f"{position_form} textarea[name=comment]").fill(comment)
        submit(page, position_form, arrive=version_url)
        j.says(page, f"The position of {BY_KEY[key].organisation} was recorded.")

    # The private sector gave its position in the room: the facilitator records it for them.
    page = j.facilitator
    page.reload()
    peter = BY_KEY["peter"]
    page.locator(f"{position_form} select[name=organisation]").select_option(
        label=peter.organisation
    )
    page.locator(f'{position_form} input[name=stance][value="endorse"]').check()
    page.locator(f"{position_form} textarea[name=comment]").fill("Given in the plenary on day 5.")
    submit(page, position_form, arrive=version_url)
    j.says(page, f"The position of {peter.organisation} was recorded.")
    j.says(page, "Recorded on behalf of the organisation by Hanna Lindqvist")
    j.seen(page, "version 1 (positions)")


def facilitator_closes_and_publishes(j: Journey) -> None:
    version_url = j.event_url("actionplans:version_detail", 1)
    page = j.facilitator
    follow(page, f"{version_url}close/")
    j.seen(page, "close the endorsement")
    submit(page, arrive=version_url)
    j.says(page, "The version was endorsed.")
    expect(page.locator("main .badge.text-bg-success").first).to_be_visible()
    submit(page, f'main form[action="{version_url}publish/"]', arrive=version_url)
    j.says(page, "The version is published to donors.")
    j.seen(page, "version 1 (endorsed, published)", screenshot="09-version")
    advance(j, "follow_up")


def facilitator_downloads_the_event_report(j: Journey) -> None:
    page = j.facilitator
    tab(page, j.event_url("events:reports"))
    j.seen(page, "reports", screenshot="10-reports")
    page.locator("#id_report").select_option(f"event:{j.event_pk}")
    page.locator("#id_language").select_option(j.language)
    submit(page, arrive=re.compile(r"/reports/jobs/\d+/$"))
    download_link = page.locator('main a[href$="/download/"]')
    expect(download_link).to_be_visible()
    j.says(page, "Ready:")
    j.seen(page, "report job (done)")
    with page.expect_download() as download:
        download_link.click()
    data = download.value.path().read_bytes()
    assert data.startswith(b"%PDF"), data[:20]
    pages = len(pypdf.PdfReader(io.BytesIO(data)).pages)
    assert pages >= 3, f"the event report has {pages} page(s)"


def donor_pledges(j: Journey, sign_in) -> None:
    page = j.open()
    sign_in(page, "marie", PASSWORD)
    # A donor who takes part in no event lands on the portfolio.
    expect(page).to_have_url(url_re(reverse("actionplans:donor_portfolio")))
    choose_language(page, j.language)
    j.says(page, EVENT_TITLE)
    j.seen(page, "donor portfolio", screenshot="11-donor-portfolio")
    page.locator('main a[href^="/donors/plans/"]', has_text=EVENT_TITLE).click()
    page.wait_for_url(re.compile(r"/donors/plans/\d+/$"))
    plan_url = page.url
    j.says(page, PLAN_TITLE)
    j.seen(page, "donor plan", screenshot="12-donor-plan")
    page.locator('main a[href$="/pledge/"]').first.click()
    page.wait_for_url(re.compile(r"/actions/\d+/pledge/$"))
    j.seen(page, "pledge form")
    page.locator("#id_amount").fill("50000")
    page.locator("#id_currency").fill("USD")
    page.locator("#id_status").select_option("committed")
    page.locator("#id_note").fill("From the EU health sector support programme.")
    submit(page, arrive=re.compile(re.escape(plan_url) + "$"))
    j.says(page, "Your pledge was saved.")
    j.says(page, "Edit your pledge of 50,000.00 USD")
    j.seen(page, "donor plan (pledged)")


def progress_is_recorded(j: Journey) -> None:
    page = j.facilitator
    tab(page, j.event_url("actionplans:plan_dashboard"))
    j.seen(page, "follow-up")
    page.locator('main a[href$="/progress/"]').first.click()
    page.wait_for_url(re.compile(r"/actions/\d+/progress/$"))
    j.seen(page, "progress form")
    page.locator("#id_status").select_option("on_track")
    page.locator("#id_percent_complete").fill("25")
    page.locator("#id_note").fill("Coaching started in 15 districts.")
    submit(page, arrive=j.event_url("actionplans:plan_dashboard"))
    j.says(page, "The progress update was recorded.")
    expect(page.locator('main [role=progressbar][aria-valuenow="25"]')).to_be_visible()
    j.seen(page, "follow-up (progress)")


# --- The test -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("width", "language"),
    [(DESKTOP[0], "en"), (PHONE[0], "en"), (DESKTOP[0], "fr")],
    ids=["desktop-en", "phone-en", "desktop-fr"],
)
def test_the_whole_journey_of_an_event(
    width, language, new_page, sign_in, check_a11y, shot, live_server
):
    make_accounts()
    j = Journey(width=width, language=language, new_page=new_page, check_a11y=check_a11y, shot=shot)

    facilitator_creates_the_event(j, sign_in)
    facilitator_invites(j)
    invitees_join(j)
    facilitator_names_the_lead_and_starts(j)
    facilitator_opens_a_round(j)
    members_fill_the_assessment(j)
    facilitator_records_consensus(j)
    group_writes_key_issues_and_votes(j)
    core_group_drafts_the_plan(j)
    facilitator_freezes(j)
    organisations_record_positions(j)
    facilitator_closes_and_publishes(j)
    facilitator_downloads_the_event_report(j)
    donor_pledges(j, sign_in)
    progress_is_recorded(j)

    print(
        f"\n{width}px, {language}: axe checked {check_a11y.pages_checked} pages "
        f"({check_a11y.seconds:.1f} s), {len(j.shots)} screenshots in {j.shots[0].parent}"
    )
    assert not check_a11y.violations, check_a11y.report()
