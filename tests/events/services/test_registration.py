"""The public registration: requests and the facilitator's decisions."""

import datetime

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from builders.factories import OrganisationFactory
from cdfacil.models import Organisation
from events.models import Invitation, Participation, RegistrationRequest
from events.services import invitations as invitation_services
from events.services import registration as registration_services
from tests.conftest import BASE_URL
from tests.events.helpers import token_from_outbox

pytestmark = pytest.mark.django_db

Role = Participation.Role
UTC = datetime.UTC


@pytest.fixture
def open_event(event):
    event.registration_open = True
    event.save()
    return event


def register(event, **overrides):
    fields = {"full_name": "Brian Ssempa", "email": "brian@example.org"} | overrides
    if "organisation" not in fields and "organisation_name" not in fields:
        fields["organisation"] = OrganisationFactory(kind=Organisation.Kind.CIVIL_SOCIETY)
    return registration_services.registration_submit(event=event, **fields)


class TestRegistrationSubmit:
    def test_a_request_is_stored_pending(self, open_event, civil_society_org):
        registration = register(
            open_event, organisation=civil_society_org, email="  Brian@EXAMPLE.org "
        )

        registration.refresh_from_db()
        assert registration.status == RegistrationRequest.Status.PENDING
        assert registration.organisation == civil_society_org
        assert registration.email == "Brian@example.org"

    def test_refused_when_registration_is_not_open(self, event):
        with pytest.raises(ValidationError) as caught:
            register(event)

        assert caught.value.messages == ["Registration for this event is not open."]
        assert not RegistrationRequest.objects.exists()

    def test_refused_after_the_deadline(self, open_event):
        open_event.registration_deadline = datetime.datetime(2020, 1, 31, 9, 0, tzinfo=UTC)
        open_event.save()

        with pytest.raises(ValidationError) as caught:
            register(open_event)

        # 09:00 UTC is 12:00 in Kampala.
        assert caught.value.messages == ["Registration closed on 31 January 2020, 12:00."]
        assert not RegistrationRequest.objects.exists()

    def test_accepted_before_the_deadline(self, open_event):
        open_event.registration_deadline = timezone.now() + datetime.timedelta(days=1)
        open_event.save()

        assert register(open_event).pk is not None

    def test_refused_when_full_and_a_decline_frees_a_place(self, open_event, facilitator):
        open_event.registration_capacity = 2
        open_event.save()
        first = register(open_event, email="one@example.org")
        register(open_event, email="two@example.org")

        with pytest.raises(ValidationError) as caught:
            register(open_event, email="three@example.org")
        assert caught.value.messages == ["This event is full: all 2 places have been taken."]
        assert open_event.registrations.count() == 2

        registration_services.registration_decline(registration=first, by=facilitator)
        third = register(open_event, email="three@example.org")

        assert third.pk is not None
        assert open_event.registrations.exclude(status="declined").count() == 2

    def test_a_second_request_from_the_same_address_stores_nothing_and_says_nothing(
        self, open_event
    ):
        register(open_event, email="brian@example.org")

        assert register(open_event, email="BRIAN@example.org") is None

        assert open_event.registrations.count() == 1

    def test_an_address_that_takes_part_stores_nothing_and_says_nothing(
        self, open_event, core_group
    ):
        assert register(open_event, email=core_group[0].user.email.upper()) is None

        assert not open_event.registrations.exists()

    def test_the_same_address_may_ask_again_after_a_decline(self, open_event, facilitator):
        first = register(open_event)
        registration_services.registration_decline(registration=first, by=facilitator)

        assert register(open_event).pk != first.pk

    def test_an_organisation_is_required(self, open_event):
        with pytest.raises(ValidationError) as caught:
            register(open_event, organisation=None, organisation_name="")

        assert caught.value.message_dict["organisation"] == [
            "Choose your organisation, or give its name and kind below."
        ]
        assert not RegistrationRequest.objects.exists()

    def test_a_new_organisation_needs_its_kind(self, open_event):
        with pytest.raises(ValidationError) as caught:
            register(open_event, organisation_name="Kampala Youth Health Network")

        assert "organisation_kind" in caught.value.message_dict


