"""Reads for the editable plan: the whole results chain in a fixed number of queries, its costs,
its indicators, and the history of every change to it."""

from django.db.models import CharField, OuterRef, Prefetch, Q, QuerySet, Subquery, Sum, Value
from simple_history.utils import get_m2m_reverse_field_name

from actionplans.models import (
    Action,
    ActionPlan,
    ImplementationBody,
    Indicator,
    Objective,
    Output,
    Risk,
)
from events.models import Event


def plan_with_chain(*, event: Event) -> ActionPlan | None:
    """The event's plan with the whole results chain, risks and bodies prefetched: the number of
    queries does not grow with the plan."""
    actions = Action.objects.select_related("responsible_organisation").prefetch_related(
        "supporting_partners", "key_issues", "indicators"
    )
    outputs = Output.objects.prefetch_related("indicators", Prefetch("actions", queryset=actions))
    objectives = Objective.objects.prefetch_related(
        "indicators", Prefetch("outputs", queryset=outputs)
    )
    return (
        ActionPlan.objects.filter(event=event)
        .prefetch_related(
            Prefetch("objectives", queryset=objectives),
            "risks",
            Prefetch(
                "bodies",
                queryset=ImplementationBody.objects.select_related("convener").prefetch_related(
                    "members"
                ),
            ),
            "versions",
        )
        .first()
    )


def plan_cost_totals(*, plan: ActionPlan) -> list[dict]:
    """Estimated cost of the plan's actions per currency, summed in the database."""
    return list(
        Action.objects.filter(output__objective__plan=plan, estimated_cost__isnull=False)
        .values("currency")
        .annotate(total=Sum("estimated_cost"))
        .order_by("currency")
    )


def plan_indicators(*, plan: ActionPlan) -> QuerySet[Indicator]:
    return Indicator.objects.filter(
        Q(objective__plan=plan) | Q(output__objective__plan=plan)
    ).order_by("pk")


HISTORY_MODELS = {
    "plan": ActionPlan,
    "objective": Objective,
    "output": Output,
    "indicator": Indicator,
    "action": Action,
    "risk": Risk,
    "body": ImplementationBody,
}


def _history_querysets(plan: ActionPlan) -> dict:
    """Each model's history rows that belong to `plan`, including rows of deleted objects
    (followed through the history tables, not the live rows)."""
    objective_ids = Objective.history.filter(plan_id=plan.pk).values("id")
    output_ids = Output.history.filter(objective_id__in=objective_ids).values("id")
    return {
        "plan": ActionPlan.history.filter(id=plan.pk),
        "objective": Objective.history.filter(plan_id=plan.pk),
        "output": Output.history.filter(objective_id__in=objective_ids),
        "indicator": Indicator.history.filter(
            Q(objective_id__in=objective_ids) | Q(output_id__in=output_ids)
        ),
        "action": Action.history.filter(output_id__in=output_ids),
        "risk": Risk.history.filter(plan_id=plan.pk),
        "body": ImplementationBody.history.filter(plan_id=plan.pk),
    }


def plan_history_index(*, plan: ActionPlan):
    """(history date, kind, history id) of every change to the plan, newest first: one UNION
    query that a paginator slices."""
    parts = [
        queryset.order_by()
        .annotate(part_kind=Value(kind, output_field=CharField()))
        .values_list("history_date", "part_kind", "history_id")
        for kind, queryset in _history_querysets(plan).items()
    ]
    return parts[0].union(*parts[1:], all=True).order_by("-history_date", "-history_id")


def _m2m_accessors(model) -> dict:
    """{m2m field name: (accessor on a history row, attname of the target in the through row)}"""
    history_model = model.history.model
    found = {}
    for field in getattr(history_model, "_history_m2m_fields", []):
        for relation in history_model._meta.related_objects:
            if relation.related_model.__name__.endswith(f"_{field.name}"):
                target = get_m2m_reverse_field_name(field)
                found[field.name] = (relation.get_accessor_name(), f"{target}_id")
    return found


