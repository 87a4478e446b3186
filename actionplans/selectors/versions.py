"""Reads for frozen plan versions: loading one for a person, and the content of a snapshot."""

from decimal import Decimal

from actionplans.models import ActionPlan, PlanVersion
from events.selectors.event import event_for


def plan_version_for(*, user, event_pk: int, number: int) -> PlanVersion | None:
    """Version `number` of the plan of an event the person takes part in, else None."""
    event = event_for(user=user, event_pk=event_pk)
    if event is None:
        return None
    plan = ActionPlan.objects.filter(event=event).first()
    if plan is None:
        return None
    version = plan.versions.select_related("frozen_by", "plan__event").filter(number=number).first()
    if version is not None:
        # The event as this person sees it (their role annotated), for the page's tabs. The
        # version's own `plan.event` is left unannotated: using it there too would save three
        # queries but move the page's pinned count in the benchmark, which is the lead's call.
        version.viewer_event = event
    return version


def snapshot_actions(snapshot: dict) -> list[dict]:
    """The actions of a frozen snapshot, in plan order."""
    return [
        action
        for objective in snapshot.get("objectives", [])
        for output in objective.get("outputs", [])
        for action in output.get("actions", [])
    ]


def snapshot_indicator_ids(snapshot: dict) -> set[int]:
    """The ids of the indicators a frozen snapshot holds, at outcome and output level."""
    ids = set()
    for objective in snapshot.get("objectives", []):
        ids.update(item["id"] for item in objective.get("indicators", []))
        for output in objective.get("outputs", []):
            ids.update(item["id"] for item in output.get("indicators", []))
            for action in output.get("actions", []):
                ids.update(action.get("indicators", []))
    return ids


def published_part_ids(*, plan_id: int) -> tuple[set[int], set[int]]:
    """(action ids, indicator ids) that a version of the plan published to donors holds."""
    actions: set[int] = set()
    indicators: set[int] = set()
    published = PlanVersion.objects.filter(plan_id=plan_id, published_at__isnull=False)
    for snapshot in published.values_list("snapshot", flat=True):
        actions.update(action["id"] for action in snapshot_actions(snapshot))
        indicators.update(snapshot_indicator_ids(snapshot))
    return actions, indicators


def snapshot_cost_totals(snapshot: dict) -> dict[str, Decimal]:
    """{currency: estimated cost} of a frozen snapshot's actions."""
    totals: dict[str, Decimal] = {}
    for action in snapshot_actions(snapshot):
        if action.get("estimated_cost") is not None:
            currency = action.get("currency") or ""
            totals[currency] = totals.get(currency, Decimal(0)) + Decimal(action["estimated_cost"])
    return totals
