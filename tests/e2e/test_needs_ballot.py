"""The shared-needs round on a phone: a member representative submits a need at 375 px, then
spreads the organisation's points with the live "points left" counter, is refused over the
allowance with the numbers, and saves; the secretariat's result page. axe on each page.
Screenshots `needs-submit-375.png`, `needs-ballot-375.png`, `needs-hub-375.png`,
`needs-result-375.png`, `needs-consolidate-375.png`."""

import pytest
from playwright.sync_api import expect

from builders.factories import DEFAULT_PASSWORD
from builders.networks import NetworkFactory, member_add, round_add, secretariat_add
from networks.models import Allocation, Candidate, SharedNeed
from tests.e2e.helpers import PHONE, settle

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_a_representative_submits_a_need_and_spreads_points_on_a_phone(
    new_page, sign_in, check_a11y, shot
):
    network = NetworkFactory(name="Health Network")
    secretariat = secretariat_add(network)
    member = member_add(network, name="Kampala Health Alliance")
    round_ = round_add(network, points_per_member=10, asks_ratings=True)
    needs = [
        SharedNeed.objects.create(round=round_, title="Use of data in district planning"),
        SharedNeed.objects.create(round=round_, title="Procurement skills of district staff"),
    ]

    phone = new_page(*PHONE)
    sign_in(phone, member.rep.username, DEFAULT_PASSWORD)
    phone.goto(f"/rounds/{round_.pk}/needs/new/")
    settle(phone)
    phone.fill("#id_title", "Supervision of health workers")
    phone.select_option("#id_level", "organizational")
    phone.select_option("#id_urgency", "high")
    box = phone.locator("main button[type=submit]").bounding_box()
    assert box["height"] >= 44 and box["x"] + box["width"] <= 375
    check_a11y(phone, "need submission, phone")
    shot(phone, "needs-submit")
    phone.locator("main button[type=submit]").click()
    expect(phone.locator(".alert-success")).to_contain_text("Your need is submitted")
    assert Candidate.objects.filter(title="Supervision of health workers").exists()

    phone.goto(f"/rounds/{round_.pk}/ballot/")
    settle(phone)
    left = phone.locator("#points-left")
    expect(left).to_have_text("10")
    phone.fill(f"#points-{needs[0].pk}", "7")
    expect(left).to_have_text("3")
    phone.fill(f"#points-{needs[1].pk}", "5")
    expect(left).to_have_text("-2")
    points_box = phone.locator(f"#points-{needs[0].pk}").bounding_box()
    assert points_box["height"] >= 44
    phone.locator("#needs-ballot button[type=submit]").click()
    expect(phone.locator(".alert-danger")).to_contain_text(
        "You gave 12 points; your organisation has 10. Take 2 off."
    )
    phone.fill(f"#points-{needs[1].pk}", "3")
    phone.select_option(f"#importance-{needs[0].pk}", "5")
    expect(left).to_have_text("0")
    check_a11y(phone, "ballot, phone")
    shot(phone, "needs-ballot")
    phone.locator("#needs-ballot button[type=submit]").click()
    expect(phone.locator(".alert-success")).to_contain_text("is saved")
    allocation = Allocation.objects.get(round=round_, member=member)
    assert sorted(allocation.lines.values_list("points", flat=True)) == [3, 7]
    # Back on the round's hub: the ballot is cast, the main button changes it.
    expect(phone.locator("main")).to_contain_text("Ballot cast: 10 of 10 points given.")
    expect(phone.locator("main .btn-lg")).to_have_text("Change your ballot")
    check_a11y(phone, "round hub, representative, phone")
    shot(phone, "needs-hub")

    board = new_page(*PHONE)
    sign_in(board, secretariat.username, DEFAULT_PASSWORD)
    board.goto(f"/rounds/{round_.pk}/result/")
    settle(board)
    expect(board.locator("#ranking")).to_contain_text("Use of data in district planning")
    check_a11y(board, "result, phone")
    shot(board, "needs-result")
    board.goto(f"/rounds/{round_.pk}/consolidate/")
    settle(board)
    expect(board.locator("main")).to_contain_text("Supervision of health workers")
    check_a11y(board, "consolidation, phone")
    shot(board, "needs-consolidate")

    assert not check_a11y.violations, check_a11y.report()
