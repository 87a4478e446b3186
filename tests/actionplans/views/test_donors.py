"""Donors: portfolio, plan page and pledges; what donors never see; the plan's follow-up."""

import datetime
import re
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from actionplans.models import (
    Action,
    ActionPlan,
    Indicator,
    IndicatorMeasurement,
    Objective,
    Output,
    PlanVersion,
    Pledge,
    ProgressUpdate,
)
from actionplans.services import donors as donor_services
from actionplans.services import endorsement as endorsement_services
from actionplans.services import followup as followup_services
from actionplans.services import versions as version_services
from builders.demo.content import DEMO_TITLE
from builders.factories import (
    EventFactory,
    OrganisationFactory,
    PartnerOrganisationFactory,
    UserFactory,
)
from builders.rounds import answered_round
from cdfacil.models import Organisation
from events.models import Event, Participation
from events.services.people import participation_add
from tests.helpers import client_for

pytestmark = pytest.mark.django_db

PORTFOLIO = reverse("actionplans:donor_portfolio")


def build_plan(event, organisation, *, actions=2, title="Health sector CD plan"):
    """A plan with one objective and output; actions alternate between USD and UGX costs."""
    plan = ActionPlan.objects.create(event=event, title=title)
    objective = Objective.objects.create(plan=plan, title="Stronger district health management")
    output = Output.objects.create(objective=objective, title="District teams trained")
    indicator = Indicator.objects.create(
        output=output,
        description="Districts with an approved annual plan",
        unit="%",
        baseline_value=Decimal("40"),
        baseline_year=2026,
        target_value=Decimal("90"),
        target_year=2028,
    )
    for index in range(actions):
        usd = index % 2 == 0
        action = Action.objects.create(
            output=output,
            title=f"Action {index + 1}",
            responsible_organisation=organisation,
            starts_on=datetime.date(2027, 1, 1),
            ends_on=datetime.date(2027, 12, 31),
            estimated_cost=Decimal("120000") if usd else Decimal("5000000"),
            currency="USD" if usd else "UGX",
            order=index,
        )
        action.indicators.add(indicator)
    return plan


def lead_of(event):
    return Participation.objects.get(event=event, role=Participation.Role.CORE_GROUP, is_lead=True)


def endorse(plan, facilitator, *, stance="endorse"):
    """Freeze the plan and close the endorsement with the lead organisation's `stance`."""
    version = version_services.plan_freeze(plan=plan, by=facilitator)
    lead = lead_of(plan.event).user
    endorsement_services.position_record(
        version=version,
        organisation=lead.organisation,
        stance=stance,
        comment="",
        by=lead,
    )
    return endorsement_services.endorsement_close(version=version)


def published_event(facilitator, *, actions=2, **event_fields):
    """A new event with a government lead and an endorsed plan published to donors."""
    event = EventFactory(created_by=facilitator, **event_fields)
    government = OrganisationFactory(kind=Organisation.Kind.GOVERNMENT)
    participation_add(
        event=event,
        user=UserFactory(organisation=government),
        role=Participation.Role.CORE_GROUP,
        is_lead=True,
    )
    plan = build_plan(event, government, actions=actions, title=f"Plan of {event.title}")
    return version_services.plan_version_publish(version=endorse(plan, facilitator))


def make_donor(**fields):
    return UserFactory(is_donor=True, organisation=PartnerOrganisationFactory(), **fields)


def pledge(version, action, donor, amount, currency="USD", status="indicated"):
    return donor_services.pledge_save(
        pledge=Pledge(
            action=action,
            version=version,
            donor=donor,
            amount=Decimal(amount),
            currency=currency,
            status=status,
        )
    )


@pytest.fixture
def donor():
    return make_donor(username="marie", email="marie@donor.example")


@pytest.fixture
def plan(event, government_org, core_group):
    return build_plan(event, government_org)


@pytest.fixture
def version(plan, facilitator):
    return version_services.plan_version_publish(version=endorse(plan, facilitator))


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
    assert version.plan.event.title in response.content.decode()


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


def test_portfolio_empty_state_and_who_may_see_it(donor, event, core_group):
    response = client_for(donor).get(PORTFOLIO)
    assert response.status_code == 200
    assert "No action plan has been published to donors yet." in response.content.decode()
    assert client_for(core_group[0].user).get(PORTFOLIO).status_code == 403
    assert Client().get(PORTFOLIO).status_code == 302


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


def count_queries(client, url):
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


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
    # session, user, the countries to filter by, count, versions (with their snapshots, which
    # give the costs), pledges, and the menu's two permission queries
    assert one_plan == five_plans == 8


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
    # session, user, version, participation (rule), pledges, pledged totals, and the menu's
    # two permission queries; the costs come from the version's snapshot
    assert small_count == big_count == 8


