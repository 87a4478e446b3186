"""The donor's money in one view: plans named by country, sector and year, totals in a reporting
currency at known rates, sorting and filters kept in the URL, the XLSX export, and the plan
page's endorsement and lead."""

import datetime
import io
from decimal import Decimal

import openpyxl
import pytest
from django.urls import reverse
from django.utils import timezone

from actionplans.models import Action
from builders.factories import EventFactory, OrganisationFactory, UserFactory
from cdfacil.models import ExchangeRate, Organisation
from events.models import Event, Participation
from events.services.people import participation_add
from tests.actionplans.helpers import (
    PORTFOLIO,
    build_plan,
    count_queries,
    endorse_and_publish,
    make_donor,
    pledge,
    published_event,
)
from tests.helpers import client_for

pytestmark = pytest.mark.django_db

EXPORT = reverse("actionplans:donor_portfolio_export")
TODAY = timezone.localdate


def record_rate(from_currency, to_currency, rate, days_ago=3):
    return ExchangeRate.objects.create(
        from_currency=from_currency,
        to_currency=to_currency,
        rate=Decimal(rate),
        valid_from=TODAY() - datetime.timedelta(days=days_ago),
    )


def actions_of(version):
    usd = Action.objects.get(output__objective__plan=version.plan, currency="USD")
    ugx = Action.objects.get(output__objective__plan=version.plan, currency="UGX")
    return usd, ugx


@pytest.fixture
def euro_rates():
    """1 USD = 0.92 EUR (and an older 0.50, and 0.10 from tomorrow: neither is used);
    1 EUR = 4,000 UGX, recorded the other way round."""
    record_rate("USD", "EUR", "0.50", days_ago=30)
    record_rate("USD", "EUR", "0.92", days_ago=2)
    record_rate("USD", "EUR", "0.10", days_ago=-1)
    return record_rate("EUR", "UGX", "4000", days_ago=5)


@pytest.fixture
def funded_plan(facilitator, donor):
    """120,000 USD and 5,000,000 UGX of cost; 30,000 USD and 1,000,000 UGX pledged."""
    version = published_event(facilitator, country="UG", sector="health")
    usd, ugx = actions_of(version)
    pledge(version, usd, donor, "30000")
    pledge(version, ugx, make_donor(), "1000000", currency="UGX")
    return version


def test_totals_in_the_reporting_currency_at_the_known_rates(funded_plan, donor, euro_rates):
    response = client_for(donor).get(PORTFOLIO, {"currency": "eur"})

    portfolio = response.context["portfolio"]
    assert portfolio.currency == "EUR"
    # USD: 120,000 x 0.92 = 110,400.00; UGX: 5,000,000 / 4,000 = 1,250.00
    # pledged: 30,000 x 0.92 = 27,600.00 and 1,000,000 / 4,000 = 250.00
    # gap: 90,000 x 0.92 = 82,800.00 and 4,000,000 / 4,000 = 1,000.00
    totals = portfolio.totals
    assert (totals.cost, totals.pledged, totals.gap) == (
        Decimal("111650.00"),
        Decimal("27850.00"),
        Decimal("83800.00"),
    )
    assert totals.funded_percent == 24  # 27,850 / 111,650 = 24.94%, rounded down
    content = response.content.decode()
    for shown in ["111,650.00\xa0EUR", "27,850.00\xa0EUR", "83,800.00\xa0EUR", "24%"]:
        assert shown in content
    two_days_ago = (TODAY() - datetime.timedelta(days=2)).strftime("%-d %B %Y")
    five_days_ago = (TODAY() - datetime.timedelta(days=5)).strftime("%-d %B %Y")
    assert f"1 USD = 0.92 EUR (rate of {two_days_ago})" in content
    assert f"1 EUR = 4,000 UGX (rate of {five_days_ago})" in content
    # The row of the one plan says the same.
    (row,) = response.context["rows"]
    assert row["reported"].cost == Decimal("111650.00")
    assert row["name"] == f"Uganda · Health · {funded_plan.plan.event.day1.year}"


def test_a_missing_rate_is_named_and_no_total_is_given(funded_plan, donor, euro_rates):
    record_rate("USD", "GBP", "0.79")

    response = client_for(donor).get(PORTFOLIO, {"currency": "GBP"})

    totals = response.context["portfolio"].totals
    assert totals.cost is None and totals.missing == ["UGX"]
    content = response.content.decode()
    assert "No figure in GBP: no exchange rate between UGX and GBP is recorded." in content
    assert "GBP</dd>" not in content  # no figure in GBP anywhere, not even a partial one
    assert "Ask an administrator to record the missing rates" in content
    # The money per currency is still there.
    assert "120,000.00" in content


