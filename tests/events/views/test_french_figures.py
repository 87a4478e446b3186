"""The event's pages in French: budget amounts with their currency's minor units and no-break
spaces, and a date in a form's message written in the language."""

from decimal import Decimal

import pytest

from builders.factories import OrganisationFactory
from cdfacil.models import Organisation
from events.models import BudgetLine
from tests.events.helpers import url

pytestmark = pytest.mark.django_db

NB = "\xa0"


def test_the_budget_in_french(fclient, facilitator, event):
    facilitator.language = "fr"
    facilitator.save(update_fields=["language"])
    funder = OrganisationFactory(kind=Organisation.Kind.DEVELOPMENT_PARTNER)
    for amount, currency in (("510000000", "UGX"), ("120000", "USD")):
        response = fclient.post(
            url("budget_line_create", event),
            {
                "category": "travel",
                "description": "",
                "funder": funder.pk,
                "source": "basket_fund",
                "amount": amount,
                "currency": currency,
            },
        )
        assert response.status_code == 302

    page = fclient.get(url("budget", event)).content.decode()

    assert f"510{NB}000{NB}000{NB}UGX" in page and f"120{NB}000,00{NB}USD" in page
    assert "510000000" not in page and f"510{NB}000{NB}000,00" not in page


def test_removing_a_budget_line_names_its_amount_in_french(fclient, facilitator, event):
    facilitator.language = "fr"
    facilitator.save(update_fields=["language"])
    line = BudgetLine.objects.create(
        event=event,
        category="travel",
        funder=OrganisationFactory(),
        source="basket_fund",
        amount=Decimal("510000000"),
        currency="UGX",
    )

    page = fclient.get(url("budget_line_delete", event, line.pk)).content.decode()

    assert f"Déplacements{NB}: 510{NB}000{NB}000{NB}UGX" in page
