"""Resource mobilisation's pages: the network's funding as a donor reads it, a donor's pledge
to a focus area or an activity, its change and withdrawal, and the networks on the donor
portfolio; each page's queries pinned."""

from decimal import Decimal

import pytest
from django.urls import reverse

from actionplans.models import Action, KeyIssue
from networks.models import Candidate, FocusArea, NetworkPledge
from tests.actionplans.helpers import (
    PORTFOLIO,
    build_plan,
    endorse_and_publish,
    pledge,
)
from tests.helpers import client_for
from tests.networks.reporting_helpers import Setting
from tests.networks.views.test_reporting import grow

pytestmark = pytest.mark.django_db


@pytest.fixture
def s():
    return Setting()


def url(name, *args):
    return reverse(f"networks:{name}", args=args)


def test_the_donor_reads_each_priority_with_needed_mobilised_and_gap(s):
    s.activity(s.members[0], budget="1000", own="250")
    s.pledge(area=s.area, amount="150")
    body = client_for(s.donor).get(url("funding", s.network.pk)).content.decode()
    assert "Data use" in body and "District data" in body
    assert "1,000.00\xa0USD" in body  # needed
    assert "400.00\xa0USD" in body  # mobilised
    assert "600.00\xa0USD" in body  # the gap
    assert url("pledge_focus_area", s.area.pk) in body
    assert url("pledge_edit", NetworkPledge.objects.get().pk) in body


def test_a_priority_from_an_events_plan_shows_its_cost_and_pledges(
    s, facilitator, make_event, government_org
):
    from builders.factories import UserFactory
    from events.models import Participation
    from events.services.people import participation_add

    event = make_event(title="Health Uganda")
    participation_add(
        event=event,
        user=UserFactory(organisation=government_org),
        role=Participation.Role.CORE_GROUP,
        is_lead=True,
    )
    plan = build_plan(event, government_org, actions=2)
    issue = KeyIssue.objects.create(event=event, title="Weak data use", source="group")
    first = Action.objects.filter(output__objective__plan=plan).order_by("pk").first()
    first.key_issues.add(issue)
    version = endorse_and_publish(plan, facilitator)
    pledge(version, first, s.donor, "5000")
    Candidate.objects.create(
        round=s.round,
        source=Candidate.Source.KEY_ISSUE,
        event=event,
        plan_version=version,
        key_issue=issue,
        title=issue.title,
        shared_need=s.need,
    )
    body = client_for(s.donor).get(url("funding", s.network.pk)).content.decode()
    assert "From the published plan of Health Uganda (key issue “Weak data use”)" in body
    assert "cost 120,000.00\xa0USD, pledged 5,000.00\xa0USD" in body


def test_funding_queries_do_not_grow_with_clusters_and_activities(s, django_assert_num_queries):
    client = client_for(s.donor)
    grow(s, members=2)
    client.get(url("funding", s.network.pk))
    # session, user, network, roles (2), whether it published a result, the focus areas,
    # their needed and mobilised (3), the reference round, its needs, their focus areas, the
    # plans behind them, the same needs of other years, the donor's pledges, the menu (3)
    expected = 19
    with django_assert_num_queries(expected):
        client.get(url("funding", s.network.pk))
    from builders.networks import cluster_add

    second = cluster_add(s.network, s.members[0], theme="Second")
    FocusArea.objects.create(cluster=second, title="Second area").priorities.add(s.need)
    grow(s, members=4, activities=3)
    with django_assert_num_queries(expected):
        client.get(url("funding", s.network.pk))


def test_a_donor_pledges_to_a_focus_area_and_to_an_activity(s):
    activity = s.activity(s.members[0], currency="EUR")
    client = client_for(s.donor)
    page = client.get(url("pledge_activity", activity.pk))
    assert page.context["form"].initial["currency"] == "EUR"
    response = client.post(
        url("pledge_focus_area", s.area.pk),
        {"amount": "2500", "currency": "usd", "status": "committed", "note": "Year one"},
    )
    assert response.status_code == 302 and response["Location"] == url("funding", s.network.pk)
    made = NetworkPledge.objects.get()
    assert (made.focus_area, made.amount, made.currency, made.donor) == (
        s.area,
        Decimal(2500),
        "USD",
        s.donor,
    )
    client.post(
        url("pledge_activity", activity.pk),
        {"amount": "300", "currency": "EUR", "status": "indicated"},
    )
    assert NetworkPledge.objects.filter(activity=activity).count() == 1


def test_a_negative_pledge_is_refused_with_what_was_typed_kept(s):
    response = client_for(s.donor).post(
        url("pledge_focus_area", s.area.pk),
        {"amount": "-5", "currency": "USD", "status": "indicated", "note": "Kept note"},
    )
    assert response.status_code == 200
    assert "Kept note" in response.content.decode()
    assert not NetworkPledge.objects.exists()


def test_the_donor_changes_then_withdraws_a_pledge_after_confirming(s):
    made = s.pledge(area=s.area, amount="100")
    client = client_for(s.donor)
    client.post(
        url("pledge_edit", made.pk), {"amount": "150", "currency": "USD", "status": "committed"}
    )
    made.refresh_from_db()
    assert (made.amount, made.status) == (Decimal(150), "committed")
    page = client.get(url("pledge_withdraw", made.pk))
    assert "no longer counts as mobilised" in page.content.decode()
    made.refresh_from_db()
    assert made.withdrawn_at is None
    client.post(url("pledge_withdraw", made.pk))
    made.refresh_from_db()
    assert made.withdrawn_at is not None
    # Withdrawn: its pages are gone.
    assert client.get(url("pledge_edit", made.pk)).status_code == 404


def test_pledge_pages_queries(s, django_assert_num_queries):
    made = s.pledge(area=s.area)
    activity = s.activity(s.members[0])
    client = client_for(s.donor)
    # session, user, the target or pledge (with its cluster and network), roles (2), whether
    # the network published a result, the menu (3)
    for page, expected in (
        (url("pledge_focus_area", s.area.pk), 9),
        (url("pledge_activity", activity.pk), 9),
        (url("pledge_edit", made.pk), 9),
        (url("pledge_withdraw", made.pk), 9),
    ):
        client.get(page)
        with django_assert_num_queries(expected):
            client.get(page)


def test_the_donor_portfolio_lists_the_networks_that_published_a_result(s):
    from builders.networks import NetworkFactory, round_add

    unpublished = NetworkFactory(name="Quiet network")
    round_add(unpublished)
    body = client_for(s.donor).get(PORTFOLIO).content.decode()
    assert url("funding", s.network.pk) in body
    assert "Quiet network" not in body
