"""The network's own pages on a phone: the secretariat adds a member found with the picker,
invites its representative, and looks at the overview, members, people and events at 375 px;
axe on each page, and no page wider than the screen. Screenshots `network-*-375.png`."""

import pytest
from playwright.sync_api import expect

from builders.factories import DEFAULT_PASSWORD, EventFactory, OrganisationFactory
from builders.networks import NetworkFactory, cluster_add, member_add, round_add, secretariat_add
from networks.models import NetworkEvent, NetworkMember
from tests.e2e.helpers import PHONE, settle

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def fits(page):
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= PHONE[0], f"{page.url} is {width} px wide"


def test_the_secretariat_on_a_phone(new_page, sign_in, check_a11y, shot):
    network = NetworkFactory(name="Globalt Fokus", time_zone="Europe/Copenhagen")
    secretariat = secretariat_add(network, first_name="Sara", last_name="Holm")
    members = [member_add(network, name=f"Danish organisation {i}") for i in range(2)]
    cluster_add(network, members[0], theme="Health workforce")
    round_add(network)
    NetworkEvent.objects.create(
        network=network, event=EventFactory(title="Uganda health sector capacity development")
    )
    OrganisationFactory(name="Danish Red Cross", country="DK")

    page = new_page(*PHONE)
    sign_in(page, secretariat.username, DEFAULT_PASSWORD)
    base = f"/networks/{network.pk}/"
    for name, path in [
        ("overview", ""),
        ("members", "members/"),
        ("people", "people/"),
        ("events", "events/"),
    ]:
        page.goto(base + path)
        settle(page)
        check_a11y(page, f"network {name}")
        fits(page)
        shot(page, f"network-{name}")

    page.goto(base + "members/add/")
    page.locator("#id_organisation").press_sequentially("red cro")
    page.get_by_label("Danish Red Cross").check()
    check_a11y(page, "network member add")
    fits(page)
    shot(page, "network-member-add")
    page.get_by_role("button", name="Add the member").click()
    expect(page.locator(".alert-success")).to_contain_text("Danish Red Cross is a member")
    assert NetworkMember.objects.filter(organisation__name="Danish Red Cross").exists()

    page.goto(base + "people/invite/")
    page.get_by_role("button", name="Send the invitation").click()
    expect(page.locator(".invalid-feedback").first).to_be_visible()
    check_a11y(page, "network invite with errors")
    fits(page)
    shot(page, "network-invite")

    assert not check_a11y.violations, check_a11y.report()
