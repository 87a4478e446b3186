"""Reads for donors: the portfolio of published plans, a version's funding and pledges."""

from decimal import Decimal

from django.db.models import Exists, OuterRef, QuerySet, Sum

from actionplans.models import PlanVersion, Pledge
from actionplans.selectors.versions import snapshot_actions, snapshot_cost_totals
from events.models import Event


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
        Pledge.objects.filter(
            version__plan_id__in={version.plan_id for version in versions},
            withdrawn_at__isnull=True,
        )
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