def test_the_reporting_currency_is_kept_in_the_url_and_for_the_next_visit(
    funded_plan, donor, euro_rates
):
    client = client_for(donor)
    assert client.get(PORTFOLIO).context["portfolio"].currency == "USD"  # the default

    client.get(PORTFOLIO, {"currency": "EUR"})
    again = client.get(PORTFOLIO)
    assert again.context["portfolio"].currency == "EUR"
    plan_url = reverse("actionplans:donor_plan", args=[funded_plan.pk])
    assert f"{plan_url}?currency=EUR" in again.content.decode()
    # The plan page reads it too, and a wrong code is said, the kept currency staying.
    page = client.get(plan_url, {"currency": "EURO"})
    assert page.context["in_currency"]["currency"] == "EUR"
    assert page.context["currency_form"].errors.keys() == {"currency"}
    assert page.context["in_currency"]["reported"].cost == Decimal("111650.00")
    bad = client.get(PORTFOLIO, {"currency": "XYZ"})
    assert bad.status_code == 200 and "currency" in bad.context["form"].errors
    assert bad.context["portfolio"].currency == "EUR"


def test_sorting_and_filters_stay_in_the_url(facilitator, donor):
    kenya = published_event(
        facilitator, country="KE", sector="water", day1=datetime.date(2031, 3, 2)
    )
    uganda = published_event(facilitator, country="UG", sector="health")
    benin = published_event(facilitator, country="BJ", sector="education")
    record_rate("UGX", "USD", "0.0002")  # each plan costs 121,000 USD
    usd, ugx = actions_of(uganda)
    pledge(uganda, usd, donor, "120000")
    pledge(uganda, ugx, donor, "5000000", currency="UGX")  # fully funded
    pledge(kenya, actions_of(kenya)[0], donor, "60500")  # 50%
    Event.objects.filter(pk=benin.plan.event_id).update(phase=Event.Phase.CLOSED)
    client = client_for(donor)

    def names(**params):
        response = client.get(PORTFOLIO, params)
        assert response.status_code == 200
        return [row["version"].pk for row in response.context["rows"]]

    assert names() == [benin.pk, uganda.pk, kenya.pk]  # newest published first
    assert names(sort="name") == [benin.pk, kenya.pk, uganda.pk]  # Benin, Kenya, Uganda
    assert names(sort="funded") == [benin.pk, kenya.pk, uganda.pk]  # 0%, 50%, 100%
    assert names(sort="gap") == [benin.pk, kenya.pk, uganda.pk]
    assert names(sort="year")[0] == kenya.pk
    assert names(funded="full") == [uganda.pk]
    assert names(funded="half_or_more") == [kenya.pk]
    assert names(funded="under_half") == [benin.pk]
    assert names(phase="closed") == [benin.pk]
    assert names(phase="closed", sort="name", country="UG") == []
    response = client.get(PORTFOLIO, {"sort": "sideways", "funded": "lots"})
    assert response.context["form"].errors.keys() == {"sort", "funded"}
    assert len(response.context["rows"]) == 3
    # The export link carries the same choice.
    chosen = client.get(PORTFOLIO, {"sort": "funded", "country": "KE"}).content.decode()
    assert f"{EXPORT}?sort=funded&amp;country=KE&amp;currency=USD" in chosen


def test_pages_keep_the_filters_and_the_sort(facilitator, donor):
    for _ in range(26):
        published_event(facilitator, actions=1)
    response = client_for(donor).get(PORTFOLIO, {"sort": "cost", "sector": "health"})
    assert len(response.context["rows"]) == 25
    assert "?sort=cost&amp;sector=health&amp;currency=USD&amp;page=2" in response.content.decode()
    second = client_for(donor).get(PORTFOLIO, {"sort": "cost", "sector": "health", "page": 2})
    assert len(second.context["rows"]) == 1
    assert second.context["portfolio"].totals.cost == Decimal("3120000.00")  # all 26 plans


def test_the_portfolio_and_plan_pages_queries_at_1x_and_10x(facilitator, donor, euro_rates):
    client = client_for(donor)
    first = published_event(facilitator, actions=2)
    pledge(first, actions_of(first)[0], donor, "5")
    # Choosing a currency writes it to the session once (three queries more, that first time).
    assert count_queries(client, f"{PORTFOLIO}?currency=EUR") == 13
    one = (
        count_queries(client, f"{PORTFOLIO}?currency=EUR&sort=funded"),
        count_queries(client, reverse("actionplans:donor_plan", args=[first.pk])),
    )
    for _ in range(9):
        version = published_event(facilitator, actions=10)
        for action in Action.objects.filter(output__objective__plan=version.plan):
            pledge(version, action, donor, "10", currency=action.currency)
            pledge(version, action, make_donor(), "10", currency="EUR")
    ten = (
        count_queries(client, f"{PORTFOLIO}?currency=EUR&sort=funded"),
        count_queries(client, reverse("actionplans:donor_plan", args=[version.pk])),
    )
    assert one == ten == (10, 12)


# --- The export -----------------------------------------------------------------------------------


