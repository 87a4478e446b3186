"""Reads for the follow-up: actions with their latest progress, indicators with their latest
measurement."""

from django.db.models import OuterRef, Subquery

from actionplans.models import Action, ActionPlan, IndicatorMeasurement, ProgressUpdate
from actionplans.selectors.plan import plan_indicators
from actionplans.selectors.versions import snapshot_actions, snapshot_indicator_ids
from events.models import Event


def percent_of_the_way(*, baseline, target, value) -> int | None:
    """How far `value` has moved from the baseline towards the target, in percent."""
    if baseline is None or target is None or value is None or target == baseline:
        return None
    return round((value - baseline) / (target - baseline) * 100)


def plan_followup(*, event: Event, today) -> dict | None:
    """The plan's actions with their latest progress and whether they are late, and its
    indicators with their latest measurement: three queries whatever the size of the plan."""

    plan = ActionPlan.objects.filter(event=event).first()
    if plan is None:
        return None
    latest = ProgressUpdate.objects.filter(action=OuterRef("pk")).order_by("-date", "-pk")
    actions = list(
        Action.objects.filter(output__objective__plan=plan)
        .select_related("output__objective", "responsible_organisation")
        .annotate(
            latest_status=Subquery(latest.values("status")[:1]),
            latest_percent=Subquery(latest.values("percent_complete")[:1]),
            latest_date=Subquery(latest.values("date")[:1]),
        )
        .order_by(
            "output__objective__order",
            "output__objective_id",
            "output__order",
            "output_id",
            "order",
            "pk",
        )
    )
    finished = {ProgressUpdate.Status.DONE, ProgressUpdate.Status.CANCELLED}
    for action in actions:
        action.late = action.latest_status == ProgressUpdate.Status.DELAYED or (
            action.ends_on is not None
            and action.ends_on < today
            and action.latest_status not in finished
        )
        action.latest_status_label = (
            ProgressUpdate.Status(action.latest_status).label if action.latest_status else None
        )
    measured = IndicatorMeasurement.objects.filter(indicator=OuterRef("pk")).order_by(
        "-date", "-pk"
    )
    indicators = list(
        plan_indicators(plan=plan)
        .select_related("objective", "output")
        .annotate(
            latest_value=Subquery(measured.values("value")[:1]),
            latest_date=Subquery(measured.values("date")[:1]),
        )
    )
    for indicator in indicators:
        indicator.progress = percent_of_the_way(
            baseline=indicator.baseline_value,
            target=indicator.target_value,
            value=indicator.latest_value,
        )
        indicator.bar = None if indicator.progress is None else max(0, min(100, indicator.progress))
    return {
        "plan": plan,
        "actions": actions,
        "late": [action for action in actions if action.late],
        "indicators": indicators,
    }


def version_followup(*, version) -> dict | None:
    """The follow-up of a frozen version: its actions and indicators only, without what the
    draft after it added (donors read what they were offered)."""
    event = version.plan.event
    followup = plan_followup(event=event, today=event.local_today())
    if followup is None:
        return None
    actions = {action["id"] for action in snapshot_actions(version.snapshot)}
    indicators = snapshot_indicator_ids(version.snapshot)
    return {
        **followup,
        "actions": [action for action in followup["actions"] if action.pk in actions],
        "late": [action for action in followup["late"] if action.pk in actions],
        "indicators": [item for item in followup["indicators"] if item.pk in indicators],
    }
