"""The budget pages."""

import pytest

from builders.factories import OrganisationFactory
from cdfacil.models import Organisation
from events.models import Participation
from tests.events.helpers import url

pytestmark = pytest.mark.django_db

Role = Participation.Role


def test_budget_totals_per_source_and_currency(fclient, event):
    funder = OrganisationFactory(kind=Organisation.Kind.DEVELOPMENT_PARTNER)
    for amount, currency, source in (
        ("1000", "usd", "basket_fund"),
        ("500.50", "USD", "basket_fund"),
        ("2000000", "UGX", "country_partner"),
    ):
        response = fclient.post(
            url("budget_line_create", event),
            {
                "category": "travel",
                "description": "",
                "funder": funder.pk,
                "source": source,
                "amount": amount,
                "currency": currency,
            },
        )
        assert response.status_code == 302
    page = fclient.get(url("budget", event)).content.decode()
    assert "1,500.50\xa0USD" in page
    assert "2,000,000\xa0UGX" in page


def test_unknown_currency_is_refused(fclient, event):
    funder = OrganisationFactory()
    response = fclient.post(
        url("budget_line_create", event),
        {
            "category": "travel",
            "description": "Flights",
            "funder": funder.pk,
            "source": "basket_fund",
            "amount": "100",
            "currency": "XYZ",
        },
    )
    assert response.status_code == 200
    assert "XYZ is not an ISO 4217 currency code" in response.content.decode()
    assert 'value="Flights"' in response.content.decode()
    assert not event.budget_lines.exists()
