"""How far each action of a frozen version is funded now, from the donors' pledges, in words
that every reader of the plan may see: the state, never a donor or an amount.

An action is funded when the committed and disbursed pledges standing to it, counted in its
currency (`Pledge.counted_amount`, as the donors' funding gap counts them), reach its estimated
cost; partly funded when they cover some of it; "support indicated" when only indicated
pledges stand; not funded otherwise. Pledges follow the action, whichever version of the plan
they were made on, as in `selectors.donors.version_funding`.
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


def _state(cost, firm: Decimal, indicated: Decimal) -> str:
    if cost is None:
        return NO_COST
    if firm >= Decimal(cost):
        return FUNDED
    if firm > 0:
        return PARTLY
    return INDICATED if indicated > 0 else UNFUNDED


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
    firm: dict[tuple[int, str], Decimal] = {}
    indicated: dict[tuple[int, str], Decimal] = {}
    for row in standing:
        into = firm if row["status"] in FIRM else indicated
        key = (row["action_id"], row["counted_currency"])
        into[key] = into.get(key, Decimal(0)) + row["total"]
    states = {}
    for action in snapshot_actions(version.snapshot):
        key = (action["id"], action.get("currency") or "")
        states[action["id"]] = _state(
            action.get("estimated_cost"),
            firm.get(key, Decimal(0)),
            indicated.get(key, Decimal(0)),
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
