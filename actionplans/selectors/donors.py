"""Reads for donors: the portfolio of published plans, a version's funding and pledges, the
reporting currency's rates, and what the plan page says of its endorsement."""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Case, Exists, OuterRef, Q, QuerySet, Sum, Value, When

from actionplans import money
from actionplans.models import PlanVersion, Pledge, Position
from actionplans.selectors.versions import snapshot_actions
from cdfacil.models import ExchangeRate
from events.models import Event, Participation


def _published_versions() -> QuerySet[PlanVersion]:
    # Published implies endorsed (a database constraint); both are asked for all the same.
    return PlanVersion.objects.filter(
        status=PlanVersion.Status.ENDORSED, published_at__isnull=False
    )


def portfolio_versions(
    *, user, country: str = "", sector: str = "", year: int | None = None, phase: str = ""
) -> QuerySet[PlanVersion]:
    """The latest published endorsed version of each plan, for the donor portfolio, filtered by
    the event's country, sector, year of day 1 and phase. The snapshot comes along: the costs
    shown are those of the endorsed text."""

    if not user.has_perm("actionplans.view_portfolio"):
        return PlanVersion.objects.none()
    published = _published_versions()
    newer = published.filter(plan=OuterRef("plan"), number__gt=OuterRef("number"))
    versions = published.filter(~Exists(newer)).select_related("plan__event")
    if country:
        versions = versions.filter(plan__event__country=country)
    if sector:
        versions = versions.filter(plan__event__sector=sector)
    if year:
        versions = versions.filter(plan__event__day1__year=year)
    if phase:
        versions = versions.filter(plan__event__phase=phase)
    return versions.order_by("-published_at", "-pk")


def portfolio_countries() -> list[str]:
    """The countries of the events whose plans donors can see: what the filter offers."""
    return list(
        Event.objects.filter(plan__versions__in=_published_versions())
        .values_list("country", flat=True)
        .distinct()
        .order_by("country")
    )


def version_funding(*, versions) -> dict[int, list[dict]]:
    """{version pk: [{currency, cost, pledged, gap, over_pledged}, ...]}, one row per currency
    in which the version's actions are costed.

    The cost is that of the endorsed version as it was frozen (its snapshot), never of the
    draft edited since. A pledge counts towards its action in the action's currency, at the
    amount converted when it was made (`Pledge.counted_amount`), so a pledge in another
    currency opens no line of its own. The gap is summed action by action and is never below
    zero: money beyond one action's cost is shown as over-pledged, and does not fill another
    action's gap. Pledges to actions with no cost given count in their own currency, as
    pledged, with no gap (`cost` is None where no action is costed in that currency). One
    query whatever the number of versions and pledges.
    """

    versions = list(versions)
    # Pledges follow the action, not the version they were made on: a pledge made on v1 still
    # counts once v2 is endorsed, as long as v2 keeps the action.
    pledged = (
        Pledge.objects.filter(
            version__plan_id__in={version.plan_id for version in versions},
            withdrawn_at__isnull=True,
            counted_amount__isnull=False,
        )
        .values("version__plan_id", "action_id", "counted_currency")
        .annotate(total=Sum("counted_amount"))
        .order_by()
    )
    pledged_by_action: dict[tuple[int, int], dict[str, Decimal]] = {}
    for row in pledged:
        given = pledged_by_action.setdefault((row["version__plan_id"], row["action_id"]), {})
        given[row["counted_currency"]] = row["total"]
    return {
        version.pk: _funding_rows(version, pledged_by_action=pledged_by_action)
        for version in versions
    }


