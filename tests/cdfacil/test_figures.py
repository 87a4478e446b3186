"""Figures as the language writes them: amounts rounded to their currency's minor units, counts
without decimals, scores with one, and dates in the language and the current time zone."""

import datetime
from decimal import Decimal

import pytest
from django.template import Context, Template
from django.utils import translation

from cdfacil.templatetags.figures import day, decimal1, money, number


@pytest.mark.parametrize(
    ("amount", "currency", "english", "french"),
    [
        (Decimal("510000000.00"), "UGX", "510,000,000\xa0UGX", "510\xa0000\xa0000\xa0UGX"),
        (Decimal("120000"), "USD", "120,000.00\xa0USD", "120\xa0000,00\xa0USD"),
        (Decimal("1500000.99"), "UGX", "1,500,001\xa0UGX", "1\xa0500\xa0001\xa0UGX"),  # rounded
        ("0.999", "USD", "1.00\xa0USD", "1,00\xa0USD"),
        ("1.2345", "KWD", "1.235\xa0KWD", "1,235\xa0KWD"),  # three minor units
        ("-0.4", "UGX", "0\xa0UGX", "0\xa0UGX"),  # never "-0"
    ],
)
def test_money_has_its_currency_minor_units_rounded(amount, currency, english, french):
    with translation.override("en"):
        assert money(amount, currency) == english
    with translation.override("fr"):
        assert money(amount, currency).replace("\u202f", "\xa0") == french


def test_odd_input_is_shown_as_it_came_never_an_error():
    assert money(None, "USD") == "–" and money("abc", "USD") == "abc"
    assert number(None) == "–" and number("n/a") == "n/a" and number(Decimal("NaN")) == "–"
    assert decimal1("x") == "x"


def test_counts_lose_their_zero_decimals_and_scores_keep_one():
    with translation.override("fr"):
        assert number(Decimal("35.00")) == "35" and number(Decimal("2.50")) == "2,5"
        assert number(Decimal("120000.00")).replace("\u202f", "\xa0") == "120\xa0000"
        assert decimal1(1.84) == "1,8"
    with translation.override("en"):
        assert number(Decimal("120000.00")) == "120,000" and decimal1(1.84) == "1.8"


def test_dates_are_in_the_language_and_a_moment_in_the_current_time_zone():
    with translation.override("en"):
        assert day("2027-03-01") == "1 March 2027"
    with translation.override("fr"):
        assert day(datetime.date(2027, 3, 1)) == "1 mars 2027"
    late = datetime.datetime(2026, 9, 30, 22, 30, tzinfo=datetime.UTC)
    html = Template(
        '{% load tz %}{% timezone "Africa/Kampala" %}{{ when|day }}{% endtimezone %}'
    ).render(Context({"when": late}))
    with translation.override("en"):
        assert html == "1 October 2026"  # 01:30 the next day in Kampala
