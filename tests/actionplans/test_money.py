"""The reporting currency's arithmetic, without the database: conversion both ways round,
rounding to the cent, the share funded rounded down, and no figure when a rate is missing."""

import datetime
from decimal import Decimal

from actionplans import money

DAY = datetime.date(2026, 12, 1)


def line(currency, cost, pledged, gap):
    return {
        "currency": currency,
        "cost": None if cost is None else Decimal(cost),
        "pledged": Decimal(pledged),
        "gap": None if gap is None else Decimal(gap),
        "over_pledged": Decimal(0),
    }


def test_a_rate_recorded_the_other_way_round_is_turned_round():
    direct = money.rate_from(
        from_currency="USD", to_currency="EUR", rate=Decimal("0.92"), valid_from=DAY, target="EUR"
    )
    inverse = money.rate_from(
        from_currency="EUR", to_currency="UGX", rate=Decimal("3"), valid_from=DAY, target="EUR"
    )
    assert (direct.currency, direct.rate, direct.inverse) == ("USD", Decimal("0.92"), False)
    assert (inverse.currency, inverse.inverse, inverse.recorded) == ("UGX", True, Decimal("3"))
    assert inverse.rate == Decimal("0.333333333333")


def test_each_currency_is_converted_then_rounded_to_the_cent_and_summed():
    rates = {
        "UGX": money.rate_from(
            from_currency="EUR", to_currency="UGX", rate=Decimal("3"), valid_from=DAY, target="EUR"
        )
    }
    funding = [line("EUR", "10", "5", "5"), line("UGX", "100", "10", "90")]
    result = money.reported(funding, target="EUR", rates=rates)
    # 100 x 0.333333333333 = 33.33; 10 x ... = 3.33; 90 x ... = 30.00
    assert (result.cost, result.pledged, result.gap) == (
        Decimal("43.33"),
        Decimal("8.33"),
        Decimal("35.00"),
    )
    assert result.funded_percent == 19  # 8.33 / 43.33 = 19.2%


def test_pledges_to_actions_with_no_cost_count_as_pledged_only():
    result = money.reported([line("EUR", None, "7", None)], target="EUR", rates={})
    assert (result.cost, result.pledged, result.gap) == (0, Decimal("7"), 0)
    assert result.funded_percent is None  # nothing to fund


def test_the_share_is_rounded_down_so_100_means_no_gap():
    almost = money.Reported(cost=Decimal("1000"), pledged=Decimal("999"), gap=Decimal("1"))
    assert almost.funded_percent == 99
    assert money.Reported(cost=Decimal("5"), pledged=Decimal("9"), gap=0).funded_percent == 100


def test_a_missing_rate_gives_no_figure_and_the_total_names_it():
    known = money.reported([line("EUR", "10", "0", "10")], target="EUR", rates={})
    unknown = money.reported(
        [line("EUR", "10", "0", "10"), line("XOF", "5", "0", "5")], target="EUR", rates={}
    )
    assert unknown.cost is None and unknown.missing == ["XOF"] and not unknown.known
    total = money.total([known, unknown])
    assert total.cost is None and total.missing == ["XOF"] and total.funded_percent is None
    assert money.total([known, known]).cost == Decimal("20")
