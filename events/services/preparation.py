"""Writes to the preparation checklist: generating it from day 1, and changing its tasks."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from cdfacil.writes import validated_save
from events import agenda as agenda_template
from events.models import ChecklistItem, Event


def checklist_generate(*, event: Event) -> list[ChecklistItem]:
    """The preparation tasks, due dates counted back from day 1."""
    with translation.override(event.language):
        items = [
            ChecklistItem(
                event=event,
                title=title,
                description=description,
                due_date=event.day1 - datetime.timedelta(days=days_before),
            )
            for days_before, title, description in agenda_template.preparation_tasks()
        ]
    return ChecklistItem.objects.bulk_create(items)


@transaction.atomic
def checklist_item_save(*, item: ChecklistItem) -> ChecklistItem:
    if item.due_date and abs((item.due_date - item.event.day1).days) > 366:
        raise ValidationError(
            {
                "due_date": _("Choose a date within a year of day 1 (%(day1)s).")
                % {"day1": date_format(item.event.day1)}
            }
        )
    if item.owner_id and not item.event.participations.filter(user_id=item.owner_id).exists():
        raise ValidationError({"owner": _("The owner must take part in this event.")})
    if item.status == ChecklistItem.Status.DONE and item.completed_at is None:
        item.completed_at = timezone.now()
    elif item.status != ChecklistItem.Status.DONE:
        item.completed_at = None
    return validated_save(item)


@transaction.atomic
def checklist_item_delete(*, item: ChecklistItem) -> None:
    item.delete()


@transaction.atomic
def checklist_item_set_status(*, item: ChecklistItem, status: str) -> ChecklistItem:
    if status not in ChecklistItem.Status.values:
        raise ValidationError({"status": _("Choose a valid status.")})
    item.status = status
    return checklist_item_save(item=item)
