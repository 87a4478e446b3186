"""Reads for the action plan: querysets and page data in a fixed number of queries."""

from decimal import Decimal

from django.db.models import (
    CharField,
    Exists,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Sum,
    Value,
)
from django.db.models.functions import Coalesce
from simple_history.utils import get_m2m_reverse_field_name

from actionplans.models import (
    Action,
    ActionPlan,
    Ballot,
    ImplementationBody,
    Indicator,
    IndicatorMeasurement,
    KeyIssue,
    Objective,
    Output,
    PlanVersion,
    Pledge,
    Position,
    ProgressUpdate,
    Risk,
)
from assessments.models import Question
from cdfacil.models import Organisation, User
from events.models import Event

# --- The plan page ------------------------------------------------------------------------------


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


def event_organisations(*, event: Event) -> QuerySet[Organisation]:
    """Organisations present in the event: those of its participants."""
    return Organisation.objects.filter(
        pk__in=event.participations.filter(user__organisation__isnull=False).values(
            "user__organisation"
        )
    ).order_by("name")


def plan_version(*, plan: ActionPlan, number: int) -> PlanVersion:
    return plan.versions.select_related("frozen_by", "plan__event").get(number=number)


def version_positions(*, version: PlanVersion) -> QuerySet[Position]:
    return version.positions.select_related("organisation", "recorded_by").order_by(
        "organisation__name"
    )


# --- The plan's history ---------------------------------------------------------------------------

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


def plan_history_entries(*, rows) -> list[dict]:
    """The changes named by `rows` (from `plan_history_index`), each with who, when, what and
    the old and new value of every changed field. A fixed number of queries per page."""
    by_kind: dict[str, list[int]] = {}
    for _date, kind, history_id in rows:
        by_kind.setdefault(kind, []).append(history_id)

    records = {}
    raw_changes = []
    for kind, ids in by_kind.items():
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
            records[(kind, record.history_id)] = record
            raw_changes.append((kind, record, changes))

    # Names of the organisations, outputs... that changed fields point at, one query per model.
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


def user_display(user: User | None) -> str:
    return user.display_name if user else ""


# --- Donors: the portfolio, the plan page and pledges; the follow-up dashboard -------------------


def _published_versions() -> QuerySet[PlanVersion]:
    # Published implies endorsed (a database constraint); both are asked for all the same.
    return PlanVersion.objects.filter(
        status=PlanVersion.Status.ENDORSED, published_at__isnull=False
    )


def portfolio_versions(
    *, user, country: str = "", sector: str = "", year: int | None = None
) -> QuerySet[PlanVersion]:
    """The latest published endorsed version of each plan, for the donor portfolio, filtered by
    the event's country, sector and year of day 1. The snapshot comes along: the costs shown
    are those of the endorsed text."""

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
    """{version pk: [{currency, cost, pledged, gap}, ...]}.

    The cost is that of the endorsed version as it was frozen (its snapshot), never of the
    draft edited since; pledges to its actions are summed per action and currency in the
    database (one query whatever the number of versions and pledges). The gap is never below
    zero.
    """

    versions = list(versions)
    cost_by_version = {version.pk: snapshot_cost_totals(version.snapshot) for version in versions}
    # Pledges follow the action, not the version they were made on: a pledge made on v1 still
    # counts once v2 is endorsed, as long as v2 keeps the action.
    pledged = (
        Pledge.objects.filter(version__plan_id__in={version.plan_id for version in versions})
        .values("version__plan_id", "action_id", "currency")
        .annotate(total=Sum("amount"))
        .order_by()
    )
    pledged_by_plan: dict[int, list[dict]] = {}
    for row in pledged:
        pledged_by_plan.setdefault(row["version__plan_id"], []).append(row)
    pledged_by_version: dict[int, dict[str, Decimal]] = {}
    for version in versions:
        in_version = {action["id"] for action in snapshot_actions(version.snapshot)}
        given = pledged_by_version.setdefault(version.pk, {})
        for row in pledged_by_plan.get(version.plan_id, []):
            if row["action_id"] in in_version:
                given[row["currency"]] = given.get(row["currency"], Decimal(0)) + row["total"]
    funding = {}
    for version in versions:
        cost = cost_by_version.get(version.pk, {})
        given = pledged_by_version.get(version.pk, {})
        rows = []
        for currency in sorted(set(cost) | set(given)):
            total = cost.get(currency) or Decimal(0)
            pledges = given.get(currency) or Decimal(0)
            rows.append(
                {
                    "currency": currency,
                    "cost": total,
                    "pledged": pledges,
                    "gap": max(total - pledges, Decimal(0)),
                }
            )
        funding[version.pk] = rows
    return funding


def donor_version(*, user, pk: int) -> PlanVersion | None:
    """The version if the person may read it (donors: only published ones), else None."""
    version = PlanVersion.objects.select_related("plan__event").filter(pk=pk).first()
    if version is None or not user.has_perm("actionplans.view_version", version):
        return None
    return version


def version_pledges(*, version: PlanVersion):

    return (
        Pledge.objects.filter(version=version)
        .select_related("organisation")
        .order_by("action_id", "-created_at", "-pk")
    )


def event_pledges(*, event: Event):
    """Every pledge to any version of the event's plan, for its facilitators and core group."""

    return (
        Pledge.objects.filter(version__plan__event=event)
        .select_related("organisation", "donor", "action", "version")
        .order_by("-version__number", "action__output__objective__order", "action_id", "-pk")
    )


def snapshot_actions(snapshot: dict) -> list[dict]:
    """The actions of a frozen snapshot, in plan order."""
    return [
        action
        for objective in snapshot.get("objectives", [])
        for output in objective.get("outputs", [])
        for action in output.get("actions", [])
    ]


def snapshot_cost_totals(snapshot: dict) -> dict[str, Decimal]:
    """{currency: estimated cost} of a frozen snapshot's actions."""
    totals: dict[str, Decimal] = {}
    for action in snapshot_actions(snapshot):
        if action.get("estimated_cost") is not None:
            currency = action.get("currency") or ""
            totals[currency] = totals.get(currency, Decimal(0)) + Decimal(action["estimated_cost"])
    return totals


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


# --- Key issues and the dot vote ----------------------------------------------------------------


def key_issues_ranked(*, event, voter=None) -> QuerySet:
    """The event's key issues, most dots first, with `total_dots` and the voter's `my_dots`.

    Both sums are computed in SQL; the linked question codes come in one more query.
    """
    # Imported here only because this section was appended to a shared module.

    mine = Q(votes__voter=voter) if voter is not None and voter.is_authenticated else Q(pk=None)
    return (
        KeyIssue.objects.filter(event=event)
        .annotate(
            total_dots=Coalesce(Sum("votes__dots"), Value(0), output_field=IntegerField()),
            my_dots=Coalesce(
                Sum("votes__dots", filter=mine), Value(0), output_field=IntegerField()
            ),
        )
        .prefetch_related(
            Prefetch("questions", queryset=Question.objects.only("pk", "code").order_by("code"))
        )
        .order_by("-total_dots", "pk")
    )


def ballot_of(*, event):
    """The event's ballot, or an unsaved one with the defaults: reading never creates it."""

    return Ballot.objects.filter(event=event).first() or Ballot(event=event)
