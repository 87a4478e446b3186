"""How far each action of a frozen version is funded now, from the donors' pledges, in words
that every reader of the plan may see: the state, never a donor or an amount.

An action is funded when the committed and disbursed pledges standing to it, counted in its
currency (`Pledge.counted_amount`, as the donors' funding gap counts them), reach its estimated
cost; partly funded when they cover some of it; "support indicated" when only indicated
pledges stand; not funded otherwise. An action with no cost, or a cost of zero, has "no cost
given": nothing to fund. Pledges follow the action, whichever version of the plan they were made
on, as in `selectors.donors.version_funding`, and so does a pledge counted in another currency
than the action's now (the action was costed anew in a later version): the donors' page shows
it as pledged in its own currency, filling none of the action's gap, so here it makes the
action partly funded (firm) or its support indicated, never funded.
"""

from decimal import Decimal

from django.db.models import Sum
from django.utils.translation import gettext_lazy as _

from actionplans.models import Action, PlanVersion, Pledge
from actionplans.selectors.versions import snapshot_actions

FUNDED, PARTLY, INDICATED, UNFUNDED, NO_COST = (
    "funded",
    "partly",
    "indicated",
    "unfunded",
    "no_cost",
)
# The states now, under the heading "Funding now"; the first three as an action's funding status
# at freezing is named, so the two read side by side.
STATE_LABELS = {
    FUNDED: Action.FundingStatus.FUNDED.label,
    PARTLY: Action.FundingStatus.PARTLY.label,
    INDICATED: _("Support indicated, not committed"),
    UNFUNDED: Action.FundingStatus.UNFUNDED.label,
    NO_COST: _("No cost given"),
}
FIRM = [Pledge.Status.COMMITTED, Pledge.Status.DISBURSED]


def _state(cost, firm: Decimal, indicated: Decimal, *, elsewhere: tuple = (0, 0)) -> str:
    """The state of an action costing `cost`, with `firm` and `indicated` pledges counted in its
    currency, and `elsewhere` (firm, indicated) counted in another one."""
    if cost is None or Decimal(cost) <= 0:
        return NO_COST
    if firm >= Decimal(cost):
        return FUNDED
    if firm > 0 or elsewhere[0] > 0:
        return PARTLY
    return INDICATED if indicated > 0 or elsewhere[1] > 0 else UNFUNDED


def funding_states(*, version: PlanVersion) -> dict[int, str]:
    """{action id: state} for every action of the version. One query."""
    standing = (
        Pledge.objects.filter(
            version__plan_id=version.plan_id,
            withdrawn_at__isnull=True,
            counted_amount__isnull=False,
        )
        .values("action_id", "counted_currency", "status")
        .annotate(total=Sum("counted_amount"))
        .order_by()
    )
    # {action id: {currency: [firm, indicated]}}
    given: dict[int, dict[str, list[Decimal]]] = {}
    for row in standing:
        sums = given.setdefault(row["action_id"], {}).setdefault(
            row["counted_currency"], [Decimal(0), Decimal(0)]
        )
        sums[0 if row["status"] in FIRM else 1] += row["total"]
    states = {}
    for action in snapshot_actions(version.snapshot):
        by_currency = dict(given.get(action["id"], {}))
        firm, indicated = by_currency.pop(action.get("currency") or "", (0, 0))
        elsewhere = (
            sum(sums[0] for sums in by_currency.values()),
            sum(sums[1] for sums in by_currency.values()),
        )
        states[action["id"]] = _state(
            action.get("estimated_cost"), Decimal(firm), Decimal(indicated), elsewhere=elsewhere
        )
    return states


def cost_by_state(actions: list[dict]) -> list[dict]:
    """Per currency: the estimated cost, and how much of it lies in funded, partly funded and
    not funded actions (support indicated counts as not funded), for the actions of a printed
    snapshot (`funding_state` set). Costs only: no pledged sum, which stakeholders never see."""
    rows: dict[str, dict] = {}
    for action in actions:
        if action.get("estimated_cost") is None:
            continue
        currency = action.get("currency") or ""
        row = rows.setdefault(
            currency,
            {
                "currency": currency,
                "cost": Decimal(0),
                FUNDED: Decimal(0),
                PARTLY: Decimal(0),
                UNFUNDED: Decimal(0),
            },
        )
        cost = Decimal(action["estimated_cost"])
        state = action.get("funding_state")
        row["cost"] += cost
        row[state if state in (FUNDED, PARTLY) else UNFUNDED] += cost
    return [rows[currency] for currency in sorted(rows)]
