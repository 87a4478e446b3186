"""Donors: the portfolio, the plan page and pledges, and the demo donor's view."""

import datetime
import re
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from actionplans.models import Action, Output, PlanVersion, Pledge, ProgressUpdate
from actionplans.services import versions as version_services
from builders.demo.content import FOLLOW_UP_TITLE
from builders.factories import EventFactory, OrganisationFactory, UserFactory
from cdfacil.models import ExchangeRate
from events.models import Event, Participation
from events.services.people import participation_add
from tests.actionplans.helpers import (
    PORTFOLIO,
    build_plan,
    count_queries,
    endorse,
    make_donor,
    pledge,
    published_event,
)
from tests.helpers import client_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def plan(event, government_org, core_group):
    """Two actions, the first costed in USD, the second in UGX."""
    return build_plan(event, government_org)


def funding_of(response, version):
    rows = {row["version"].pk: row["funding"] for row in response.context["rows"]}
    return {money["currency"]: money for money in rows[version.pk]}


# --- The portfolio ------------------------------------------------------------------------------


def test_portfolio_totals_pledges_and_gap_per_currency(version, donor):
    other_donor = make_donor()
    usd_action, ugx_action = Action.objects.filter(output__objective__plan=version.plan)
    pledge(version, usd_action, donor, "20000")
    pledge(version, usd_action, other_donor, "10000", status="committed")
    pledge(version, ugx_action, donor, "6000000", currency="UGX")

    response = client_for(donor).get(PORTFOLIO)

    assert response.status_code == 200
    funding = funding_of(response, version)
    assert funding["USD"]["cost"] == Decimal("120000")
    assert funding["USD"]["pledged"] == Decimal("30000")
    assert funding["USD"]["gap"] == Decimal("90000")
    assert funding["UGX"]["pledged"] == Decimal("6000000")
    assert funding["UGX"]["gap"] == 0  # over-pledged: no gap, never a negative one
    assert f"Uganda · Health · {version.plan.event.day1.year}" in response.content.decode()


def test_portfolio_shows_only_the_latest_published_endorsed_version(
    version, donor, facilitator, make_event, plan
):
    # Not endorsed: the lead objects.
    rejected = make_event(title="Rejected plan event")
    rejected_org = OrganisationFactory()
    participation_add(
        event=rejected,
        user=UserFactory(organisation=rejected_org),
        role=Participation.Role.CORE_GROUP,
        is_lead=True,
    )
    not_endorsed = endorse(build_plan(rejected, rejected_org), facilitator, stance="object")
    # Endorsed but never published, and a plan still in draft.
    unpublished_event = make_event(title="Unpublished plan event")
    participation_add(
        event=unpublished_event,
        user=UserFactory(organisation=rejected_org),
        role=Participation.Role.CORE_GROUP,
        is_lead=True,
    )
    unpublished = endorse(build_plan(unpublished_event, rejected_org), facilitator)
    build_plan(make_event(title="Draft plan event"), rejected_org)
    # A second version of the published plan, endorsed and published: it replaces the first.
    second = version_services.plan_version_publish(version=endorse(plan, facilitator))

    response = client_for(donor).get(PORTFOLIO)

    shown = [row["version"].pk for row in response.context["rows"]]
    assert shown == [second.pk]
    content = response.content.decode()
    for title in ["Rejected plan event", "Unpublished plan event", "Draft plan event"]:
        assert title not in content
    assert not_endorsed.status == PlanVersion.Status.NOT_ENDORSED
    assert unpublished.status == PlanVersion.Status.ENDORSED and unpublished.published_at is None


