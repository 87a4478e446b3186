"""Reads of the preparation checklist."""

from events.models import ChecklistItem, Event


def checklist_items(*, event: Event, open_only: bool = False) -> list[ChecklistItem]:
    """The checklist in due order, each item marked `overdue` in the event's own today."""
    items = event.checklist_items.select_related("owner").order_by("due_date", "pk")
    if open_only:
        items = items.exclude(status=ChecklistItem.Status.DONE)
    today = event.local_today()
    items = list(items)
    for item in items:
        item.overdue = item.is_overdue(today)
    return items
