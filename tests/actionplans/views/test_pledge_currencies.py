"""A pledge in another currency than its action's counts through the exchange rate recorded with
it, or is refused with the reason; totals are in the action's currency and never negative."""

import datetime
import importlib
from decimal import Decimal

import pytest
from django.apps import apps as django_apps
from django.db import transaction
from django.db.models import ProtectedError
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format

from actionplans.models import Action, Pledge
from cdfacil.models import ExchangeRate
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


def record_rate(from_currency, to_currency, rate, days_ago=7):
    return ExchangeRate.objects.create(
        from_currency=from_currency,
        to_currency=to_currency,
        rate=Decimal(rate),
        valid_from=timezone.localdate() - datetime.timedelta(days=days_ago),
    )


@pytest.fixture
def usd_version(event, government_org, core_group, facilitator):
    """A published plan of two actions: 120,000.00 USD and 5,000,000.00 UGX."""
    return endorse_and_publish(build_plan(event, government_org), facilitator)


def action_in(version, currency):
    return Action.objects.get(output__objective__plan=version.plan, currency=currency)


def funding(client, version, url=None):
    response = client.get(url or reverse("actionplans:donor_plan", args=[version.pk]))
    assert response.status_code == 200
    return {money["currency"]: money for money in response.context["funding"]}, response


def test_a_pledge_in_euros_reduces_the_usd_gap_by_its_converted_amount(usd_version, donor):
    rate = record_rate("EUR", "USD", "1.08")
    action = action_in(usd_version, "USD")
    client = client_for(donor)

    response = client.post(
        reverse("actionplans:pledge_create", args=[usd_version.pk, action.pk]),
        {"amount": "100000", "currency": "EUR", "status": "indicated", "note": ""},
    )

    assert response.status_code == 302
    stored = Pledge.objects.get()
    assert (stored.amount, stored.currency) == (Decimal("100000"), "EUR")
    assert (stored.counted_amount, stored.counted_currency) == (Decimal("108000"), "USD")
    assert (stored.rate, stored.rate_date, stored.exchange_rate) == (
        Decimal("1.08"),
        rate.valid_from,
        rate,
    )
    money, page = funding(client, usd_version)
    # No line of its own for the euros: the pledge counts in the action's currency.
    assert set(money) == {"USD", "UGX"}
    assert money["USD"]["pledged"] == Decimal("108000")
    assert money["USD"]["gap"] == Decimal("12000")
    content = page.content.decode()
    date = rate.valid_from.strftime("%-d %B %Y")
    assert f"100,000.00\xa0EUR = 108,000.00\xa0USD at 1.08 (rate of {date})" in content
    # The portfolio and the event's list of pledges count it the same way.
    portfolio = {
        row["currency"]: row for row in client.get(PORTFOLIO).context["rows"][0]["funding"]
    }
    assert portfolio["USD"]["gap"] == Decimal("12000") and "EUR" not in portfolio


def test_the_event_pledge_list_shows_the_rate_used_in_french(usd_version, donor, facilitator):
    rate = record_rate("EUR", "USD", "1.08")
    pledge(usd_version, action_in(usd_version, "USD"), donor, "100000", currency="EUR")
    client = client_for(facilitator)
    client.cookies["django_language"] = "fr"
    url = reverse("actionplans:plan_pledges", args=[usd_version.plan.event_id])

    page = client.get(url)

    assert page.status_code == 200
    content = page.content.decode()
    with translation.override("fr"):
        date = date_format(rate.valid_from, "j F Y")
    assert f"100\xa0000,00\xa0EUR = 108\xa0000,00\xa0USD à 1,08 (taux du {date})" in content
    totals = {row["currency"]: row for row in page.context["totals"][0]["funding"]}
    assert totals["USD"]["gap"] == Decimal("12000") and "EUR" not in totals


def test_the_pledge_form_starts_with_the_action_currency(usd_version, donor):
    client = client_for(donor)
    for currency in ["USD", "UGX"]:
        action = action_in(usd_version, currency)
        response = client.get(
            reverse("actionplans:pledge_create", args=[usd_version.pk, action.pk])
        )
        assert response.status_code == 200
        assert response.context["form"]["currency"].value() == currency
        assert f'value="{currency}"' in response.content.decode()


def test_a_pledge_with_no_rate_recorded_is_refused_with_the_reason_and_input_kept(
    usd_version, donor
):
    record_rate("GBP", "USD", "1.27")  # another pair, and a rate recorded only after today
    record_rate("EUR", "USD", "1.10", days_ago=-3)
    action = action_in(usd_version, "USD")

    response = client_for(donor).post(
        reverse("actionplans:pledge_create", args=[usd_version.pk, action.pk]),
        {"amount": "100000", "currency": "eur", "status": "committed", "note": "Year one"},
    )

    assert response.status_code == 200
    assert not Pledge.objects.exists()
    content = response.content.decode()
    assert (
        "No exchange rate from EUR to USD is recorded; pledge in USD or ask an administrator "
        "to record one." in content
    )
    form = response.context["form"]
    assert "currency" in form.errors
    assert form["amount"].value() == "100000" and form["note"].value() == "Year one"
    assert form["status"].value() == "committed"