class TestRegistrationDecision:
    def test_approving_creates_the_new_organisation_and_invites_a_stakeholder(
        self, open_event, facilitator, django_capture_on_commit_callbacks
    ):
        registration = register(
            open_event,
            organisation_name=" Kampala Youth Health Network ",
            organisation_kind=Organisation.Kind.CIVIL_SOCIETY,
        )

        with django_capture_on_commit_callbacks(execute=True):
            invitation = registration_services.registration_approve(
                registration=registration, by=facilitator, base_url=BASE_URL
            )

        organisation = Organisation.objects.get(name="Kampala Youth Health Network")
        assert organisation.country.code == "UG"
        assert organisation.kind == Organisation.Kind.CIVIL_SOCIETY
        assert invitation.organisation == organisation
        assert invitation.role == Role.STAKEHOLDER
        assert invitation.email == "brian@example.org"
        registration.refresh_from_db()
        assert registration.status == RegistrationRequest.Status.APPROVED
        assert registration.decided_by == facilitator
        assert registration.decided_at is not None
        assert len(mail.outbox) == 1
        assert mail.outbox[0].to == ["brian@example.org"]
        assert invitation_services.invitation_from_token(token_from_outbox()) == invitation

    def test_approving_with_a_known_organisation_creates_none(
        self, open_event, facilitator, civil_society_org
    ):
        registration = register(open_event, organisation=civil_society_org)
        organisations_before = Organisation.objects.count()

        invitation = registration_services.registration_approve(
            registration=registration, by=facilitator, base_url=BASE_URL
        )

        assert Organisation.objects.count() == organisations_before
        assert invitation.organisation == civil_society_org

    def test_deciding_twice_is_refused(self, open_event, facilitator):
        registration = register(open_event)
        registration_services.registration_approve(
            registration=registration, by=facilitator, base_url=BASE_URL
        )

        with pytest.raises(ValidationError) as caught:
            registration_services.registration_approve(
                registration=registration, by=facilitator, base_url=BASE_URL
            )
        assert caught.value.messages == ["This request has already been decided."]

        with pytest.raises(ValidationError) as caught:
            registration_services.registration_decline(registration=registration, by=facilitator)
        assert caught.value.messages == ["This request has already been decided."]

        registration.refresh_from_db()
        assert registration.status == RegistrationRequest.Status.APPROVED
        assert Invitation.objects.count() == 1

    def test_declining_records_the_decision_and_sends_nothing(
        self, open_event, facilitator, django_capture_on_commit_callbacks
    ):
        registration = register(open_event)

        with django_capture_on_commit_callbacks(execute=True):
            registration_services.registration_decline(registration=registration, by=facilitator)

        registration.refresh_from_db()
        assert registration.status == RegistrationRequest.Status.DECLINED
        assert registration.decided_by == facilitator
        assert registration.decided_at is not None
        assert not Invitation.objects.exists()
        assert mail.outbox == []

        with pytest.raises(ValidationError):
            registration_services.registration_approve(
                registration=registration, by=facilitator, base_url=BASE_URL
            )


def age(registration, *, days: float):
    """Make `registration` as old as `days`: sent that long ago."""
    RegistrationRequest.objects.filter(pk=registration.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=days)
    )


class TestPendingRequestsHoldAPlaceForAWhile:
    """A request waiting for the facilitator holds a place for `registration_hold_days`; after
    that, junk requests no longer keep everyone else out."""

    @pytest.fixture
    def full_event(self, open_event):
        open_event.registration_capacity = 2
        open_event.registration_hold_days = 3
        open_event.save()
        return open_event

    def test_waiting_requests_keep_the_event_full_until_their_hold_ends(self, full_event):
        junk = [register(full_event, email=f"junk{n}@example.org") for n in range(2)]
        for request in junk:
            age(request, days=2.9)
        with pytest.raises(ValidationError, match="This event is full"):
            register(full_event, email="brian@example.org")

        for request in junk:
            age(request, days=3.1)
        assert register(full_event, email="brian@example.org").pk is not None
        assert full_event.registrations.filter(status="pending").count() == 3

    def test_the_hold_is_counted_from_a_fixed_now(self, full_event, monkeypatch):
        for n in range(2):
            register(full_event, email=f"junk{n}@example.org")
        later = timezone.now() + datetime.timedelta(days=3, minutes=1)
        monkeypatch.setattr(timezone, "now", lambda: later)
        assert register(full_event, email="brian@example.org").pk is not None

    def test_an_approved_request_always_counts(self, full_event, facilitator):
        first = register(full_event, email="one@example.org")
        registration_services.registration_approve(
            registration=first, by=facilitator, base_url=BASE_URL
        )
        age(first, days=30)
        register(full_event, email="two@example.org")
        with pytest.raises(ValidationError, match="This event is full"):
            register(full_event, email="three@example.org")

    def test_an_expired_request_is_approved_while_a_place_is_free(self, full_event, facilitator):
        old = register(full_event, email="old@example.org")
        age(old, days=10)
        register(full_event, email="new@example.org")

        registration_services.registration_approve(
            registration=old, by=facilitator, base_url=BASE_URL
        )
        assert RegistrationRequest.objects.get(pk=old.pk).status == "approved"

    def test_approving_an_expired_request_when_full_is_refused(self, full_event, facilitator):
        old = register(full_event, email="old@example.org")
        age(old, days=10)
        register(full_event, email="one@example.org")
        register(full_event, email="two@example.org")

        with pytest.raises(ValidationError) as caught:
            registration_services.registration_approve(
                registration=old, by=facilitator, base_url=BASE_URL
            )
        assert caught.value.messages == [
            "No place is free: all 2 places are taken, and this request no longer holds one "
            "(it waited more than 3 days). Decline it, or raise the capacity."
        ]
        assert RegistrationRequest.objects.get(pk=old.pk).status == "pending"
        assert not Invitation.objects.exists()

    def test_a_request_still_holding_its_place_is_approved_when_full(self, full_event, facilitator):
        first = register(full_event, email="one@example.org")
        register(full_event, email="two@example.org")
        registration_services.registration_approve(
            registration=first, by=facilitator, base_url=BASE_URL
        )
        assert RegistrationRequest.objects.get(pk=first.pk).status == "approved"

    def test_without_a_hold_a_request_holds_its_place_until_decided(self, full_event):
        full_event.registration_hold_days = None
        full_event.save()
        for n in range(2):
            age(register(full_event, email=f"junk{n}@example.org"), days=400)
        with pytest.raises(ValidationError, match="This event is full"):
            register(full_event, email="brian@example.org")
