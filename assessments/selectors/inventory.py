"""Reads of an event's capacity-development efforts inventory."""

from django.db.models import Count, QuerySet, Sum

from assessments.models import CDInitiative


def cd_initiatives_of_event(*, event) -> QuerySet[CDInitiative]:
    return event.cd_initiatives.select_related(
        "supporting_partner", "target_organisation"
    ).order_by("title", "pk")


def cd_initiative_budget_totals(*, event) -> list[dict]:
    """Budgets summed per currency in the database; initiatives without a budget are left out."""
    return list(
        event.cd_initiatives.filter(budget__isnull=False)
        .values("currency")
        .annotate(total=Sum("budget"), count=Count("pk"))
        .order_by("currency")
    )
