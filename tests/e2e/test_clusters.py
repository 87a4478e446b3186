"""A member's representative on a phone (375 px) adds an activity with a partner to a cluster's
work plan, which reads as cards; the secretariat reads the clusters, the gaps and the
coordination on a desktop. axe on every page; no page scrolls sideways on the phone.
Screenshots `cluster-*-375.png` and `cluster-*-1280.png`."""

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from builders.factories import DEFAULT_PASSWORD
from builders.networks import cluster_add
from networks.models import Activity, ClusterMembership, FocusArea
from tests.e2e.helpers import DESKTOP, PHONE, settle
from tests.networks.clusters_helpers import Setting, activity_add, plan_action

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _no_sideways_scroll(page):
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


def test_a_work_plan_on_a_phone_and_the_clusters_on_a_desktop(new_page, sign_in, check_a11y, shot):
    s = Setting()
    area = FocusArea.objects.create(cluster=s.cluster, title="District data use")
    FocusArea.objects.create(cluster=s.cluster, title="Supervision")
    action = plan_action(s.network)
    # The convener works in a second cluster too, on the same action of a plan.
    other = cluster_add(s.network, s.outside, theme="Supply chains")
    ClusterMembership.objects.create(cluster=other, member=s.convener, joined_at=timezone.now())
    activity_add(other, s.convener, title="Stock audits", country="TZ", action=action)
    activity_add(s.cluster, s.convener, title="Supervision of stores", action=action)
    for index in range(3):
        activity_add(
            s.cluster, s.convener, title=f"Mentoring of district teams {index + 1}", region="Gulu"
        ).focus_areas.add(area)

    phone = new_page(*PHONE)
    sign_in(phone, s.member.rep.username, DEFAULT_PASSWORD)
    phone.goto(f"/clusters/{s.cluster.pk}/")
    settle(phone)
    expect(phone.locator("h1")).to_have_text(s.cluster.theme)
    _no_sideways_scroll(phone)
    check_a11y(phone, "cluster")
    shot(phone, "cluster-detail")

    phone.get_by_role("link", name="New activity").click()
    settle(phone)
    phone.get_by_label("What").fill("Joint supervision visits")
    phone.get_by_label("Country").select_option("KE")
    phone.get_by_label("Region").fill("Kisumu")
    phone.get_by_label("From").fill("2027-01-10")
    phone.get_by_label("To").fill("2027-06-30")
    phone.get_by_label("Budget").fill("12000")
    phone.get_by_label("Currency").fill("usd")
    phone.get_by_label("Convening NGO").check()
    phone.get_by_label("District data use").check()
    _no_sideways_scroll(phone)
    # Every target on the phone's form at least 44 px high: fields, ticks with their labels.
    for target in phone.locator(
        "main form .form-control, main form .form-select, main form .form-check, main form .btn"
    ).all():
        assert target.bounding_box()["height"] >= 44, target.evaluate("e => e.outerHTML")
    expect(phone.get_by_label("Member NGO")).to_have_count(0)
    check_a11y(phone, "new activity")
    shot(phone, "cluster-activity-form")
    phone.get_by_role("button", name="Save").click()
    settle(phone)
    expect(phone.get_by_role("status")).to_contain_text("The activity was added")
    expect(phone.get_by_text("New partnership")).to_be_visible()
    _no_sideways_scroll(phone)
    shot(phone, "cluster-work-plan")
    assert Activity.objects.get(title="Joint supervision visits").partners.get() == s.convener

    desk = new_page(*DESKTOP)
    sign_in(desk, s.secretariat.username, DEFAULT_PASSWORD)
    for path, name in [
        (f"/networks/{s.network.pk}/clusters/", "cluster-list"),
        (f"/clusters/{s.cluster.pk}/", "cluster-detail"),
        (f"/clusters/{s.cluster.pk}/gaps/", "cluster-gaps"),
        (f"/networks/{s.network.pk}/coordination/", "cluster-coordination"),
    ]:
        desk.goto(path)
        settle(desk)
        _no_sideways_scroll(desk)
        check_a11y(desk, name)
        shot(desk, name)
    expect(desk.get_by_text("Stock audits")).to_have_count(2)
    assert not check_a11y.violations, check_a11y.violations
