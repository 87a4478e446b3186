"""A plan snapshot made ready to print as a logframe: actions numbered through the plan, the
labels of coded fields in the active language, each action's linked indicators by name, the
cost of each objective per currency, and the timeline drawn (`actionplans.gantt`)."""

from decimal import Decimal

from django.utils.translation import gettext as _

from actionplans.gantt import timeline
from actionplans.models import Action, ImplementationBody, Risk
from actionplans.selectors.funding import STATE_LABELS
from actionplans.selectors.versions import snapshot_actions
from assessments.models import CDMethod


def _label(choices, value) -> str:
    try:
        return str(choices(value).label)
    except ValueError:
        return value or ""


def _costs(actions: list[dict]) -> list[dict]:
    """[{currency, cost}] of the actions with a cost, by currency code."""
    totals: dict[str, Decimal] = {}
    for action in actions:
        if action.get("estimated_cost") is not None:
            currency = action.get("currency") or ""
            totals[currency] = totals.get(currency, Decimal(0)) + Decimal(action["estimated_cost"])
    return [{"currency": currency, "cost": totals[currency]} for currency in sorted(totals)]


def _indicators_by_id(snapshot: dict) -> dict[int, dict]:
    found = {}
    for objective in snapshot.get("objectives", []):
        for indicator in objective.get("indicators", []):
            found[indicator["id"]] = indicator
        for output in objective.get("outputs", []):
            for indicator in output.get("indicators", []):
                found[indicator["id"]] = indicator
    return found


def _action(action: dict, *, number: int, indicators: dict, funding: dict | None) -> dict:
    state = None if funding is None else funding.get(action["id"])
    return {
        **action,
        "number": number,
        "cd_method_label": _label(CDMethod, action.get("cd_method")),
        "funding_status_label": _label(Action.FundingStatus, action.get("funding_status")),
        "status_label": _label(Action.Status, action.get("status")),
        "indicator_names": [
            indicators[pk]["description"] for pk in action.get("indicators", []) if pk in indicators
        ],
        "funding_state": state,
        "funding_state_label": str(STATE_LABELS[state]) if state else "",
    }


def _timeline(objectives: list[dict]) -> list:
    rows = [
        {
            "number": action["number"],
            "title": action["title"],
            "starts_on": action.get("starts_on"),
            "ends_on": action.get("ends_on"),
        }
        for objective in objectives
        for output in objective["outputs"]
        for action in output["actions"]
    ]
    return timeline(
        rows, labels={"no_dates": _("no dates given"), "title": _("Timeline of the actions")}
    )


def snapshot_for_print(snapshot: dict, funding: dict | None = None) -> dict:
    """The frozen (or draft) plan with the labels of its coded fields, in the active language,
    its actions numbered 1, 2, ... through the plan (the table and the timeline agree), each
    objective's cost per currency and the timeline. `funding`, {action id: state} from
    `selectors.funding.funding_states`, adds each action's funding state now."""
    indicators = _indicators_by_id(snapshot)
    objectives = []
    number = 0
    for objective_number, objective in enumerate(snapshot.get("objectives", []), start=1):
        outputs = []
        for output_number, output in enumerate(objective.get("outputs", []), start=1):
            actions = []
            for action in output.get("actions", []):
                number += 1
                actions.append(
                    _action(action, number=number, indicators=indicators, funding=funding)
                )
            outputs.append(
                {**output, "number": f"{objective_number}.{output_number}", "actions": actions}
            )
        objectives.append(
            {
                **objective,
                "number": objective_number,
                "outputs": outputs,
                "costs": _costs(snapshot_actions({"objectives": [objective]})),
            }
        )
    return {
        **snapshot,
        "objectives": objectives,
        "risks": [
            {**risk, "kind_label": _label(Risk.Kind, risk.get("kind"))}
            for risk in snapshot.get("risks", [])
        ],
        "bodies": [
            {**body, "kind_label": _label(ImplementationBody.Kind, body.get("kind"))}
            for body in snapshot.get("bodies", [])
        ],
        "action_count": number,
        "costs": _costs(snapshot_actions(snapshot)),
        "timeline": _timeline(objectives),
    }