# --- What donors never see ----------------------------------------------------------------------


def test_donors_never_see_drafts_unpublished_versions_or_answers(
    plan, facilitator, donor, event, core_group
):
    not_published = endorse(plan, facilitator)
    rejected = endorse(plan, facilitator, stance="object")
    members = [member.user for member in core_group]
    assessment_round = answered_round(event=event, members=members, scores=None, submitted=False)
    answers = assessment_round.responses.first()
    client = client_for(donor)
    forbidden = [
        reverse("actionplans:donor_plan", args=[not_published.pk]),
        reverse("actionplans:donor_plan", args=[rejected.pk]),
        reverse("actionplans:pledge_create", args=[not_published.pk, plan.objectives.first().pk]),
        f"/events/{event.pk}/",
        f"/events/{event.pk}/plan/",
        f"/events/{event.pk}/plan/versions/{not_published.number}/",
        f"/events/{event.pk}/plan/history/",
        reverse("actionplans:plan_pledges", args=[event.pk]),
        reverse("actionplans:plan_dashboard", args=[event.pk]),
        reverse("assessments:round_list", args=[event.pk]),
        reverse("assessments:response", args=[event.pk, answers.pk]),
        reverse("assessments:results", args=[event.pk, assessment_round.pk]),
        reverse("assessments:consensus", args=[event.pk, assessment_round.pk]),
        reverse("events:people", args=[event.pk]),
    ]
    for url in forbidden:
        assert client.get(url).status_code in (403, 404), url
    # The version becomes visible only once published.
    version_services.plan_version_publish(version=not_published)
    assert client.get(forbidden[0]).status_code == 200
    assert client.get(forbidden[1]).status_code == 404


def test_another_donors_pledge_cannot_be_edited(version, donor):
    other_donor = make_donor()
    action = Action.objects.filter(output__objective__plan=version.plan).first()
    theirs = pledge(version, action, other_donor, "7000")
    url = reverse("actionplans:pledge_edit", args=[theirs.pk])
    client = client_for(donor)
    assert client.get(url).status_code == 404
    response = client.post(url, {"amount": "1", "currency": "USD", "status": "indicated"})
    assert response.status_code == 404
    theirs.refresh_from_db()
    assert theirs.amount == Decimal("7000")
    with pytest.raises(ValidationError, match="only your own pledges"):
        theirs.amount = Decimal("1")
        donor_services.pledge_save(pledge=theirs, by=donor)
    hijacked = Pledge.objects.get(pk=theirs.pk)
    hijacked.donor = donor
    with pytest.raises(ValidationError, match="only your own pledges"):
        donor_services.pledge_save(pledge=hijacked)


# --- Pledging -----------------------------------------------------------------------------------


def test_pledge_create_then_update(version, donor):
    action = Action.objects.filter(output__objective__plan=version.plan).first()
    url = reverse("actionplans:pledge_create", args=[version.pk, action.pk])
    client = client_for(donor)
    assert client.get(url).status_code == 200
    assert not Pledge.objects.exists()  # GET changes nothing

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


def test_only_donors_pledge(version, event, core_group):
    action = Action.objects.filter(output__objective__plan=version.plan).first()
    url = reverse("actionplans:pledge_create", args=[version.pk, action.pk])
    assert client_for(core_group[0].user).get(url).status_code == 403
    assert client_for(UserFactory()).get(url).status_code == 404


# --- The event's pledges ------------------------------------------------------------------------


def test_facilitators_and_core_group_see_the_pledges_stakeholders_do_not(
    version, donor, event, facilitator, core_group
):
    action = Action.objects.filter(output__objective__plan=version.plan).first()
    pledge(version, action, donor, "43210", status="committed")
    url = reverse("actionplans:plan_pledges", args=[event.pk])
    for person in [facilitator, core_group[1].user]:
        response = client_for(person).get(url)
        assert response.status_code == 200
        content = response.content.decode()
        assert "43,210.00 USD" in content and str(donor.organisation) in content
        assert donor.email not in content
    stakeholder = UserFactory()
    participation_add(event=event, user=stakeholder, role=Participation.Role.STAKEHOLDER)
    assert client_for(stakeholder).get(url).status_code == 403
    # A stakeholder may read the version but not who pledged what.
    page = client_for(stakeholder).get(reverse("actionplans:donor_plan", args=[version.pk]))
    assert page.status_code == 200 and "43,210" not in page.content.decode()


# --- Follow-up ----------------------------------------------------------------------------------