def test_the_rate_stored_with_a_pledge_stays_when_a_newer_rate_is_recorded(usd_version, donor):
    record_rate("EUR", "USD", "1.08", days_ago=10)
    action = action_in(usd_version, "USD")
    pledge(usd_version, action, donor, "100000", currency="EUR")
    record_rate("EUR", "USD", "1.20", days_ago=1)

    # A change of status or note keeps the conversion made with the amount.
    pledge_again = pledge(usd_version, action, donor, "100000", currency="EUR", status="committed")

    stored = Pledge.objects.get()
    assert pledge_again.pk == stored.pk and stored.status == "committed"
    assert (stored.rate, stored.counted_amount) == (Decimal("1.08"), Decimal("108000"))
    money, _page = funding(client_for(donor), usd_version)
    assert money["USD"]["pledged"] == Decimal("108000")
    # A new amount is pledged at the rate of its day.
    pledge(usd_version, action, donor, "50000", currency="EUR")
    stored.refresh_from_db()
    assert (stored.rate, stored.counted_amount) == (Decimal("1.2"), Decimal("60000"))


def test_a_rate_used_by_a_pledge_cannot_be_deleted(usd_version, donor):
    used = record_rate("EUR", "USD", "1.08")
    unused = record_rate("GBP", "USD", "1.27")
    pledge(usd_version, action_in(usd_version, "USD"), donor, "100000", currency="EUR")

    with pytest.raises(ProtectedError), transaction.atomic():
        used.delete()
    unused.delete()  # a mistaken rate that nothing used goes, to be recorded again

    assert Pledge.objects.get().exchange_rate == used


def test_an_inverse_rate_is_used_one_over(usd_version, donor):
    record_rate("USD", "UGX", "3700")
    pledged = pledge(usd_version, action_in(usd_version, "UGX"), donor, "1000", currency="USD")
    assert pledged.counted_currency == "UGX"
    assert pledged.counted_amount == Decimal("3700000")
    assert pledged.rate == Decimal("3700")
    other = make_donor()
    back = pledge(usd_version, action_in(usd_version, "USD"), other, "370000", currency="UGX")
    assert back.counted_currency == "USD" and back.counted_amount == Decimal("100")


def test_an_over_pledged_action_shows_gap_zero_and_by_how_much(usd_version, donor):
    usd_action = action_in(usd_version, "USD")
    ugx_action = action_in(usd_version, "UGX")
    pledge(usd_version, usd_action, donor, "150000")  # 30,000 more than its cost
    pledge(usd_version, ugx_action, donor, "1000000", currency="UGX")

    money, page = funding(client_for(donor), usd_version)

    assert money["USD"]["gap"] == 0
    assert money["USD"]["over_pledged"] == Decimal("30000")
    assert money["UGX"]["gap"] == Decimal("4000000") and money["UGX"]["over_pledged"] == 0
    content = page.content.decode()
    assert "Over-pledged by 30,000.00" in content
    assert "-30,000" not in content


def test_an_over_pledge_of_one_action_does_not_hide_the_gap_of_another(facilitator, donor):
    version = published_event(facilitator, actions=3)  # USD 120,000, UGX, USD 120,000
    first, third = Action.objects.filter(
        output__objective__plan=version.plan, currency="USD"
    ).order_by("order")
    pledge(version, first, donor, "240000")

    money, _page = funding(client_for(donor), version)

    assert money["USD"]["pledged"] == Decimal("240000")
    assert money["USD"]["gap"] == Decimal("120000")  # the third action still has no money
    assert money["USD"]["over_pledged"] == Decimal("120000")


@pytest.mark.parametrize("donor_page", ["portfolio", "plan"])
def test_donor_pages_keep_their_query_counts_with_pledges_in_several_currencies(
    facilitator, donor, donor_page
):
    for pair in [("EUR", "USD", "1.08"), ("GBP", "USD", "1.27"), ("EUR", "UGX", "4000")]:
        record_rate(*pair)
    client = client_for(donor)

    def count(version):
        if donor_page == "portfolio":
            return count_queries(client, PORTFOLIO)
        return count_queries(client, reverse("actionplans:donor_plan", args=[version.pk]))

    small = published_event(facilitator, actions=1)
    pledge(small, Action.objects.get(output__objective__plan=small.plan), donor, "5")
    one = count(small)
    for _ in range(3):
        big = published_event(facilitator, actions=6)
        for action in Action.objects.filter(output__objective__plan=big.plan):
            currencies = ["EUR", "GBP", "USD"] if action.currency == "USD" else ["EUR", "UGX"]
            for currency in currencies:
                pledge(big, action, make_donor(), "10", currency=currency)
    assert Pledge.objects.values("currency").distinct().count() == 4
    # The plan page also reads the positions and the lead (see test_donors).
    assert one == count(big) == (10 if donor_page == "portfolio" else 12)


def test_pledges_made_before_rates_count_only_in_their_action_currency(usd_version, donor):
    migration = importlib.import_module(
        "actionplans.migrations.0007_pledge_counted_in_action_currency"
    )
    record_rate("EUR", "USD", "1.08")
    pledge(usd_version, action_in(usd_version, "USD"), donor, "1000", currency="EUR")
    pledge(usd_version, action_in(usd_version, "UGX"), make_donor(), "300", currency="UGX")
    Pledge.objects.update(
        counted_amount=None, counted_currency="", exchange_rate=None, rate=None, rate_date=None
    )

    migration.count_pledges_in_their_action_currency(django_apps, None)

    money, page = funding(client_for(donor), usd_version)
    assert money["UGX"]["pledged"] == Decimal("300") and money["USD"]["pledged"] == 0
    assert "1,000.00\xa0EUR (not counted: no exchange rate was recorded with it)" in (
        page.content.decode()
    )
