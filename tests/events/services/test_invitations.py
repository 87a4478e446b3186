"""Invitations: sending, the signed link, accepting."""

import datetime
import re
import time
import types

import pytest
from django.core import mail, signing
from django.core.exceptions import ValidationError
from django.utils import timezone

from builders.factories import UserFactory
from cdfacil.models import User
from events.models import Event, Invitation, Participation
from events.services import invitations as invitation_services
from events.services.invitations import InvitationError
from tests.events.helpers import field_messages, invite, token_from_outbox

pytestmark = pytest.mark.django_db

Role = Participation.Role


def refusal_of(token: str) -> str:
    """Why the invitation link `token` is refused."""
    with pytest.raises(InvitationError) as caught:
        invitation_services.invitation_from_token(token)
    return caught.value.reason


def assert_refused(invitation: Invitation, token: str, reason: str) -> None:
    """Neither the invitation's link nor accepting it works, and the refusal says why."""
    assert refusal_of(token) == reason
    with pytest.raises(InvitationError) as caught:
        invitation_services.invitation_accept(invitation=invitation)
    assert caught.value.reason == reason


class TestInvitationSend:
    def test_records_the_invitation_and_mails_one_link_after_commit(
        self, event, facilitator, government_org, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            invitation = invite(event, facilitator, government_org, role=Role.CORE_GROUP)
            assert mail.outbox == []  # nothing leaves before the commit

        assert len(callbacks) == 1
        stored = Invitation.objects.get(pk=invitation.pk)
        assert stored.email == "amina.okello@example.org"
        assert stored.role == Role.CORE_GROUP
        assert stored.organisation == government_org
        assert stored.invited_by == facilitator
        assert stored.is_pending
        assert len(mail.outbox) == 1
        message = mail.outbox[0]
        assert message.to == ["amina.okello@example.org"]
        assert message.subject == f"Invitation: {event.title}"
        assert invitation_services.invitation_from_token(token_from_outbox()) == stored

    def test_the_link_works_until_the_end_of_day_5_in_the_events_time_zone(
        self, make_event, facilitator, government_org
    ):
        # Day 1 three months ahead: a link of 14 days would expire long before the days.
        day1 = timezone.now().date() + datetime.timedelta(days=90)
        event = make_event(day1=day1, time_zone="Africa/Nairobi")

        invitation = invite(event, facilitator, government_org)

        local = timezone.localtime(invitation.expires_at, event.tzinfo)
        assert local.date() == day1 + datetime.timedelta(days=4)
        assert (local.hour, local.minute) == (23, 59)
        # 23:59 in Nairobi (UTC+3) is 20:59 UTC.
        assert invitation.expires_at.astimezone(datetime.UTC).hour == 20

    def test_after_day_5_the_link_works_for_the_configured_days(
        self, make_event, facilitator, government_org, settings
    ):
        settings.CDFACIL_INVITATION_MAX_AGE_DAYS = 30
        event = make_event(day1=timezone.now().date() - datetime.timedelta(days=60))

        invitation = invite(event, facilitator, government_org)

        expected = timezone.now() + datetime.timedelta(days=30)
        assert abs(invitation.expires_at - expected) < datetime.timedelta(minutes=1)

    def test_a_new_invitation_withdraws_the_pending_one(self, event, facilitator, government_org):
        first = invite(event, facilitator, government_org)

        second = invite(event, facilitator, government_org, email="AMINA.okello@example.org")

        first.refresh_from_db()
        assert first.revoked_at is not None
        assert second.is_pending

    def test_a_participant_cannot_be_invited_again(self, event, facilitator, government_org):
        with pytest.raises(ValidationError) as caught:
            invite(event, facilitator, government_org, email=facilitator.email.upper())

        assert "already takes part in this event" in field_messages(caught.value, "email")
        assert not Invitation.objects.exists()

    def test_a_third_existing_development_partner_is_refused_as_core_group(
        self, event, facilitator, partner_org, add_core_member
    ):
        add_core_member(event, partner_org)
        add_core_member(event, partner_org)
        known = UserFactory(organisation=partner_org, email="jonas@example.org")

        with pytest.raises(ValidationError) as caught:
            invite(event, facilitator, partner_org, role=Role.CORE_GROUP, email=known.email)

        assert "At most 2 may come from development partners" in field_messages(
            caught.value, "role"
        )
        assert not Invitation.objects.exists()
        assert mail.outbox == []

    def test_a_third_new_development_partner_is_refused_as_core_group(
        self, event, facilitator, partner_org, add_core_member
    ):
        # A person without an account: the rules are checked on an unsaved User.
        add_core_member(event, partner_org)
        add_core_member(event, partner_org)

        with pytest.raises(ValidationError) as caught:
            invite(event, facilitator, partner_org, role=Role.CORE_GROUP)

        assert "At most 2 may come from development partners" in field_messages(
            caught.value, "role"
        )
        assert not Invitation.objects.exists()

    def test_a_second_new_development_partner_may_be_invited_to_the_core_group(
        self, event, facilitator, partner_org, add_core_member, django_capture_on_commit_callbacks
    ):
        add_core_member(event, partner_org)

        with django_capture_on_commit_callbacks(execute=True):
            invitation = invite(event, facilitator, partner_org, role=Role.CORE_GROUP)

        assert invitation.role == Role.CORE_GROUP
        assert len(mail.outbox) == 1
        user = invitation_services.invitation_accept(invitation=invitation)
        assert Participation.objects.get(event=event, user=user).role == Role.CORE_GROUP
        assert event.participations.filter(role=Role.CORE_GROUP).count() == 2


class TestInvitationToken:
    def test_a_good_token_gives_the_invitation(self, event, facilitator, government_org):
        invitation = invite(event, facilitator, government_org)

        found = invitation_services.invitation_from_token(
            invitation_services.invitation_token(invitation)
        )

        assert found == invitation

    def test_a_tampered_token_is_invalid(self, event, facilitator, government_org):
        token = invitation_services.invitation_token(invite(event, facilitator, government_org))
        position = len(token) // 2
        tampered = (
            token[:position] + ("A" if token[position] != "A" else "B") + token[position + 1 :]
        )

        with pytest.raises(InvitationError) as caught:
            invitation_services.invitation_from_token(tampered)

        assert caught.value.reason == InvitationError.INVALID == "invalid"

    def test_a_token_signed_for_something_else_is_invalid(self):
        token = signing.dumps({"invitation": 1}, salt="another.purpose")

        assert refusal_of(token) == "invalid"

    def test_a_token_of_a_deleted_invitation_is_invalid(self, event, facilitator, government_org):
        invitation = invite(event, facilitator, government_org)
        token = invitation_services.invitation_token(invitation)
        invitation.delete()

        assert refusal_of(token) == "invalid"

    def test_a_token_works_months_later_while_its_invitation_has_not_expired(
        self, event, facilitator, government_org, settings, monkeypatch
    ):
        settings.CDFACIL_INVITATION_MAX_AGE_DAYS = 14
        invitation = invite(event, facilitator, government_org)
        token = invitation_services.invitation_token(invitation)
        later = time.time() + datetime.timedelta(days=100).total_seconds()
        monkeypatch.setattr(signing, "time", types.SimpleNamespace(time=lambda: later))

        assert invitation_services.invitation_from_token(token) == invitation

    def test_an_invitation_past_its_expiry_is_expired(self, event, facilitator, government_org):
        invitation = invite(event, facilitator, government_org)
        Invitation.objects.filter(pk=invitation.pk).update(
            expires_at=timezone.now() - datetime.timedelta(minutes=1)
        )

        assert_refused(invitation, invitation_services.invitation_token(invitation), "expired")
        assert not User.objects.filter(email=invitation.email).exists()

    def test_a_used_invitation_cannot_be_used_again(self, event, facilitator, government_org):
        invitation = invite(event, facilitator, government_org)
        token = invitation_services.invitation_token(invitation)
        invitation_services.invitation_accept(invitation=invitation)

        assert_refused(invitation, token, "used")

    def test_a_withdrawn_invitation_cannot_be_used(self, event, facilitator, government_org):
        invitation = invite(event, facilitator, government_org)
        token = invitation_services.invitation_token(invitation)

        invitation_services.invitation_withdraw(invitation=invitation)

        assert_refused(invitation, token, "withdrawn")
        assert not User.objects.filter(email=invitation.email).exists()

    def test_an_accepted_invitation_cannot_be_withdrawn(self, event, facilitator, government_org):
        invitation = invite(event, facilitator, government_org)
        invitation_services.invitation_accept(invitation=invitation)

        # `invitation` was loaded before the acceptance, as by a page opened earlier.
        with pytest.raises(ValidationError) as caught:
            invitation_services.invitation_withdraw(invitation=invitation)

        assert caught.value.messages == ["This invitation has already been accepted."]
        invitation.refresh_from_db()
        assert invitation.revoked_at is None


class TestInvitationAccept:
    def test_creates_a_person_without_password_with_the_role(
        self, event, facilitator, government_org
    ):
        invitation = invite(event, facilitator, government_org, role=Role.CORE_GROUP)

        user = invitation_services.invitation_accept(invitation=invitation)

        user.refresh_from_db()
        assert user.email == "amina.okello@example.org"
        assert (user.first_name, user.last_name) == ("Amina", "Okello")
        assert user.organisation == government_org
        assert user.has_usable_password() is False
        participation = Participation.objects.get(event=event, user=user)
        assert participation.role == Role.CORE_GROUP
        invitation.refresh_from_db()
        assert invitation.accepted_by == user
        assert invitation.accepted_at is not None

    def test_reuses_the_existing_person_whatever_the_case_of_the_email(
        self, event, facilitator, government_org, civil_society_org
    ):
        existing = UserFactory(email="Amina.Okello@Example.org", organisation=civil_society_org)
        users_before = User.objects.count()
        invitation = invite(event, facilitator, government_org, email="amina.okello@example.org")

        user = invitation_services.invitation_accept(invitation=invitation)

        assert user == existing
        assert User.objects.count() == users_before
        assert Participation.objects.get(event=event, user=existing).role == Role.STAKEHOLDER
        existing.refresh_from_db()
        assert existing.organisation == civil_society_org

    def test_an_email_with_an_apostrophe_can_accept(self, event, facilitator, government_org):
        # Regression: the username was the email's local part as is, apostrophe included, and
        # user.full_clean() refused it, so such a person could never accept.
        invitation = invite(
            event,
            facilitator,
            government_org,
            email="patrick.o'neill@example.org",
            full_name="Patrick O'Neill",
        )

        user = invitation_services.invitation_accept(invitation=invitation)

        assert user.email == "patrick.o'neill@example.org"
        assert re.fullmatch(r"[\w.@+-]+", user.username)
        assert Participation.objects.filter(event=event, user=user).exists()

    def test_a_username_already_taken_gets_a_suffix(self, event, facilitator, government_org):
        UserFactory(username="amina.okello", email="someone.else@example.org")
        invitation = invite(event, facilitator, government_org)

        user = invitation_services.invitation_accept(invitation=invitation)

        assert user.username != "amina.okello"
        assert user.username.startswith("amina.okello-")


class TestInvitationResend:
    def test_a_resend_replaces_the_link_and_the_old_one_says_so(
        self, event, facilitator, government_org, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            first = invite(event, facilitator, government_org, role=Role.CORE_GROUP)
        old_token = token_from_outbox()
        mail.outbox.clear()

        with django_capture_on_commit_callbacks(execute=True):
            newer = invitation_services.invitation_resend(
                invitation=first, base_url="https://cdfacil.test/", by=facilitator
            )

        assert newer.pk != first.pk and newer.is_pending
        assert (newer.email, newer.role, newer.organisation) == (
            first.email,
            Role.CORE_GROUP,
            government_org,
        )
        new_token = token_from_outbox()
        assert new_token != old_token
        assert_refused(first, old_token, "replaced")
        user = invitation_services.invitation_accept(
            invitation=invitation_services.invitation_from_token(new_token)
        )
        assert Participation.objects.get(event=event, user=user).role == Role.CORE_GROUP
        assert event.invitations.filter(revoked_at__isnull=True).count() == 1

    def test_an_expired_invitation_can_be_sent_again(self, event, facilitator, government_org):
        first = invite(event, facilitator, government_org)
        Invitation.objects.filter(pk=first.pk).update(
            expires_at=timezone.now() - datetime.timedelta(minutes=1)
        )

        newer = invitation_services.invitation_resend(
            invitation=first, base_url="https://cdfacil.test/", by=facilitator
        )

        assert newer.expires_at > timezone.now()
        assert (
            invitation_services.invitation_from_token(invitation_services.invitation_token(newer))
            == newer
        )

    def test_a_used_invitation_is_not_sent_again(self, event, facilitator, government_org):
        first = invite(event, facilitator, government_org)
        invitation_services.invitation_accept(invitation=first)

        with pytest.raises(ValidationError, match="can no longer be used"):
            invitation_services.invitation_resend(
                invitation=first, base_url="https://cdfacil.test/", by=facilitator
            )
        assert event.invitations.count() == 1

    def test_a_resend_keeps_the_rules_of_sending_one(self, event, facilitator, government_org):
        """A new link is a new invitation: once the phase no longer lets stakeholders be
        invited, a resend is refused in words and the waiting link stays as it was."""
        first = invite(event, facilitator, government_org)  # a stakeholder
        Event.objects.filter(pk=event.pk).update(phase=Event.Phase.FOLLOW_UP)
        first.event.refresh_from_db()

        with pytest.raises(ValidationError, match="Inviting a stakeholder is open in"):
            invitation_services.invitation_resend(
                invitation=first, base_url="https://cdfacil.test/", by=facilitator
            )
        first.refresh_from_db()
        assert first.revoked_at is None and event.invitations.count() == 1

    def test_a_withdrawn_one_stays_withdrawn_not_replaced(self, event, facilitator, government_org):
        invitation = invite(event, facilitator, government_org)
        token = invitation_services.invitation_token(invitation)
        invitation_services.invitation_withdraw(invitation=invitation, by=facilitator)

        assert refusal_of(token) == "withdrawn"


class TestInvitationsFollowDay5:
    def test_moving_day_1_moves_the_waiting_links_with_it(self, event, facilitator, government_org):
        from events.services.event import event_update

        waiting = invite(event, facilitator, government_org)
        longer = invite(event, facilitator, government_org, email="other@example.org")
        custom = timezone.now() + datetime.timedelta(days=3)
        Invitation.objects.filter(pk=longer.pk).update(expires_at=custom)

        event_update(event=event, data={"day1": event.day1 + datetime.timedelta(days=14)})

        waiting.refresh_from_db(), longer.refresh_from_db()
        local = timezone.localtime(waiting.expires_at, event.tzinfo)
        assert local.date() == event.day1 + datetime.timedelta(days=4)
        assert (local.hour, local.minute) == (23, 59)
        assert longer.expires_at == custom  # one given another expiry keeps it

    def test_a_new_time_zone_moves_them_to_its_end_of_day_5(
        self, event, facilitator, government_org
    ):
        from events.services.event import event_update

        waiting = invite(event, facilitator, government_org)
        event_update(event=event, data={"time_zone": "America/Lima"})

        waiting.refresh_from_db()
        local = timezone.localtime(waiting.expires_at, event.tzinfo)
        assert str(event.tzinfo) == "America/Lima"
        assert (local.date(), local.hour) == (event.day1 + datetime.timedelta(days=4), 23)


def test_the_email_says_until_when_the_link_works(
    event, facilitator, government_org, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        invite(event, facilitator, government_org)
    day5 = event.day1 + datetime.timedelta(days=4)
    assert (
        f"The link works until {day5.day} {day5:%B %Y}, 23:59 (Africa/Kampala time)."
        in mail.outbox[0].body
    )
