"""The checklist pages."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from events.models import ChecklistItem, Participation
from tests.events.helpers import url

pytestmark = pytest.mark.django_db

Role = Participation.Role


def test_overdue_tasks_stand_out(fclient, event):
    item = event.checklist_items.order_by("due_date").first()
    item.due_date = timezone.localdate() - datetime.timedelta(days=2)
    item.save()
    detail = fclient.get(url("detail", event)).content.decode()
    assert "1 task is overdue." in detail
    dashboard = fclient.get(reverse("dashboard")).content.decode()
    assert "1 preparation task overdue" in dashboard


def test_checklist_status_by_htmx_returns_the_row(fclient, event):
    item = event.checklist_items.first()
    response = fclient.post(
        url("checklist_item_status", event, item.pk), {"status": "done"}, HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 200
    assert f'id="item-{item.pk}"' in response.content.decode()
    assert "<html" not in response.content.decode()
    item.refresh_from_db()
    assert item.status == ChecklistItem.Status.DONE and item.completed_at is not None


def test_checklist_date_far_from_day1_is_refused(fclient, event):
    response = fclient.post(
        url("checklist_item_create", event),
        {"title": "Odd", "due_date": "2099-01-01", "owner": "", "status": "todo"},
    )
    assert response.status_code == 200
    assert "within a year of day 1" in response.content.decode()
    assert not event.checklist_items.filter(title="Odd").exists()