def test_portfolio_filters_by_country_sector_and_year(facilitator, donor):
    uganda = published_event(facilitator, country="UG", sector="health")
    kenya = published_event(
        facilitator, country="KE", sector="education", day1=datetime.date(2031, 3, 2)
    )
    client = client_for(donor)

    def shown(**params):
        response = client.get(PORTFOLIO, params)
        assert response.status_code == 200
        return {row["version"].pk for row in response.context["rows"]}

    assert shown() == {uganda.pk, kenya.pk}
    # The filter offers the countries that have plans to see, and no other.
    offered = client.get(PORTFOLIO).context["form"].fields["country"].choices
    assert [code for code, _name in offered] == ["", "KE", "UG"]
    assert shown(country="KE") == {kenya.pk}
    assert shown(sector="health") == {uganda.pk}
    assert shown(year="2031") == {kenya.pk}
    assert shown(country="UG", sector="education") == set()
    # Bad filters are reported and left out, never a server error.
    response = client.get(PORTFOLIO, {"year": "next year", "country": "XX", "page": "zz"})
    assert response.status_code == 200
    assert response.context["form"].errors.keys() == {"year", "country"}


def test_portfolio_paginates_by_25(facilitator, donor):
    lead_org = OrganisationFactory()
    for index in range(26):
        event = EventFactory(created_by=facilitator, title=f"Event {index}")
        participation_add(
            event=event,
            user=UserFactory(organisation=lead_org),
            role=Participation.Role.CORE_GROUP,
            is_lead=True,
        )
        version_services.plan_version_publish(
            version=endorse(build_plan(event, lead_org, actions=1), facilitator)
        )
    client = client_for(donor)
    assert len(client.get(PORTFOLIO).context["rows"]) == 25
    assert len(client.get(PORTFOLIO, {"page": 2}).context["rows"]) == 1


def test_portfolio_query_count_is_fixed(facilitator, donor):
    client = client_for(donor)
    first = published_event(facilitator, actions=2)
    pledge(first, Action.objects.filter(output__objective__plan=first.plan).first(), donor, "5")
    one_plan = count_queries(client, PORTFOLIO)
    for _ in range(4):
        version = published_event(facilitator, actions=6)
        for action in Action.objects.filter(output__objective__plan=version.plan):
            pledge(version, action, donor, "10", currency=action.currency)
    five_plans = count_queries(client, PORTFOLIO)
    # session, user, the countries to filter by, versions (with their snapshots, which give the
    # costs), pledges, the reporting currency's rates, the networks that published a result
    # (the "Networks" section), and the menu's three: two permission queries and one for its
    # "Networks" entry (is the person in a network)
    assert one_plan == five_plans == 10


# --- The donor plan page ------------------------------------------------------------------------


def test_plan_page_shows_snapshot_pledges_and_own_edit_links(version, donor, core_group):
    other_donor = make_donor()
    usd_action = Action.objects.filter(output__objective__plan=version.plan, currency="USD").first()
    own = pledge(version, usd_action, donor, "25000", status="committed")
    theirs = pledge(version, usd_action, other_donor, "7000")

    response = client_for(donor).get(reverse("actionplans:donor_plan", args=[version.pk]))

    assert response.status_code == 200
    content = response.content.decode()
    assert "Action 1" in content and "Action 2" in content
    assert str(own.organisation) in content and str(theirs.organisation) in content
    assert reverse("actionplans:pledge_edit", args=[own.pk]) in content
    assert reverse("actionplans:pledge_edit", args=[theirs.pk]) not in content
    assert version.fingerprint in content
    # No participant's or donor's contact details.
    for person in [other_donor, donor, *(member.user for member in core_group)]:
        assert person.email not in content


def test_plan_page_query_count_is_fixed(facilitator, donor):
    client = client_for(donor)
    small = published_event(facilitator, actions=1)
    pledge(small, Action.objects.get(output__objective__plan=small.plan), donor, "5")
    big = published_event(facilitator, actions=9)
    for action in Action.objects.filter(output__objective__plan=big.plan):
        pledge(big, action, donor, "10", currency=action.currency)
        pledge(big, action, make_donor(), "20", currency=action.currency)
    small_count = count_queries(client, reverse("actionplans:donor_plan", args=[small.pk]))
    big_count = count_queries(client, reverse("actionplans:donor_plan", args=[big.pk]))
    # session, user, version, participation (rule), pledges, pledged totals, the reporting
    # currency's rates, the positions, the lead, and the menu's two permission queries; the
    # costs come from the version's snapshot
    assert small_count == big_count == 12


