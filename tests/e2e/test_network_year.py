"""A network's year in the browser: the secretariat opens the shared-needs round; two member
representatives submit needs on their phones; candidates come in from an event's endorsed,
published plan; the secretariat makes shared needs and merges two, the merged need keeping
both sources; three members spread their points (one on a phone); the round is closed and its
result published, and a representative reads the ranking; the convener of a cluster opens a
reporting period; two members report on their activities (one on a phone); the convener
downloads the consolidated report as a PDF, which names the cluster.

The world is built with the builders; everything after is done through the pages. axe on every
page; no phone page scrolls sideways. Screenshots `network-*-375.png` and `network-*-1280.png`.
"""

import io
import re
from urllib.parse import urlsplit

import pypdf
import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from builders.factories import DEFAULT_PASSWORD
from builders.networks import (
    NetworkFactory,
    cluster_add,
    member_add,
    plan_version_add,
    round_add,
    secretariat_add,
)
from networks.models import ActivityReport, ClusterMembership, NeedsRound, SharedNeed
from tests.e2e.helpers import DESKTOP, PHONE, page_in, settle, url_re
from tests.networks.clusters_helpers import activity_add

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

NEED_A = "Supervision of district health workers"
NEED_B = "Supportive supervision in the districts"
ISSUE_DATA = "Weak use of data in district planning"
ISSUE_STOCK = "Stock-outs of essential medicines"
CLUSTER = "Health workforce"


def _fits(page: Page) -> None:
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"] + 1, f"{page.url} is {width} px wide"


class Visit:
    """Looks at each page as it is reached: settled, axe, no sideways scroll, a screenshot."""

    def __init__(self, check_a11y, shot):
        self.check_a11y, self.shot = check_a11y, shot

    def __call__(
        self, page: Page, name: str, screenshot: str | None = None, *, full_page=True
    ) -> None:
        settle(page)
        self.check_a11y(page, name)
        _fits(page)
        if screenshot:
            self.shot(page, screenshot, full_page=full_page)


def _click(page: Page, href: str, *, arrive: str | None = None) -> None:
    page.locator(f'main a[href="{href}"]').first.click()
    page.wait_for_url(url_re(arrive or href))


def _confirm(page: Page, *, arrive: str) -> None:
    page.locator("main form[method=post] button[type=submit]").first.click()
    page.wait_for_url(url_re(arrive))


def _tick(page: Page, *titles: str) -> None:
    for title in titles:
        page.locator("main label", has_text=title).locator("input[type=checkbox]").check()