def read_back(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml"
    )
    assert "attachment;" in response["Content-Disposition"]
    return openpyxl.load_workbook(io.BytesIO(response.content))


def test_the_export_has_the_rows_totals_and_rates_of_the_page(
    funded_plan, facilitator, donor, euro_rates
):
    kenya = EventFactory(created_by=facilitator, country="KE", sector="water")
    government = OrganisationFactory(kind=Organisation.Kind.GOVERNMENT)
    participation_add(
        event=kenya,
        user=UserFactory(organisation=government),
        role=Participation.Role.CORE_GROUP,
        is_lead=True,
    )
    endorse_and_publish(build_plan(kenya, government, title='=HYPERLINK(\x0b"x")'), facilitator)
    client = client_for(donor)
    params = {"currency": "EUR", "sort": "name"}
    page = client.get(PORTFOLIO, params)

    book = read_back(client.get(EXPORT, params))

    assert book.sheetnames == ["Plans", "Per currency", "Rates"]
    plans = list(book["Plans"].iter_rows(values_only=True))
    assert plans[0][:4] == ("Plan", "Title", "Country", "Sector")
    assert plans[0][8:12] == ("Cost (EUR)", "Pledged (EUR)", "Gap (EUR)", "Funded (%)")
    rows = plans[1:-1]
    assert [row[0] for row in rows] == [row["name"] for row in page.context["rows"]]
    kenya, uganda = rows
    assert uganda[8:12] == (111650, 27850, 83800, 24)
    assert kenya[8:12] == (111650, 0, 111650, 0)
    assert plans[-1][0] == "Total (2 plans)"
    assert plans[-1][8:12] == (223300, 27850, 195450, 12)
    # A title typed as a formula stays text; a control character pasted in it is dropped (the
    # workbook's XML cannot hold it, and openpyxl would refuse the whole export).
    assert book["Plans"]["B2"].data_type == "s"
    assert book["Plans"]["B2"].value == '=HYPERLINK("x")'
    per_currency = list(book["Per currency"].iter_rows(values_only=True))
    assert (uganda[0], "UGX", 5000000, 1000000, 4000000, 0) in per_currency
    rates = list(book["Rates"].iter_rows(values_only=True))
    assert rates[0] == ("Reporting currency", "EUR", None, None)
    assert rates[1][1].date() == TODAY()
    two_days_ago = TODAY() - datetime.timedelta(days=2)
    assert rates[4][0] == "UGX" and rates[4][1] == 0.00025 and rates[4][3] == "1 EUR = 4,000 UGX"
    assert (rates[5][0], rates[5][1], rates[5][3]) == ("USD", 0.92, "1 USD = 0.92 EUR")
    assert rates[5][2].date() == two_days_ago


def test_the_export_says_which_rate_is_missing(funded_plan, donor):
    book = read_back(client_for(donor).get(EXPORT, {"currency": "CHF"}))
    plans = list(book["Plans"].iter_rows(values_only=True))
    assert plans[1][8:13] == (None, None, None, None, "UGX, USD")
    assert plans[-1][8:13] == (None, None, None, None, "UGX, USD")
    rates = list(book["Rates"].iter_rows(values_only=True))
    assert ("UGX", None, None, "No rate recorded") in rates


def test_only_donors_and_administrators_export(funded_plan, facilitator, core_group):
    assert client_for(facilitator).get(EXPORT).status_code == 403
    assert client_for(core_group[0].user).get(EXPORT).status_code == 403
    assert client_for(make_donor()).get(EXPORT).status_code == 200


# --- The plan page ------------------------------------------------------------------------------


def test_plan_page_shows_positions_and_the_lead_by_role_only(
    version, donor, core_group, stakeholder
):
    lead = core_group[0].user
    lead.job_title = "Director of Planning"
    # A name no word of the page can be (a random first name such as "Grant" could be).
    lead.first_name, lead.last_name = "Qwzxa", "Vyjkb"
    lead.save(update_fields=["job_title", "first_name", "last_name"])

    response = client_for(donor).get(reverse("actionplans:donor_plan", args=[version.pk]))

    content = response.content.decode()
    assert "Positions of the organisations" in content
    assert str(lead.organisation) in content and "Endorse" in content
    assert "Contact: the lead of the core group, Director of Planning." in content
    # A role, not a person: no name, no email address.
    assert lead.get_full_name() not in content and lead.first_name not in content
    for member in core_group:
        assert member.user.email not in content
    assert "@" not in content.split("<main", 1)[-1]

    # A stakeholder of the event reads the positions and the lead, never the pledged money.
    theirs = client_for(stakeholder).get(reverse("actionplans:donor_plan", args=[version.pk]))
    assert theirs.status_code == 200
    assert "Positions of the organisations" in theirs.content.decode()
    assert theirs.context["in_currency"] is None
    assert "Funding in USD" not in theirs.content.decode()