def _display(field, value, lookups):
    if value is None or value == "":
        return "—"
    if field is not None and field.is_relation:
        related = field.related_model
        if field.many_to_many:
            names = sorted(str(lookups.get((related, pk), f"#{pk}")) for pk in value)
            return ", ".join(names) or "—"
        return str(lookups.get((related, value), f"#{value}"))
    if field is not None and field.flatchoices:
        return str(dict(field.flatchoices).get(value, value))
    return str(value)


def _changes_of_kind(kind: str, ids: list[int]) -> list[tuple]:
    """(kind, history record, [(field, old, new), ...]) for the history rows `ids` of one kind,
    each compared with the row before it (many-to-many links included): a fixed number of
    queries."""
    model = HISTORY_MODELS[kind]
    history = model.history
    m2m = _m2m_accessors(model)
    previous = Subquery(
        history.filter(id=OuterRef("id"), history_date__lt=OuterRef("history_date"))
        .order_by("-history_date", "-history_id")
        .values("history_id")[:1]
    )
    prefetch = [accessor for accessor, _attname in m2m.values()]
    current = list(
        history.filter(history_id__in=ids)
        .annotate(prev_history_id=previous)
        .select_related("history_user")
        .prefetch_related(*prefetch)
    )
    prev_rows = history.filter(
        history_id__in=[r.prev_history_id for r in current if r.prev_history_id]
    ).prefetch_related(*prefetch)
    prev_by_id = {r.history_id: r for r in prev_rows}
    found = []
    for record in current:
        prev = prev_by_id.get(record.prev_history_id)
        changes = []
        if prev is not None and record.history_type == "~":
            delta = record.diff_against(prev, excluded_fields=["lock_version", *m2m])
            changes = [(c.field, c.old, c.new) for c in delta.changes]
            for name, (accessor, attname) in m2m.items():
                old = {getattr(row, attname) for row in getattr(prev, accessor).all()}
                new = {getattr(row, attname) for row in getattr(record, accessor).all()}
                if old != new:
                    changes.append((name, sorted(old), sorted(new)))
        found.append((kind, record, changes))
    return found


def _related_names(raw_changes: list[tuple]) -> dict:
    """{(model, pk): object} for the organisations, outputs... that changed fields point at,
    one query per model."""
    wanted: dict = {}
    for kind, _record, changes in raw_changes:
        model = HISTORY_MODELS[kind]
        for name, old, new in changes:
            field = model._meta.get_field(name)
            if field.is_relation:
                values = [*(old or []), *(new or [])] if field.many_to_many else [old, new]
                wanted.setdefault(field.related_model, set()).update(
                    v for v in values if v is not None
                )
    lookups = {}
    for related, pks in wanted.items():
        for pk, obj in related._base_manager.in_bulk(list(pks)).items():
            lookups[(related, pk)] = obj
    return lookups


def plan_history_entries(*, rows) -> list[dict]:
    """The changes named by `rows` (from `plan_history_index`), each with who, when, what and
    the old and new value of every changed field. A fixed number of queries per page."""
    by_kind: dict[str, list[int]] = {}
    for _date, kind, history_id in rows:
        by_kind.setdefault(kind, []).append(history_id)
    raw_changes = [found for kind, ids in by_kind.items() for found in _changes_of_kind(kind, ids)]
    lookups = _related_names(raw_changes)
    entries = {}
    for kind, record, changes in raw_changes:
        model = HISTORY_MODELS[kind]
        fields = []
        for name, old, new in sorted(changes):
            field = model._meta.get_field(name)
            fields.append(
                {
                    "label": field.verbose_name,
                    "old": _display(field, old, lookups),
                    "new": _display(field, new, lookups),
                }
            )
        entries[(kind, record.history_id)] = {
            "kind": kind,
            "model_label": model._meta.verbose_name,
            "object": str(record.instance),
            "user": record.history_user,
            "date": record.history_date,
            "type": record.history_type,
            "changes": fields,
        }
    return [entries[(kind, history_id)] for _date, kind, history_id in rows]