def test_the_network_plays_its_year(new_page, sign_in, check_a11y, shot):
    visit = Visit(check_a11y, shot)
    network = NetworkFactory(name="East Africa Health Network")
    secretariat = secretariat_add(network, first_name="Sara", last_name="Holm")
    kampala = member_add(network, name="Kampala Health Alliance", country="UG")
    nairobi = member_add(network, name="Nairobi Nursing Forum", country="KE")
    arusha = member_add(network, name="Arusha Community Health", country="TZ")
    plan_version_add(network, key_issues=(ISSUE_DATA, ISSUE_STOCK))
    round_ = round_add(network, status=NeedsRound.Status.DRAFT, points_per_member=10)
    cluster = cluster_add(network, kampala, theme=CLUSTER)
    ClusterMembership.objects.create(cluster=cluster, member=nairobi, joined_at=timezone.now())
    activity_add(cluster, kampala, title="Mentoring of district teams")
    activity_add(cluster, nairobi, title="Joint supervision visits", country="KE")
    round_url = f"/rounds/{round_.pk}/"
    consolidate_url = f"{round_url}consolidate/"

    # 1. The secretariat opens the round, on a desktop.
    desk = new_page(*DESKTOP)
    sign_in(desk, secretariat.username, DEFAULT_PASSWORD)
    desk.goto(f"/networks/{network.pk}/rounds/")
    visit(desk, "rounds", "network-rounds")
    _click(desk, round_url)
    visit(desk, "round, draft")
    _click(desk, f"{round_url}open/")
    visit(desk, "open the round")
    _confirm(desk, arrive=round_url)
    expect(desk.locator(".alert-success")).to_contain_text("The round is open.")

    # 2. Two representatives each submit a need on their phones.
    phones = {}
    for member, title, level in [
        (kampala, NEED_A, "organizational"),
        (nairobi, NEED_B, "individual"),
    ]:
        phone = phones[member.pk] = new_page(*PHONE)
        sign_in(phone, member.rep.username, DEFAULT_PASSWORD)
        phone.goto(round_url)
        visit(phone, "round, representative")
        expect(phone.locator("main .btn-lg")).to_have_text("Submit a need")
        phone.locator("main .btn-lg").click()
        phone.wait_for_url(url_re(f"{round_url}needs/new/"))
        phone.fill("#id_title", title)
        phone.select_option("#id_level", level)
        phone.select_option("#id_urgency", "high")
        visit(phone, "submit a need", "network-need-submit" if member == kampala else None)
        phone.locator("main form[method=post] button[type=submit]").click()
        phone.wait_for_url(url_re(round_url))
        expect(phone.locator(".alert-success")).to_contain_text("Your need is submitted")
        expect(phone.locator("main")).to_contain_text(title)
        visit(phone, "round, need submitted")

    # 3. The secretariat pulls candidates from the endorsed plan and sees them arrive.
    desk.goto(round_url)
    visit(desk, "round, open", "network-round")
    desk.locator(f'main form[action="{round_url}pull/"] button').click()
    desk.wait_for_url(url_re(consolidate_url))
    expect(desk.locator(".alert-success")).to_contain_text(
        "2 candidates came in from the published plans."
    )
    waiting = desk.locator("main form[method=post] .list-group")
    for title in (ISSUE_DATA, ISSUE_STOCK, NEED_A, NEED_B):
        expect(waiting).to_contain_text(title)
    visit(desk, "consolidate, candidates waiting")

    # 4. Shared needs are made, and two of them merged: the merged need keeps both sources.
    for titles in [(NEED_A, ISSUE_DATA), (NEED_B,), (ISSUE_STOCK,)]:
        _tick(desk, *titles)
        desk.locator("main form[method=post] button[type=submit]:not([name])").click()
        # The page comes back to itself: its message names the need just made, the first ticked.
        expect(desk.locator(".alert-success")).to_have_text(
            f"The shared need “{titles[0]}” is made."
        )
        settle(desk)
    needs = {need.title: need for need in SharedNeed.objects.filter(round=round_)}
    assert set(needs) == {NEED_A, NEED_B, ISSUE_STOCK}, set(needs)
    merged, gone = needs[NEED_A], needs[NEED_B]
    _click(desk, f"{round_url}needs/{gone.pk}/merge/")
    desk.get_by_label("Merge into").select_option(str(merged.pk))
    visit(desk, "merge a need")
    _confirm(desk, arrive=consolidate_url)
    expect(desk.locator(".alert-success")).to_contain_text(f"Merged into “{NEED_A}”")
    card = desk.locator(f"#need-{merged.pk}")
    expect(card).to_contain_text("Raised by 2 members")
    for source in (NEED_A, NEED_B, ISSUE_DATA, "Kampala Health Alliance", "Nairobi Nursing Forum"):
        expect(card).to_contain_text(source)
    expect(desk.locator(f"#need-{gone.pk}")).to_have_count(0)
    expect(desk.locator("main")).to_contain_text("No candidate is waiting")
    visit(desk, "consolidate, merged", "network-consolidate")

    # 5. Three members spread their points, the first on a phone.
    ballots = [
        (phones[kampala.pk], kampala, {merged.pk: 7, needs[ISSUE_STOCK].pk: 3}),
        (None, nairobi, {merged.pk: 6, needs[ISSUE_STOCK].pk: 4}),
        (None, arusha, {merged.pk: 5, needs[ISSUE_STOCK].pk: 5}),
    ]
    for page, member, points in ballots:
        if page is None:
            page = new_page(*DESKTOP)
            sign_in(page, member.rep.username, DEFAULT_PASSWORD)
        page.goto(round_url)
        settle(page)
        expect(page.locator("main .btn-lg")).to_have_text("Spread your points")
        page.locator("main .btn-lg").click()
        page.wait_for_url(url_re(f"{round_url}ballot/"))
        for need_pk, given in points.items():
            page.fill(f"#points-{need_pk}", str(given))
        expect(page.locator("#points-left")).to_have_text("0")
        visit(page, "ballot", "network-ballot" if member == kampala else None)
        page.locator("#needs-ballot button[type=submit]").click()
        page.wait_for_url(url_re(round_url))
        expect(page.locator(".alert-success")).to_contain_text("is saved")
        expect(page.locator("main")).to_contain_text("Ballot cast: 10 of 10 points given.")

    # 6. The secretariat closes the round and publishes its result.
    desk.goto(round_url)
    settle(desk)
    expect(desk.locator("main")).to_contain_text("3 of 3 members")
    for step, done in [("close", "The round is closed."), ("publish", "The result is published.")]:
        _click(desk, f"{round_url}{step}/")
        visit(desk, f"{step} the round")
        _confirm(desk, arrive=round_url)
        expect(desk.locator(".alert-success")).to_contain_text(done)
    visit(desk, "round, published", "network-round-published")

    # A representative sees the ranked result.
    phone = phones[nairobi.pk]
    phone.goto(round_url)
    settle(phone)
    expect(phone.locator("main .btn-lg")).to_have_text("See the result")
    phone.locator("main .btn-lg").click()
    phone.wait_for_url(url_re(f"{round_url}result/"))
    ranking = phone.locator("#ranking > li")
    expect(ranking).to_have_count(2)
    expect(ranking.nth(0)).to_contain_text(NEED_A)
    expect(ranking.nth(0)).to_contain_text("18")
    expect(ranking.nth(1)).to_contain_text(ISSUE_STOCK)
    visit(phone, "result, representative", "network-result")

    # 7. The convener opens a reporting period on the cluster.
    # On a desktop, in the same browser as the phone's.
    convener = page_in(phones[kampala.pk].context, *DESKTOP)
    convener.goto(f"/networks/{network.pk}/reporting/")
    visit(convener, "reporting, convener")
    _click(convener, f"/networks/clusters/{cluster.pk}/periods/new/")
    visit(convener, "open a period", "network-period-open")
    convener.locator("main form[method=post] button[type=submit]").click()
    convener.wait_for_url(re.compile(r"/networks/periods/\d+/$"))
    expect(convener.locator(".alert-success")).to_contain_text("The reporting period is open")
    period_url = urlsplit(convener.url).path
    expect(convener.locator("main")).to_contain_text("Not reported yet")
    visit(convener, "period, open", "network-period")

    # 8. Two members report on their activities, the convener's on a phone.
    reporters = [
        (phones[kampala.pk], "Mentoring of district teams", "ongoing", "40", "25", "1200"),
        (None, "Joint supervision visits", "done", "100", "12", "3000"),
    ]
    for page, activity, status, percent, trained, spent in reporters:
        if page is None:  # Nairobi's representative on a desktop
            page = page_in(phones[nairobi.pk].context, *DESKTOP)
        page.goto(period_url)
        settle(page)
        page.locator("main .list-group-item", has_text=activity).locator("a.btn").click()
        page.wait_for_url(re.compile(r"/networks/periods/\d+/activities/\d+/report/$"))
        page.select_option("#id_status", status)
        page.fill("#id_percent_done", percent)
        page.fill("#id_narrative", f"{activity}: done as planned with the district teams.")
        page.fill("#id_result_value", trained)
        page.fill("#id_result_unit", "health workers trained")
        page.fill("#id_funds_spent", spent)
        # A full-page screenshot of this form leaves Chromium aiming the next click at the
        # form rather than its button: the phone's screen only.
        on_phone = page.viewport_size["width"] == PHONE[0]
        visit(page, "report", "network-activity-report" if on_phone else None, full_page=False)
        page.locator("main form[method=post] button[type=submit]").click()
        page.wait_for_url(url_re(period_url))
        expect(page.locator(".alert-success")).to_contain_text(f"Your report on “{activity}”")
        visit(page, "period, reported", "network-period-reported" if on_phone else None)
    assert ActivityReport.objects.filter(period__cluster=cluster).count() == 2

    # 9. The convener downloads the consolidated report as a PDF.
    convener.goto(period_url)
    settle(convener)
    expect(convener.locator("main")).to_contain_text("Every member has reported")
    _click(convener, f"{period_url}report/")
    expect(convener.locator("main")).to_contain_text("2 / 2")
    visit(convener, "consolidated report", "network-cluster-report")
    convener.locator("main form[action^='/reports/'] button[type=submit]").click()
    convener.wait_for_url(re.compile(r"/reports/jobs/\d+/$"))
    download_link = convener.locator('main a[href$="/download/"]')
    expect(download_link).to_be_visible()
    visit(convener, "report job")
    with convener.expect_download() as download:
        download_link.click()
    data = download.value.path().read_bytes()
    assert data.startswith(b"%PDF"), data[:20]
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)
    assert CLUSTER in text, text[:500]
    assert "Kampala Health Alliance" in text, text[:500]

    assert check_a11y.pages_checked >= 20
    assert not check_a11y.violations, check_a11y.report()
