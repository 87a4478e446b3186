"""Hostile input on every form of the event pages gives field errors, never a server error."""

import pytest
from django.urls import reverse

from events.models import Event, Participation, Session
from tests.events.helpers import url

pytestmark = pytest.mark.django_db

Role = Participation.Role


HOSTILE = {
    "": "",
    "long": "x" * 5000,
    "nul": "a\x00b",
    "negative": "-5",
    "huge": "9" * 30,
    "date": "2024-13-45",
    "id": "999999999",
}

# The event form's fields, the same on creation and on editing.
EVENT_FIELDS = ["title", "sector", "country", "language", "time_zone", "venue", "day1"]


def test_bad_input_on_every_form_gives_field_errors_not_server_errors(fclient, event, core_group):
    session = event.sessions.first()
    item = event.checklist_items.first()
    participation = core_group[1]
    forms = {
        reverse("events:create"): EVENT_FIELDS,
        url("edit", event): EVENT_FIELDS,
        url("session_create", event): ["day", "start_time", "duration_minutes", "title", "kind"],
        url("session_edit", event, session.pk): ["day", "start_time", "duration_minutes", "title"],
        url("checklist_item_create", event): ["title", "due_date", "owner", "status"],
        url("checklist_item_edit", event, item.pk): ["title", "due_date", "owner", "status"],
        url("invite", event): ["full_name", "email", "organisation", "role"],
        url("participation_edit", event, participation.pk): ["role", "is_lead"],
        url("registration_settings", event): [
            "registration_open",
            "registration_deadline",
            "registration_capacity",
        ],
        url("budget_line_create", event): ["category", "funder", "source", "amount", "currency"],
    }
    # Every field of this one may be left empty (attendance's hostile input: test_attendance).
    optional_forms = {url("registration_settings", event)}
    from django.contrib.auth.models import Permission

    event.created_by.user_permissions.add(Permission.objects.get(codename="add_event"))
    title_before = Event.objects.get(pk=event.pk).title
    session_before = Session.objects.get(pk=session.pk).duration_minutes
    for path, fields in forms.items():
        for label, value in HOSTILE.items():
            response = fclient.post(path, {field: value for field in fields})
            assert response.status_code in (200, 302), (path, label, response.status_code)
            everything_optional = path in optional_forms and label == ""
            if label in ("", "nul", "date", "huge", "long") and not everything_optional:
                assert response.status_code == 200, (path, label)
    assert Event.objects.get(pk=event.pk).title == title_before
    assert Session.objects.get(pk=session.pk).duration_minutes == session_before
