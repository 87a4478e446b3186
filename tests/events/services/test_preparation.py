"""The preparation checklist: due dates from day 1, status, owners."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from builders.factories import ChecklistItemFactory
from events import agenda
from events.models import ChecklistItem, Participation, Session
from events.services import event as event_services
from events.services import preparation as preparation_services
from tests.events.helpers import day_sessions

pytestmark = pytest.mark.django_db

Role = Participation.Role


class TestChecklist:
    def test_items_are_counted_back_over_two_to_three_months(self, event):
        due_dates = list(event.checklist_items.values_list("due_date", flat=True))

        assert len(due_dates) == len(agenda.preparation_tasks())
        assert all(due < event.day1 for due in due_dates)
        earliest = (event.day1 - min(due_dates)).days
        assert 60 <= earliest <= 92

    def test_moving_day_one_moves_every_due_date(self, event):
        before = dict(event.checklist_items.values_list("pk", "due_date"))
        new_day1 = event.day1 + datetime.timedelta(days=10)

        event_services.event_update(event=event, data={"day1": new_day1})

        event.refresh_from_db()
        assert event.day1 == new_day1
        after = dict(event.checklist_items.values_list("pk", "due_date"))
        assert after == {pk: due + datetime.timedelta(days=10) for pk, due in before.items()}

    def test_an_update_without_a_new_day_one_leaves_due_dates(self, event):
        before = dict(event.checklist_items.values_list("pk", "due_date"))

        event_services.event_update(event=event, data={"venue": "Speke Resort, Munyonyo"})

        assert dict(event.checklist_items.values_list("pk", "due_date")) == before

    def test_moving_day_one_keeps_the_agenda_wall_clock(self, event):
        first = day_sessions(event, 1)[0]
        new_day1 = event.day1 + datetime.timedelta(days=10)

        event_services.event_update(event=event, data={"day1": new_day1})

        first = Session.objects.select_related("event").get(pk=first.pk)
        assert first.starts_at == datetime.datetime.combine(
            new_day1, datetime.time(9), tzinfo=event.tzinfo
        )

    def test_done_sets_completed_at_and_undone_clears_it(self, event):
        item = event.checklist_items.first()
        before = timezone.now()

        item.status = ChecklistItem.Status.DONE
        preparation_services.checklist_item_save(item=item)

        item.refresh_from_db()
        assert item.completed_at is not None
        assert before <= item.completed_at <= timezone.now()

        preparation_services.checklist_item_set_status(
            item=item, status=ChecklistItem.Status.IN_PROGRESS
        )
        item.refresh_from_db()
        assert item.completed_at is None

    def test_an_unknown_status_is_refused(self, event):
        item = event.checklist_items.first()

        with pytest.raises(ValidationError) as caught:
            preparation_services.checklist_item_set_status(item=item, status="finished")

        assert "status" in caught.value.message_dict

    def test_an_owner_outside_the_event_is_refused(self, event, outsider):
        item = event.checklist_items.first()

        item.owner = outsider
        with pytest.raises(ValidationError) as caught:
            preparation_services.checklist_item_save(item=item)

        assert caught.value.message_dict["owner"] == ["The owner must take part in this event."]
        item.refresh_from_db()
        assert item.owner is None

    def test_a_participant_may_own_a_task(self, event, facilitator):
        item = event.checklist_items.first()

        item.owner = facilitator
        preparation_services.checklist_item_save(item=item)

        item.refresh_from_db()
        assert item.owner == facilitator

    def test_overdue_is_past_due_and_not_done(self, event):
        today = datetime.date(2030, 6, 15)
        yesterday, tomorrow = today - datetime.timedelta(days=1), today + datetime.timedelta(days=1)
        late = ChecklistItemFactory(event=event, due_date=yesterday)
        late_done = ChecklistItemFactory(
            event=event, due_date=yesterday, status=ChecklistItem.Status.DONE
        )
        due_today = ChecklistItemFactory(event=event, due_date=today)
        upcoming = ChecklistItemFactory(event=event, due_date=tomorrow)

        assert late.is_overdue(today) is True
        assert late_done.is_overdue(today) is False
        assert due_today.is_overdue(today) is False
        assert upcoming.is_overdue(today) is False

    def test_overdue_defaults_to_today_in_the_event_time_zone(self, event):
        local_today = event.local_today()
        late = ChecklistItemFactory(
            event=event,
            due_date=local_today - datetime.timedelta(days=1),
            status=ChecklistItem.Status.IN_PROGRESS,
        )
        fresh = ChecklistItemFactory(event=event, due_date=local_today)

        assert late.is_overdue() is True
        assert fresh.is_overdue() is False
