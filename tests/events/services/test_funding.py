"""Budget lines and their totals."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from builders.factories import BudgetLineFactory
from events.models import BudgetLine, Participation
from events.selectors import funding as funding_selectors
from events.services import funding as funding_services

pytestmark = pytest.mark.django_db

Role = Participation.Role


class TestBudget:
    def test_the_currency_is_upper_cased(self, event, partner_org):
        line = BudgetLineFactory.build(
            event=event, funder=partner_org, amount=Decimal("1250.50"), currency="eur"
        )

        funding_services.budget_line_save(line=line)

        line.refresh_from_db()
        assert line.currency == "EUR"
        assert line.amount == Decimal("1250.50")

    @pytest.mark.parametrize("currency", ["US", "USDX", "U$D", "12A", ""])
    def test_a_bad_currency_code_is_refused(self, event, partner_org, currency):
        line = BudgetLineFactory.build(
            event=event, funder=partner_org, amount=Decimal("10"), currency=currency
        )

        with pytest.raises(ValidationError) as caught:
            funding_services.budget_line_save(line=line)

        assert "currency" in caught.value.message_dict
        assert not BudgetLine.objects.exists()

    def test_a_negative_amount_is_refused(self, event, partner_org):
        line = BudgetLineFactory.build(
            event=event,
            category=BudgetLine.Category.OTHER,
            funder=partner_org,
            source=BudgetLine.Source.OTHER,
            amount=Decimal("-1.00"),
        )

        with pytest.raises(ValidationError) as caught:
            funding_services.budget_line_save(line=line)

        assert caught.value.message_dict["amount"] == ["An amount cannot be negative."]

    def test_totals_per_source_and_currency_and_per_currency(self, event, make_event):
        basket, country = BudgetLine.Source.BASKET_FUND, BudgetLine.Source.COUNTRY_PARTNER
        for source, amount, currency in [
            (basket, "1000.50", "USD"),
            (basket, "499.50", "USD"),
            (basket, "200.00", "EUR"),
            (country, "300.25", "USD"),
            (country, "1500000.00", "UGX"),
        ]:
            BudgetLineFactory(event=event, source=source, amount=Decimal(amount), currency=currency)
        BudgetLineFactory(event=make_event(), amount=Decimal("99999.00"), currency="USD")

        totals = funding_selectors.budget_totals(event=event)

        assert [
            (row["source"], row["source_label"], row["currency"], row["total"])
            for row in totals["by_source"]
        ] == [
            ("basket_fund", "Donor basket fund", "EUR", Decimal("200.00")),
            ("basket_fund", "Donor basket fund", "USD", Decimal("1500.00")),
            ("country_partner", "Country partner", "UGX", Decimal("1500000.00")),
            ("country_partner", "Country partner", "USD", Decimal("300.25")),
        ]
        assert [(row["currency"], row["total"]) for row in totals["by_currency"]] == [
            ("EUR", Decimal("200.00")),
            ("UGX", Decimal("1500000.00")),
            ("USD", Decimal("1800.25")),
        ]
        assert all(isinstance(row["total"], Decimal) for row in totals["by_currency"])

    def test_totals_of_an_event_without_lines_are_empty(self, event):
        assert funding_selectors.budget_totals(event=event) == {"by_source": [], "by_currency": []}
