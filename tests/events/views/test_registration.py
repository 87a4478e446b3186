"""The public registration page and the facilitator's side of it."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from cdfacil.models import Organisation
from events.models import Event, Invitation, Participation, RegistrationRequest
from tests.events.helpers import url

pytestmark = pytest.mark.django_db

Role = Participation.Role
UTC = datetime.UTC


def registration_data(**changes):
    data = {
        "full_name": "Rita Registrant",
        "email": "rita@example.org",
        "job_title": "Officer",
        "organisation": "",
        "organisation_name": "Mbale District",
        "organisation_kind": "government",
        "message": "",
    }
    data.update(changes)
    return data


def open_registration(event, **fields):
    Event.objects.filter(pk=event.pk).update(registration_open=True, **fields)


def test_public_registration_then_approval(fclient, event, django_capture_on_commit_callbacks):
    from django.test import Client

    open_registration(event)
    register = reverse("events:register", args=[event.public_id])
    response = Client().post(register, registration_data())
    assert response.status_code == 200 and "your request was sent" in response.content.decode()
    request = RegistrationRequest.objects.get(email="rita@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        fclient.post(url("registration_decide", event, request.pk), {"decision": "approve"})
    request.refresh_from_db()
    assert request.status == RegistrationRequest.Status.APPROVED
    assert Organisation.objects.filter(name="Mbale District", country=event.country).exists()
    assert mail.outbox[-1].to == ["rita@example.org"]


def test_registration_after_deadline_is_closed(client, event):
    open_registration(event, registration_deadline=timezone.now() - datetime.timedelta(hours=1))
    register = reverse("events:register", args=[event.public_id])
    page = client.get(register).content.decode()
    assert "Registration closed on" in page
    client.post(register, registration_data())
    assert not RegistrationRequest.objects.exists()


def test_registration_capacity_is_kept(client, event):
    open_registration(event, registration_capacity=1)
    register = reverse("events:register", args=[event.public_id])
    client.post(register, registration_data())
    response = client.post(register, registration_data(email="second@example.org"))
    assert "all 1 places have been taken" in response.content.decode()
    assert RegistrationRequest.objects.count() == 1


def test_the_list_marks_requests_that_no_longer_hold_a_place(fclient, event):
    open_registration(event, registration_capacity=5, registration_hold_days=7)
    register = reverse("events:register", args=[event.public_id])
    for email in ("old@example.org", "new@example.org"):
        fclient.post(register, registration_data(email=email))
    sent = datetime.datetime(2026, 3, 2, 7, 30, tzinfo=UTC)
    RegistrationRequest.objects.filter(email="old@example.org").update(created_at=sent)
    RegistrationRequest.objects.filter(email="new@example.org").update(
        created_at=timezone.now() - datetime.timedelta(days=1)
    )

    page = fclient.get(url("people", event)).content.decode()

    old, new = page.split("old@example.org")[1], page.split("new@example.org")[1]
    assert "No longer holds a place" in old.split("</li>")[0]
    assert "No longer holds a place" not in new.split("</li>")[0]
    assert "Holds a place until" in new.split("</li>")[0]
    assert "Waiting requests hold a place for 7 days." in page


def test_approving_an_expired_request_when_full_says_why_on_the_page(fclient, event):
    open_registration(event, registration_capacity=1, registration_hold_days=7)
    register = reverse("events:register", args=[event.public_id])
    fclient.post(register, registration_data(email="old@example.org"))
    old = RegistrationRequest.objects.get()
    RegistrationRequest.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=8)
    )
    fclient.post(register, registration_data(email="new@example.org"))

    response = fclient.post(
        url("registration_decide", event, old.pk), {"decision": "approve"}, follow=True
    )

    assert "No place is free: all 1 places are taken" in response.content.decode()
    old.refresh_from_db()
    assert old.status == "pending" and not mail.outbox


def test_the_facilitator_sets_how_long_a_request_holds_a_place(fclient, event):
    settings_url = url("registration_settings", event)
    page = fclient.get(settings_url).content.decode()
    assert "no longer counts against the capacity" in page
    response = fclient.post(
        settings_url,
        {"registration_open": "on", "registration_capacity": "40", "registration_hold_days": "0"},
    )
    assert "Ensure this value is greater than or equal to 1." in response.content.decode()
    fclient.post(
        settings_url,
        {"registration_open": "on", "registration_capacity": "40", "registration_hold_days": "2"},
    )
    event.refresh_from_db()
    assert event.registration_hold_days == 2


def test_registration_without_organisation_shows_field_error(client, event):
    open_registration(event)
    response = client.post(
        reverse("events:register", args=[event.public_id]),
        registration_data(organisation_name="", organisation_kind=""),
    )
    assert response.status_code == 200
    assert "Choose your organisation" in response.content.decode()


def test_registration_deadline_shows_in_the_event_time_zone(fclient, event):
    response = fclient.post(
        url("registration_settings", event),
        {"registration_open": "on", "registration_deadline": "2099-05-01T17:00"},
    )
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.registration_deadline.astimezone(datetime.UTC).hour == 14  # Kampala is UTC+3
    assert "Deadline: 1 May 2099 17:00" in fclient.get(url("people", event)).content.decode()


def test_a_participants_request_is_answered_like_any_other_and_stores_nothing(
    client, event, core_group
):
    open_registration(event)
    response = client.post(
        reverse("events:register", args=[event.public_id]),
        registration_data(email=core_group[0].user.email.upper()),
    )
    page = response.content.decode()
    assert "your request was sent" in page and "already takes part" not in page
    assert not RegistrationRequest.objects.exists()


def waiting_requests(event, count):
    return [
        RegistrationRequest.objects.create(
            event=event,
            full_name=f"Asker {index}",
            email=f"asker{index}@example.org",
            organisation_name="Mbale District",
            organisation_kind="government",
        )
        for index in range(count)
    ]


HTMX = {"HTTP_HX_REQUEST": "true"}


def test_approving_in_place_answers_the_row_and_the_invitations(
    fclient, event, django_capture_on_commit_callbacks
):
    first, second = waiting_requests(event, 2)
    with django_capture_on_commit_callbacks(execute=True):
        response = fclient.post(
            url("registration_decide", event, first.pk), {"decision": "approve"}, **HTMX
        )
    page = response.content.decode()
    assert response.status_code == 200 and "<html" not in page
    assert page.count('class="list-group-item registration-row"') == 1
    assert f'id="registration-{first.pk}"' in page and "Asker 0 was approved." in page
    assert "text-bg-success" in page and 'value="approve"' not in page
    # The waiting invitations, out of band: the new one is there.
    assert 'id="invitations" hx-swap-oob="true"' in page and "asker0@example.org" in page
    first.refresh_from_db(), second.refresh_from_db()
    assert first.status == "approved" and second.status == "pending"
    assert mail.outbox[-1].to == ["asker0@example.org"]


def test_the_buttons_post_in_place_and_still_work_without_scripts(fclient, event):
    (request,) = waiting_requests(event, 1)
    page = fclient.get(url("people", event)).content.decode()
    decide = url("registration_decide", event, request.pk)
    assert f'action="{decide}" hx-post="{decide}" hx-target="#registration-{request.pk}"' in page
    response = fclient.post(decide, {"decision": "decline", "page": "1"})
    assert response.status_code == 302 and response.url.endswith("/people/#registrations")
    request.refresh_from_db()
    assert request.status == "declined"


def test_a_selection_is_approved_at_once_in_place(fclient, event):
    requests = waiting_requests(event, 4)
    ticked = [r.pk for r in requests[:3]]
    response = fclient.post(
        url("registration_decide_many", event),
        {"registrations": ticked, "decision": "approve", "page": "1"},
        **HTMX,
    )
    page = response.content.decode()
    assert 'id="registration-list"' in page and "<html" not in page
    for index in range(3):
        assert f"Asker {index} was approved." in page
    statuses = dict(RegistrationRequest.objects.values_list("pk", "status"))
    assert [statuses[pk] for pk in ticked] == ["approved"] * 3
    assert statuses[requests[3].pk] == "pending"
    assert Invitation.objects.filter(event=event).count() == 3


def test_a_selection_declined_by_a_plain_post_says_each_and_returns_to_the_list(fclient, event):
    requests = waiting_requests(event, 2)
    response = fclient.post(
        url("registration_decide_many", event),
        {"registrations": [r.pk for r in requests], "decision": "decline"},
        follow=True,
    )
    page = response.content.decode()
    assert "The request from Asker 0 was declined." in page
    assert "The request from Asker 1 was declined." in page
    assert set(RegistrationRequest.objects.values_list("status", flat=True)) == {"declined"}


def test_a_selection_says_what_could_not_be_done(fclient, event):
    decided, waiting = waiting_requests(event, 2)
    RegistrationRequest.objects.filter(pk=decided.pk).update(status="declined")
    page = fclient.post(
        url("registration_decide_many", event),
        {"registrations": [decided.pk, waiting.pk], "decision": "approve"},
        **HTMX,
    ).content.decode()
    assert "This request has already been decided." in page
    assert "Asker 1 was approved." in page
    empty = fclient.post(
        url("registration_decide_many", event), {"decision": "approve"}, **HTMX
    ).content.decode()
    assert "Tick the requests to approve or decline first." in empty
    other = make_other_event_request(event)
    fclient.post(
        url("registration_decide_many", event),
        {"registrations": [other.pk], "decision": "approve"},
        **HTMX,
    )
    other.refresh_from_db()
    assert other.status == "pending"  # another event's request is out of reach


def make_other_event_request(event):
    from builders.factories import EventFactory

    other = EventFactory(title="Other", created_by=event.created_by)
    return RegistrationRequest.objects.create(
        event=other,
        full_name="Elsewhere",
        email="elsewhere@example.org",
        organisation_name="X",
        organisation_kind="government",
    )
