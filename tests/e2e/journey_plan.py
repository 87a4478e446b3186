"""The journey's steps from the consensus to the follow-up: key issues and votes, the plan, its
endorsement and publication, the event report, the donor's pledge and a progress update."""

import datetime
import io
import re

import pypdf
from django.urls import reverse
from playwright.sync_api import expect

from tests.e2e.helpers import choose_language, follow, pick_organisation, submit, tab, url_re
from tests.e2e.journey import BY_KEY, PASSWORD, PLAN_TITLE, Journey
from tests.e2e.journey_event import advance


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
    page.locator("main .consensus-action a").first.click()
    page.wait_for_url(re.compile(r"/rounds/\d+/consensus/\d+/$"))
    j.seen(page, "consensus form")
    page.locator("#id_current").select_option("2")
    page.locator("#id_desired").select_option("4")
    page.locator("#id_rationale").fill("Plans exist on paper but are not yet used by districts.")
    page.locator("#id_dissent").fill("The partner member would score the current level 1.")
    # Back on the list at the question's own row.
    submit(page, arrive=re.compile(re.escape(consensus_url) + r"#[\w-]+$"))
    j.says(page, "Consensus recorded for")
    j.says(page, "Agreed: current 2, desired 4")
    j.seen(page, "consensus (one agreed)")

    tab(page, j.event_url("assessments:round_list"))
    page.locator('main a[href$="/results/"]').click()
    page.wait_for_url(re.compile(r"/rounds/\d+/results/$"))
    j.says(page, "From 3 submitted responses.")
    j.seen(page, "results", screenshot="06-results")

    # The group has agreed: the facilitator closes the round, and members see its results.
    tab(page, j.event_url("assessments:round_list"))
    page.locator('main a[href$="/close/"]').click()
    page.wait_for_url(re.compile(r"/rounds/\d+/close/$"))
    j.seen(page, "close the round")
    submit(page, arrive=j.event_url("assessments:round_list"))
    j.says(page, "Round 1 is closed.")


def group_writes_key_issues_and_votes(j: Journey) -> None:
    """One step, long on purpose: the issues are written, then voted on, by the same people."""
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
    j.says(page, "7 dots placed")
    j.seen(page, "key issues", screenshot="07-key-issues")
    follow(page, j.event_url("actionplans:ballot_close"))
    j.seen(page, "close the vote")
    submit(page, arrive=key_issues)
    j.says(page, "The vote is closed; the ranking is final.")
    expect(page.locator("main li[id^=issue-]").first).to_have_id(f"issue-{first}")
    j.seen(page, "key issues (closed)")


def core_group_drafts_the_plan(j: Journey) -> None:
    """One step, long on purpose: each part of the plan is typed into the one before it."""
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
    pick_organisation(page, "responsible_organisation", "Ministry of Health")
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
    tab(page, j.event_url("actionplans:plan_detail"))
    j.says(page, PLAN_TITLE)
    j.seen(page, "action plan", screenshot="08-plan")
    follow(page, j.event_url("actionplans:plan_freeze"))
    j.seen(page, "freeze a version")
    version_url = j.event_url("actionplans:version_detail", 1)
    submit(page, arrive=version_url)
    j.says(page, "Version 1 was frozen and is open for positions.")
    j.seen(page, "version 1 (open)")
    advance(j, "endorsement")
    follow(page, version_url)  # the plan card of the overview


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
    follow(page, f"{version_url}publish/")
    j.seen(page, "publish to donors")
    submit(page, arrive=version_url)
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
    # Each plan is named by its country, sector and year, its own title beneath.
    j.says(page, PLAN_TITLE)
    j.seen(page, "donor portfolio", screenshot="11-donor-portfolio")
    page.locator('main a[href^="/donors/plans/"]').first.click()
    # The link keeps the reporting currency.
    page.wait_for_url(re.compile(r"/donors/plans/\d+/\?currency=[A-Z]{3}$"))
    plan_url = page.url.split("?")[0]
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
