"""Reads of the event's budget."""

from django.db.models import QuerySet, Sum

from events.models import BudgetLine, Event


def budget_lines(*, event: Event) -> QuerySet[BudgetLine]:
    return event.budget_lines.select_related("funder").order_by("category", "pk")


def budget_totals(*, event: Event) -> dict:
    """Totals per source and currency, and per currency, summed in the database."""
    lines = event.budget_lines.all()
    by_source = list(
        lines.values("source", "currency")
        .annotate(total=Sum("amount"))
        .order_by("source", "currency")
    )
    labels = dict(BudgetLine.Source.choices)
    for row in by_source:
        row["source_label"] = labels.get(row["source"], row["source"])
    by_currency = list(lines.values("currency").annotate(total=Sum("amount")).order_by("currency"))
    return {"by_source": by_source, "by_currency": by_currency}