def _funding_rows(version: PlanVersion, *, pledged_by_action: dict) -> list[dict]:
    totals: dict[str, dict] = {}

    def row(currency: str) -> dict:
        zero = Decimal(0)
        blank = {"cost": None, "pledged": zero, "gap": None, "over_pledged": zero}
        return totals.setdefault(currency, {"currency": currency, **blank})

    for action in snapshot_actions(version.snapshot):
        given = pledged_by_action.get((version.plan_id, action["id"]), {})
        cost = action.get("estimated_cost")
        currency = action.get("currency") or ""
        if cost is not None:
            cost = Decimal(cost)
            money = row(currency)
            pledges = given.get(currency, Decimal(0))
            money["cost"] = (money["cost"] or Decimal(0)) + cost
            money["gap"] = (money["gap"] or Decimal(0)) + max(cost - pledges, Decimal(0))
            money["over_pledged"] += max(pledges - cost, Decimal(0))
            money["pledged"] += pledges
            given = {key: value for key, value in given.items() if key != currency}
        # Only money that nothing is costed against is left: pledged, with no gap to fill.
        for other, pledges in given.items():
            row(other)["pledged"] += pledges
    return [totals[currency] for currency in sorted(totals)]


def frozen_version(*, user, version_pk: int) -> PlanVersion | None:
    """The version with its event, for a page that checks `actionplans.view_version` and hides
    (404) what the person may not read: that rule is what says who may know of it."""
    return PlanVersion.objects.select_related("plan__event").filter(pk=version_pk).first()


def donor_version(*, user, version_pk: int) -> PlanVersion | None:
    """The version if the person may read it (donors: only published ones), else None."""
    version = frozen_version(user=user, version_pk=version_pk)
    if version is None or not user.has_perm("actionplans.view_version", version):
        return None
    return version


def own_pledge(*, user, pk: int) -> Pledge | None:
    """The person's own pledge, not withdrawn, on a version they may read, else None: someone
    else's pledge does not exist for them."""
    pledge = Pledge.objects.filter(pk=pk, donor=user, withdrawn_at__isnull=True).first()
    if pledge is None:
        return None
    pledge.version = donor_version(user=user, version_pk=pledge.version_id)
    return pledge if pledge.version is not None else None


def version_pledges(*, version: PlanVersion) -> QuerySet[Pledge]:
    """The pledges standing on the version; withdrawn ones are in the event's list only."""
    return (
        Pledge.objects.filter(version=version, withdrawn_at__isnull=True)
        .select_related("organisation")
        .order_by("action_id", "-created_at", "-pk")
    )


def event_pledges(*, event: Event) -> QuerySet[Pledge]:
    """Every pledge to any version of the event's plan, withdrawn ones too (marked), for its
    facilitators and core group."""

    return (
        Pledge.objects.filter(version__plan__event=event)
        .select_related("organisation", "donor", "action", "version")
        .order_by("-version__number", "action__output__objective__order", "action_id", "-pk")
    )


# --- The reporting currency -----------------------------------------------------------------------


def reporting_rates(*, currencies, target: str, on: datetime.date) -> dict[str, money.Rate]:
    """{currency: Rate to `target`}: the latest rate on or before `on` recorded between each of
    `currencies` and `target`, either way round (on the same date the direct one wins), as a
    pledge is converted. A currency with none recorded is absent. One query."""
    wanted = {currency for currency in currencies if currency and currency != target}
    # Every rate to or from the target, whatever the plans' currencies: one query, always.
    recorded = (
        ExchangeRate.objects.filter(
            Q(to_currency=target) | Q(from_currency=target), valid_from__lte=on
        )
        .annotate(direct=Case(When(to_currency=target, then=Value(0)), default=Value(1)))
        .order_by("-valid_from", "direct")
        .values_list("from_currency", "to_currency", "rate", "valid_from")
    )
    rates: dict[str, money.Rate] = {}
    for from_currency, to_currency, rate, valid_from in recorded:
        other = from_currency if to_currency == target else to_currency
        if other in wanted and other not in rates:
            rates[other] = money.rate_from(
                from_currency=from_currency,
                to_currency=to_currency,
                rate=rate,
                valid_from=valid_from,
                target=target,
            )
    return rates


def plan_name(event: Event) -> str:
    """What names a plan among the others: its country, sector and the year of day 1."""
    return f"{event.country.name} · {event.get_sector_display()} · {event.day1.year}"


@dataclass
class Portfolio:
    """The donor portfolio as chosen: every row (not one page), their totals and the rates."""

    rows: list[dict]
    totals: money.Reported
    currency: str
    rates: list[money.Rate]
    on: datetime.date


