"""An account is found by its email's one canonical form, and an invitation's link goes only to
the address the account has: a look-alike address never opens someone else's account."""

import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from builders.factories import UserFactory
from cdfacil.models import User
from events.models import Participation
from events.services import invitations as invitation_services
from events.services import registration as registration_services
from tests.conftest import BASE_URL
from tests.events.helpers import invite, token_from_outbox

pytestmark = pytest.mark.django_db

VICTIM = "victim@ministry.go.ug"
LOOK_ALIKE = "victim@mınıstry.go.ug"  # dotless ı: UPPER() on PostgreSQL makes it MINISTRY


@pytest.fixture
def victim(government_org):
    """An account that joined by invitation and has no password: a link alone opens it."""
    user = UserFactory(username="victim", email=VICTIM, organisation=government_org)
    user.set_unusable_password()
    user.save()
    return user


def accepted_account(django_capture_on_commit_callbacks, send) -> User:
    """Send an invitation through `send`, then accept the link that was mailed."""
    with django_capture_on_commit_callbacks(execute=True):
        send()
    invitation = invitation_services.invitation_from_token(token_from_outbox())
    return invitation_services.invitation_accept(invitation=invitation)


def assert_look_alike_kept_apart(user: User, victim: User, event) -> None:
    assert mail.outbox[0].to == [LOOK_ALIKE]
    assert user != victim
    assert user.email == LOOK_ALIKE
    assert not Participation.objects.filter(event=event, user=victim).exists()


@pytest.mark.services
@pytest.mark.usefixtures("require_postgresql")
def test_an_invitation_to_a_look_alike_address_never_opens_the_account(
    event,
    facilitator,
    government_org,
    victim,
    django_capture_on_commit_callbacks,
):
    user = accepted_account(
        django_capture_on_commit_callbacks,
        lambda: invite(event, facilitator, government_org, email=LOOK_ALIKE),
    )

    assert_look_alike_kept_apart(user, victim, event)


@pytest.mark.services
@pytest.mark.usefixtures("require_postgresql")
def test_an_approved_registration_from_a_look_alike_address_never_opens_the_account(
    event,
    facilitator,
    government_org,
    victim,
    django_capture_on_commit_callbacks,
):
    event.registration_open = True
    event.save()
    registration = registration_services.registration_submit(
        event=event, full_name="Not the victim", email=LOOK_ALIKE, organisation=government_org
    )

    user = accepted_account(
        django_capture_on_commit_callbacks,
        lambda: registration_services.registration_approve(
            registration=registration, by=facilitator, base_url=BASE_URL
        ),
    )

    assert_look_alike_kept_apart(user, victim, event)


def test_an_invitation_to_an_existing_account_goes_to_its_stored_address(
    event, facilitator, government_org, victim, django_capture_on_commit_callbacks
):
    """The typed address may differ in case from the account's: the link goes to the
    account's own address, never to what was typed."""
    user = accepted_account(
        django_capture_on_commit_callbacks,
        lambda: invite(event, facilitator, government_org, email="VICTIM@Ministry.go.ug"),
    )

    assert mail.outbox[0].to == [VICTIM]
    assert user == victim
    assert Participation.objects.filter(event=event, user=victim).exists()


def test_an_invitation_mailed_elsewhere_never_opens_a_later_account(
    event, facilitator, government_org, django_capture_on_commit_callbacks
):
    """An account created after the link was mailed, under an address that is the same only
    once case-folded (ß and ss), is not opened by that link: accepting it is refused."""
    with django_capture_on_commit_callbacks(execute=True):
        invite(event, facilitator, government_org, email="kim@strasse.example")
    invitation = invitation_services.invitation_from_token(token_from_outbox())
    owner = UserFactory(email="kim@straße.example", organisation=government_org)

    with pytest.raises(ValidationError) as caught:
        invitation_services.invitation_accept(invitation=invitation)

    assert "another address" in " ".join(caught.value.messages)
    assert not Participation.objects.filter(event=event, user=owner).exists()
    assert User.objects.filter(email__in=["kim@strasse.example"]).count() == 0
