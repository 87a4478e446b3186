"""Inviting someone, and the page an invitation link opens."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from builders.factories import UserFactory
from cdfacil.models import Organisation
from events.models import Invitation, Participation
from events.services import invitations as invitation_services
from tests.events.helpers import invite, url

pytestmark = pytest.mark.django_db

Role = Participation.Role


@pytest.fixture
def invitation(event, facilitator, government_org, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return invite(
            event,
            facilitator,
            government_org,
            Role.CORE_GROUP,
            email="new.member@example.org",
            full_name="New Member",
        )


def link_path(invitation):
    return reverse(
        "events:invitation_accept", args=[invitation_services.invitation_token(invitation)]
    )


def test_invitation_link_lets_the_person_in_once(client, event, invitation):
    assert len(mail.outbox) == 1 and link_path(invitation) in mail.outbox[0].body
    page = client.get(link_path(invitation))
    assert page.status_code == 200 and "Accept and continue" in page.content.decode()
    assert Invitation.objects.get(pk=invitation.pk).accepted_at is None  # GET changes nothing

    response = client.post(link_path(invitation), follow=True)
    assert response.status_code == 200
    assert "Welcome, New Member" in response.content.decode()
    user = response.context["user"]
    assert user.is_authenticated and not user.has_usable_password()
    assert event.participations.get(user=user).role == Role.CORE_GROUP

    client.logout()
    again = client.get(link_path(invitation))
    assert again.status_code == 410
    assert "already been used" in again.content.decode()
    assert client.post(link_path(invitation)).status_code == 410


def test_tampered_invitation_link_is_refused(client, invitation):
    token = invitation_services.invitation_token(invitation)
    tampered = token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb")
    response = client.get(reverse("events:invitation_accept", args=[tampered]))
    assert response.status_code == 400
    assert "not valid" in response.content.decode()


def test_expired_invitation_link_is_refused(client, invitation):
    Invitation.objects.filter(pk=invitation.pk).update(
        expires_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    response = client.post(link_path(invitation))
    assert response.status_code == 410
    assert "expired" in response.content.decode()
    assert Invitation.objects.get(pk=invitation.pk).accepted_at is None


def test_withdrawn_invitation_link_is_refused(fclient, client, event, invitation):
    fclient.post(url("invitation_withdraw", event, invitation.pk))
    fclient.logout()
    response = client.get(link_path(invitation))
    assert response.status_code == 410 and "withdrawn" in response.content.decode()


def test_invitation_for_an_account_with_a_password_needs_sign_in(
    client, event, facilitator, government_org, django_capture_on_commit_callbacks
):
    existing = UserFactory(email="Known.Person@example.org", organisation=government_org)
    with django_capture_on_commit_callbacks(execute=True):
        invitation = invite(
            event,
            facilitator,
            government_org,
            email="known.person@example.org",
            full_name="Known Person",
        )
    response = client.post(link_path(invitation))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))
    assert not event.participations.filter(user=existing).exists()
    client.force_login(existing)
    client.post(link_path(invitation))
    assert event.participations.get(user=existing).role == Role.STAKEHOLDER


def test_person_without_password_can_be_sent_a_new_link(
    fclient, event, invitation, django_capture_on_commit_callbacks
):
    from django.test import Client

    client = Client()
    client.post(link_path(invitation))
    client.logout()
    with django_capture_on_commit_callbacks(execute=True):
        response = fclient.post(
            url("invite", event),
            {
                "full_name": "New Member",
                "email": "new.member@example.org",
                "organisation": invitation.organisation.pk,
                "role": "core_group",
            },
        )
    assert response.status_code == 302
    fresh = Invitation.objects.filter(email="new.member@example.org", accepted_at=None).get()
    response = client.post(link_path(fresh), follow=True)
    assert response.context["user"].email == "new.member@example.org"
    assert event.participations.filter(user__email="new.member@example.org").count() == 1


def test_invite_with_a_new_organisation_in_the_event_country(
    fclient, event, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = fclient.post(
            url("invite", event),
            {
                "full_name": "Neema Mushi",
                "email": "neema@example.org",
                "organisation": "",
                "new_organisation_name": "Kampala Capital City Authority",
                "new_organisation_kind": "government",
                "role": "stakeholder",
            },
        )
    assert response.status_code == 302
    organisation = Organisation.objects.get(name="Kampala Capital City Authority")
    assert organisation.country == event.country and organisation.kind == "government"
    assert Invitation.objects.get(email="neema@example.org").organisation == organisation


def test_invite_form_defaults_to_stakeholder(fclient, event):
    page = fclient.get(url("invite", event)).content.decode()
    assert '<option value="stakeholder" selected>' in page


def test_resending_replaces_the_link_and_the_old_link_says_a_newer_one_was_sent(
    fclient, client, event, invitation, django_capture_on_commit_callbacks
):
    old_link = link_path(invitation)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        fclient.post(url("invitation_resend", event, invitation.pk))
    assert len(mail.outbox) == 1 and old_link not in mail.outbox[0].body

    old = client.get(old_link)
    assert old.status_code == 410
    assert "A newer invitation was sent" in old.content.decode()
    newer = Invitation.objects.get(email="new.member@example.org", revoked_at__isnull=True)
    assert client.get(link_path(newer)).status_code == 200


def test_the_invite_page_says_until_when_the_link_works(fclient, event):
    page = fclient.get(url("invite", event)).content.decode()
    day5 = event.day1 + datetime.timedelta(days=4)
    assert f"It works once, until {day5.day} {day5:%B %Y}, 23:59" in page
