"""Reading the audit log: the event's audit page for its facilitators, paginated in the event's
time zone with a fixed number of queries, and the Django admin, read-only."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from builders.factories import EventFactory, UserFactory
from cdfacil.models import AuditEntry, User
from cdfacil.services import audit_record
from events.models import Event, Participation
from tests.actionplans.conftest import plan  # noqa: F401  (the fixture)
from tests.events.helpers import url
from tests.helpers import client_for

pytestmark = pytest.mark.django_db

Audit = AuditEntry.Action
Role = Participation.Role


# --- The audit page -----------------------------------------------------------------------------


def fill(event, count, *, actor=None, start=0):
    for number in range(start, start + count):
        audit_record(
            action=Audit.ROLE_CHANGED,
            summary=f"Person {number} added as stakeholder.",
            by=actor,
            event=event,
        )


def test_facilitators_read_their_event_log_only(event, facilitator, core_group, outsider):
    other = EventFactory(title="Another event")
    audit_record(action=Audit.PLAN_FROZEN, summary="Version 9 of the other plan.", event=other)
    audit_record(action=Audit.LOGIN, summary="Someone signed in.", by=facilitator)
    fill(event, 1, actor=facilitator)

    response = client_for(facilitator).get(url("audit", event))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Person 0 added as stakeholder." in content and "By Fatima Nakato" in content
    assert "Role changed" in content
    # Sarah's core-group role entries from the fixture are this event's too.
    assert "added as lead of the core group." in content
    assert "Version 9" not in content and "Someone signed in" not in content
    local = timezone.localtime(AuditEntry.objects.filter(event_id=event.pk).first().created_at)
    assert local.strftime("%H:%M") in content
    assert reverse("events:audit", args=[event.pk]) in content  # the tab

    assert client_for(core_group[0].user).get(url("audit", event)).status_code == 403
    assert client_for(outsider).get(url("audit", event)).status_code == 404
    anonymous = Client().get(url("audit", event))
    assert anonymous.status_code == 302 and anonymous["Location"].startswith(reverse("login"))


def test_times_are_shown_in_the_event_time_zone(event, facilitator):
    Event.objects.filter(pk=event.pk).update(time_zone="Asia/Kathmandu")  # UTC+05:45
    fill(event, 1)
    moment = AuditEntry.objects.get().created_at
    page = client_for(facilitator).get(url("audit", event)).content.decode()
    assert (moment + datetime.timedelta(hours=5, minutes=45)).strftime("%H:%M:%S") in page


def test_an_empty_log_says_so(event, facilitator):
    AuditEntry.objects.all().delete()
    page = client_for(facilitator).get(url("audit", event)).content.decode()
    assert "Nothing recorded yet." in page


def test_the_log_is_paginated(event, facilitator):
    AuditEntry.objects.all().delete()
    fill(event, 60)
    client = client_for(facilitator)
    first = client.get(url("audit", event)).content.decode()
    assert "Person 59 added" in first and "Person 10 added" in first
    assert "Person 9 added" not in first and "Page 1 of 2" in first
    second = client.get(url("audit", event), {"page": 2}).content.decode()
    assert "Person 9 added" in second and "Person 0 added" in second
    assert "Person 10 added" not in second and "Page 2 of 2" in second


AUDIT_PAGE_QUERIES = 8  # with the menu's Networks entry


@pytest.mark.parametrize("entries", [3, 60])
def test_the_audit_page_query_count_does_not_grow(
    event, facilitator, government_org, entries, django_assert_num_queries
):
    AuditEntry.objects.all().delete()
    actors = [UserFactory(organisation=government_org) for _ in range(3)]
    for number in range(entries):
        fill(event, 1, actor=actors[number % 3], start=number)
    client = client_for(facilitator)
    # session, user, event with the viewer's role, count, the person's own and group
    # permissions (the menu), the page of entries with their actors
    with django_assert_num_queries(AUDIT_PAGE_QUERIES):
        assert client.get(url("audit", event)).status_code == 200


# --- The Django admin ---------------------------------------------------------------------------


def test_administrators_read_the_log_in_the_admin_and_cannot_add_or_change(event, facilitator):
    admin = User.objects.create_superuser(username="root", email="root@example.org", password="x")
    fill(event, 2, actor=facilitator)
    client = client_for(admin)
    response = client.get(reverse("admin:cdfacil_auditentry_changelist"))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Person 1 added as stakeholder." in content
    assert reverse("admin:cdfacil_auditentry_add") not in content
    assert client.get(reverse("admin:cdfacil_auditentry_add")).status_code == 403
    entry = AuditEntry.objects.first()
    change = reverse("admin:cdfacil_auditentry_change", args=[entry.pk])
    assert client.get(change).status_code == 200  # read-only view
    client.post(change, {"summary": "Rewritten."})
    assert AuditEntry.objects.get(pk=entry.pk).summary == entry.summary
    filtered = client.get(
        reverse("admin:cdfacil_auditentry_changelist"), {"action__exact": "login_failed"}
    )
    assert "Person 1 added" not in filtered.content.decode()