# --- Pledging -----------------------------------------------------------------------------------


def test_pledge_create_then_update(version, donor):
    action = Action.objects.filter(output__objective__plan=version.plan).first()
    url = reverse("actionplans:pledge_create", args=[version.pk, action.pk])
    client = client_for(donor)
    assert client.get(url).status_code == 200
    assert not Pledge.objects.exists()  # GET changes nothing
    ExchangeRate.objects.create(
        from_currency="EUR",
        to_currency="USD",
        rate=Decimal("1.1"),
        valid_from=timezone.localdate() - datetime.timedelta(days=1),
    )

    response = client.post(
        url, {"amount": "1500.50", "currency": " eur", "status": "indicated", "note": "Q3"}
    )
    assert response.status_code == 302
    saved = Pledge.objects.get()
    assert (saved.amount, saved.currency, saved.status) == (Decimal("1500.50"), "EUR", "indicated")
    assert saved.organisation == donor.organisation and saved.donor == donor
    assert saved.version == version and saved.action == action

    edit = reverse("actionplans:pledge_edit", args=[saved.pk])
    response = client.post(edit, {"amount": "2000", "currency": "EUR", "status": "committed"})
    assert response.status_code == 302
    saved.refresh_from_db()
    assert (saved.amount, saved.status) == (Decimal("2000"), "committed")
    assert Pledge.objects.count() == 1


def test_a_double_submit_of_the_pledge_form_makes_one_pledge(version, donor):
    action = Action.objects.filter(output__objective__plan=version.plan).first()
    url = reverse("actionplans:pledge_create", args=[version.pk, action.pk])
    client = client_for(donor)
    data = {"amount": "1500", "currency": "USD", "status": "indicated", "note": ""}
    assert client.post(url, data).status_code == 302
    assert client.post(url, data).status_code == 302
    assert Pledge.objects.count() == 1
    page = client.get(reverse("actionplans:donor_plan", args=[version.pk])).content.decode()
    assert url not in page  # the organisation's pledge is changed, not made twice


def test_a_donor_withdraws_their_own_pledge_and_no_one_else_can(version, donor, facilitator):
    action = Action.objects.filter(output__objective__plan=version.plan, currency="USD").first()
    own = pledge(version, action, donor, "25000")
    withdraw = reverse("actionplans:pledge_withdraw", args=[own.pk])
    plan_page = reverse("actionplans:donor_plan", args=[version.pk])
    client = client_for(donor)
    assert withdraw in client.get(plan_page).content.decode()

    for outsider in [make_donor(), facilitator]:
        assert client_for(outsider).post(withdraw).status_code == 404
    assert Pledge.objects.get().withdrawn_at is None

    assert "Withdraw" in client.get(withdraw).content.decode()
    assert Pledge.objects.get().withdrawn_at is None  # GET only asks
    done = client.post(withdraw, follow=True)
    assert done.redirect_chain[-1][0] == plan_page
    assert "Your pledge was withdrawn." in done.content.decode()
    assert Pledge.objects.get().withdrawn_at is not None
    funding = {row["currency"]: row for row in done.context["funding"]}
    assert funding["USD"]["pledged"] == 0
    assert withdraw not in done.content.decode()
    assert client.get(reverse("actionplans:pledge_edit", args=[own.pk])).status_code == 404
    listed = client_for(facilitator).get(url_for_event_pledges(version)).content.decode()
    assert "Withdrawn" in listed


def url_for_event_pledges(version):
    return reverse("actionplans:plan_pledges", args=[version.plan.event_id])


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"amount": "-5", "currency": "USD", "status": "indicated"}, "amount"),
        ({"amount": "5", "currency": "EURO", "status": "indicated"}, "currency"),
        ({"amount": "5", "currency": "U5D", "status": "indicated"}, "currency"),
        ({"amount": "5", "currency": "USD", "status": "promised"}, "status"),
        ({"amount": "lots", "currency": "USD", "status": "indicated"}, "amount"),
    ],
)
def test_bad_pledges_are_refused_with_a_message(version, donor, data, field):
    action = Action.objects.filter(output__objective__plan=version.plan).first()
    response = client_for(donor).post(
        reverse("actionplans:pledge_create", args=[version.pk, action.pk]), data
    )
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not Pledge.objects.exists()