FUNDED_SHARES = {
    "under_half": lambda percent: percent < 50,
    "half_or_more": lambda percent: 50 <= percent < 100,
    "full": lambda percent: percent == 100,
}
NEWEST = "newest"


def _sort_key(sort: str):
    """The key of a sort the filter offers; unknown figures go last. The query's order (newest
    publication first) breaks ties, the sort being stable."""
    last = Decimal("Infinity")

    def figure(value, descending=True):
        return last if value is None else (-value if descending else value)

    return {
        "name": lambda row: row["name"].casefold(),
        "year": lambda row: -row["version"].plan.event.day1.toordinal(),
        "cost": lambda row: figure(row["reported"].cost),
        "gap": lambda row: figure(row["reported"].gap),
        "funded": lambda row: figure(row["reported"].funded_percent, descending=False),
    }.get(sort)


def portfolio_for(
    *,
    user,
    currency: str,
    on: datetime.date,
    sort: str = NEWEST,
    funded: str = "",
    **filters,
) -> Portfolio:
    """The portfolio in the reporting `currency` with the rates of `on`: each plan's name,
    funding per currency and figures in `currency`, filtered (`portfolio_versions`' filters,
    and `funded`, a key of FUNDED_SHARES: a plan whose share is unknown matches none), sorted
    (`sort`: newest publication first by default) and totalled over every row. Three queries
    whatever the number of plans: the versions, their pledges, the rates."""
    versions = list(portfolio_versions(user=user, **filters).defer("outcome_reasons"))
    funding = version_funding(versions=versions)
    rates = reporting_rates(
        currencies={row["currency"] for rows in funding.values() for row in rows},
        target=currency,
        on=on,
    )
    # A country's name is looked up in the language's table: once per country, sector, year.
    names: dict[tuple, str] = {}

    def name(event: Event) -> str:
        key = (event.country.code, event.sector, event.day1.year)
        if key not in names:
            names[key] = plan_name(event)
        return names[key]

    rows = [
        {
            "version": version,
            "name": name(version.plan.event),
            "funding": funding[version.pk],
            "reported": money.reported(funding[version.pk], target=currency, rates=rates),
        }
        for version in versions
    ]
    if funded in FUNDED_SHARES:
        share = FUNDED_SHARES[funded]
        rows = [
            row
            for row in rows
            if row["reported"].funded_percent is not None and share(row["reported"].funded_percent)
        ]
    key = _sort_key(sort)
    if key is not None:
        rows.sort(key=key)
    used = {line["currency"] for row in rows for line in row["funding"]}
    return Portfolio(
        rows=rows,
        totals=money.total([row["reported"] for row in rows]),
        currency=currency,
        rates=[rates[code] for code in sorted(used) if code in rates],
        on=on,
    )


def version_in_currency(*, funding: list[dict], currency: str, on: datetime.date) -> dict:
    """One plan's figures in `currency`, with the rates used (the plan page's summary)."""
    rates = reporting_rates(currencies={row["currency"] for row in funding}, target=currency, on=on)
    return {
        "reported": money.reported(funding, target=currency, rates=rates),
        "rates": [rates[code] for code in sorted(rates)],
        "currency": currency,
        "on": on,
    }


# --- The plan page's endorsement ------------------------------------------------------------------


def version_positions(*, version: PlanVersion) -> QuerySet[Position]:
    """The organisations' positions on the version, endorsing ones first, then by name."""
    order = Case(
        When(stance=Position.Stance.ENDORSE, then=Value(0)),
        When(stance=Position.Stance.ENDORSE_WITH_RESERVATIONS, then=Value(1)),
        When(stance=Position.Stance.OBJECT, then=Value(2)),
        default=Value(3),
    )
    return (
        Position.objects.filter(version=version)
        .select_related("organisation")
        .order_by(order, "organisation__name")
    )


def lead_contact(*, event: Event) -> dict | None:
    """Who leads the plan for the government, by role only: the lead's organisation and job
    title. Donors see no participant's name or contact details."""
    lead = (
        Participation.objects.filter(event=event, is_lead=True)
        .select_related("user__organisation")
        .first()
    )
    if lead is None:
        return None
    return {"organisation": lead.user.organisation, "job_title": lead.user.job_title}