def test_progress_updates_and_measurements(plan, event, core_group):
    action = Action.objects.filter(output__objective__plan=plan).first()
    indicator = Indicator.objects.get(output__objective__plan=plan)
    client = client_for(core_group[0].user)
    today = event.local_today()
    progress_url = reverse("actionplans:progress_create", args=[event.pk, action.pk])
    assert client.get(progress_url).status_code == 200

    response = client.post(
        progress_url,
        {"status": "on_track", "percent_complete": "30", "date": today, "note": "Started"},
    )
    assert response.status_code == 302
    update = ProgressUpdate.objects.get()
    assert (update.status, update.percent_complete, update.recorded_by) == (
        "on_track",
        30,
        core_group[0].user,
    )
    for bad in [
        {"status": "on_track", "percent_complete": "130", "date": today},
        {"status": "late-ish", "percent_complete": "10", "date": today},
        {"status": "on_track", "percent_complete": "10", "date": today + datetime.timedelta(3)},
    ]:
        assert client.post(progress_url, bad).status_code == 200
    assert ProgressUpdate.objects.count() == 1

    measure_url = reverse("actionplans:measurement_create", args=[event.pk, indicator.pk])
    response = client.post(measure_url, {"value": "65", "date": today, "note": "Annual review"})
    assert response.status_code == 302
    assert IndicatorMeasurement.objects.get().value == Decimal("65")
    assert client.post(measure_url, {"value": "x", "date": today}).status_code == 200
    assert IndicatorMeasurement.objects.count() == 1

    stakeholder = UserFactory()
    participation_add(event=event, user=stakeholder, role=Participation.Role.STAKEHOLDER)
    assert client_for(stakeholder).post(progress_url, {}).status_code == 403


def test_dashboard_shows_late_actions_and_indicator_progress(plan, event, core_group):
    member = core_group[0].user
    today = event.local_today()
    output = Output.objects.get(objective__plan=plan)
    overdue = Action.objects.create(
        output=output,
        title="Overdue survey",
        starts_on=today - datetime.timedelta(60),
        ends_on=today - datetime.timedelta(1),
    )
    delayed, on_time = Action.objects.filter(title__in=["Action 1", "Action 2"]).order_by("title")
    finished = Action.objects.create(
        output=output,
        title="Finished workshop",
        starts_on=today - datetime.timedelta(60),
        ends_on=today - datetime.timedelta(10),
    )
    followup_services.progress_record(
        action=delayed, status="delayed", percent_complete=5, date=today, by=member
    )
    followup_services.progress_record(
        action=finished, status="done", percent_complete=100, date=today, by=member
    )
    followup_services.progress_record(
        action=overdue,
        status="on_track",
        percent_complete=80,
        date=today - datetime.timedelta(5),
        by=member,
    )
    indicator = Indicator.objects.get(output__objective__plan=plan)
    followup_services.measurement_record(
        indicator=indicator,
        value=Decimal("50"),
        date=today - datetime.timedelta(30),
        by=member,
    )
    followup_services.measurement_record(
        indicator=indicator, value=Decimal("65"), date=today, by=member
    )

    response = client_for(member).get(reverse("actionplans:plan_dashboard", args=[event.pk]))

    assert response.status_code == 200
    followup = response.context["followup"]
    assert {action.title for action in followup["late"]} == {"Overdue survey", "Action 1"}
    assert on_time not in followup["late"]
    (shown,) = followup["indicators"]
    assert shown.latest_value == Decimal("65")
    assert shown.progress == 50  # 40 -> 65 of 40 -> 90
    assert "50% of the way from baseline to target" in response.content.decode()


def test_dashboard_query_count_is_fixed(plan, event, core_group):
    member = core_group[0].user
    client = client_for(member)
    url = reverse("actionplans:plan_dashboard", args=[event.pk])
    small = count_queries(client, url)
    output = Output.objects.get(objective__plan=plan)
    indicator = Indicator.objects.get(output__objective__plan=plan)
    for index in range(6):
        action = Action.objects.create(output=output, title=f"More {index}")
        followup_services.progress_record(
            action=action,
            status="on_track",
            percent_complete=index,
            date=event.local_today(),
            by=member,
        )
        Indicator.objects.create(output=output, description=f"Indicator {index}")
        followup_services.measurement_record(
            indicator=indicator, value=index, date=event.local_today(), by=member
        )
    assert count_queries(client, url) == small


def test_dashboard_without_a_plan(event, facilitator):
    response = client_for(facilitator).get(reverse("actionplans:plan_dashboard", args=[event.pk]))
    assert response.status_code == 200
    assert "This event has no action plan yet." in response.content.decode()


# --- The demo -----------------------------------------------------------------------------------


def test_demo_donor_sees_the_demo_plan_with_a_funding_gap():
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    # Safe to run again: nothing is added.
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    event = Event.objects.get(title=DEMO_TITLE)

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