def test_pledge_to_an_action_outside_the_version_is_refused(version, donor, facilitator):
    elsewhere = published_event(facilitator)
    foreign_action = Action.objects.filter(output__objective__plan=elsewhere.plan).first()
    added_after_freeze = Action.objects.create(
        output=Output.objects.get(objective__plan=version.plan), title="Added later"
    )
    client = client_for(donor)
    for action in [foreign_action, added_after_freeze]:
        response = client.post(
            reverse("actionplans:pledge_create", args=[version.pk, action.pk]),
            {"amount": "10", "currency": "USD", "status": "indicated"},
        )
        assert response.status_code == 200
        assert "not part of the endorsed plan version" in response.content.decode()
    assert not Pledge.objects.exists()


def test_pledge_service_refuses_versions_not_endorsed_and_published(plan, facilitator, donor):
    action = Action.objects.filter(output__objective__plan=plan).first()
    endorsed = endorse(plan, facilitator)
    rejected = endorse(plan, facilitator, stance="object")
    for version in [endorsed, rejected]:
        with pytest.raises(ValidationError, match="endorsed and published"):
            pledge(version, action, donor, "10")
    assert not Pledge.objects.exists()
    version_services.plan_version_publish(version=endorsed)
    not_a_donor = UserFactory()
    with pytest.raises(ValidationError, match="Only donors"):
        pledge(endorsed, action, not_a_donor, "10")


# --- The demo -----------------------------------------------------------------------------------


def test_demo_donor_sees_the_demo_plan_with_a_funding_gap():
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    # Safe to run again: nothing is added.
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    event = Event.objects.get(title=FOLLOW_UP_TITLE)

    version = PlanVersion.objects.get(plan__event=event)
    assert version.status == PlanVersion.Status.ENDORSED and version.published_at
    assert version.positions.count() >= 6
    assert version.positions.filter(stance="object").exists()
    assert version.positions.filter(stance="reservations").exists()
    assert Action.objects.filter(output__objective__plan=version.plan).count() >= 8
    assert event.key_issues.count() == 3
    assert event.key_issues.filter(questions__isnull=False).distinct().count() == 2
    assert ProgressUpdate.objects.filter(action__output__objective__plan=version.plan).count() == 2

    donor = get_user_model().objects.get(username="donor")
    assert Pledge.objects.filter(version=version, donor=donor).count() == 3
    response = client_for(donor).get(PORTFOLIO)
    funding = funding_of(response, version)
    assert funding["USD"]["pledged"] > 0 and funding["USD"]["gap"] > 0
    assert funding["UGX"]["gap"] > 0
    # The demo's rates add the plan up in euros.
    in_euros = client_for(donor).get(PORTFOLIO, {"currency": "EUR"}).context["portfolio"]
    assert in_euros.totals.known and 0 < in_euros.totals.pledged < in_euros.totals.cost
    plan_page = client_for(donor).get(reverse("actionplans:donor_plan", args=[version.pk]))
    assert plan_page.status_code == 200
    assert "@demo.cdfacil.localhost" not in plan_page.content.decode()


def test_portfolio_costs_are_those_of_the_endorsed_version(facilitator, donor):
    version = published_event(facilitator, actions=2)
    before = client_for(donor).get(PORTFOLIO).content.decode()
    Action.objects.filter(output__objective__plan=version.plan).update(
        estimated_cost=Decimal("999999")
    )
    after = client_for(donor).get(PORTFOLIO).content.decode()
    assert "999,999" not in after and "1,999,998" not in after

    def amounts(page):
        return re.findall(r"[\d,]+\.\d\d", page)

    assert amounts(before) and amounts(before) == amounts(after)
