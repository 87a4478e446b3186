"""A plan's money in the reporting currency a donor chooses: its funding per currency converted
with the latest recorded rates, the totals, and the share funded. Pure: rates come in as data.

Each currency's cost, pledged sum and gap is converted once, then rounded to the cent (half up,
as pledges are) and summed, so a plan's figures add up to what the page and the export show, and
the portfolio's totals are the sum of its rows. A currency with no rate to the reporting one
gives no figure at all (it is named as missing), never a total that leaves it out.
"""

from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
# The precision of a rate turned round, as a pledge's conversion keeps it.
RATE_PLACES = Decimal("1e-12")


@dataclass(frozen=True)
class Rate:
    """One unit of `currency` buys `rate` units of `target`, as of `valid_from`. `inverse`: the
    administrators recorded it the other way round (`recorded` units of `currency` for one of
    `target`), and `rate` is one over it."""

    currency: str
    target: str
    rate: Decimal
    valid_from: date
    inverse: bool = False
    recorded: Decimal | None = None


def rate_from(*, from_currency: str, to_currency: str, rate: Decimal, valid_from: date, target):
    """The Rate from a recorded one between `target` and another currency, either way round."""
    if to_currency == target:
        return Rate(currency=from_currency, target=target, rate=rate, valid_from=valid_from)
    return Rate(
        currency=to_currency,
        target=target,
        rate=(Decimal(1) / rate).quantize(RATE_PLACES, rounding=ROUND_HALF_UP),
        valid_from=valid_from,
        inverse=True,
        recorded=rate,
    )


@dataclass
class Reported:
    """Figures in the reporting currency; all None when a currency has no rate (`missing`)."""

    cost: Decimal | None = Decimal(0)
    pledged: Decimal | None = Decimal(0)
    gap: Decimal | None = Decimal(0)
    missing: list[str] = field(default_factory=list)

    @property
    def known(self) -> bool:
        return not self.missing

    @property
    def funded_percent(self) -> int | None:
        """The share of the cost that pledges cover, rounded down: 100 only when no gap is
        left. None when there is no cost or a rate is missing."""
        if not self.known or not self.cost:
            return None
        return int((self.cost - self.gap) * 100 // self.cost)


def convert(amount: Decimal, currency: str, *, target: str, rates: dict[str, Rate]) -> Decimal:
    if currency == target:
        return amount
    return (amount * rates[currency].rate).quantize(CENT, rounding=ROUND_HALF_UP)


def reported(funding: list[dict], *, target: str, rates: dict[str, Rate]) -> Reported:
    """A plan's funding rows (`selectors.donors.version_funding`) in `target`."""
    missing = sorted(
        {money["currency"] for money in funding if money["currency"] != target} - rates.keys()
    )
    if missing:
        return Reported(cost=None, pledged=None, gap=None, missing=missing)
    result = Reported()
    for money in funding:
        currency = money["currency"]
        if money["cost"] is not None:
            result.cost += convert(money["cost"], currency, target=target, rates=rates)
            result.gap += convert(money["gap"], currency, target=target, rates=rates)
        result.pledged += convert(money["pledged"], currency, target=target, rates=rates)
    return result


def total(rows: list[Reported]) -> Reported:
    """The sum of the rows; unknown (with every missing currency named) when one is unknown."""
    missing = sorted({currency for row in rows for currency in row.missing})
    if missing:
        return Reported(cost=None, pledged=None, gap=None, missing=missing)
    return Reported(
        cost=sum((row.cost for row in rows), Decimal(0)),
        pledged=sum((row.pledged for row in rows), Decimal(0)),
        gap=sum((row.gap for row in rows), Decimal(0)),
    )
