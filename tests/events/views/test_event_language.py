"""An event's pages speak its language to whoever never chose one; accepting an invitation gives
the invitee the event's language unless they chose their own; facilitators keep their own."""

import pytest
from django.test import Client
from django.urls import reverse

from builders.factories import UserFactory
from events.models import Event, Participation
from events.services import invitations as invitation_services
from tests.events.helpers import invite, url

pytestmark = pytest.mark.django_db

Role = Participation.Role


@pytest.fixture
def french_event(event):
    Event.objects.filter(pk=event.pk).update(language="fr")
    event.refresh_from_db()
    return event


def english_browser() -> Client:
    return Client(headers={"accept-language": "en"})


def link(invitation) -> str:
    return reverse(
        "events:invitation_accept", args=[invitation_services.invitation_token(invitation)]
    )


def test_an_invitee_with_an_english_browser_lands_on_the_french_events_pages(
    french_event, facilitator, government_org
):
    invitation = invite(french_event, facilitator, government_org, Role.STAKEHOLDER)
    browser = english_browser()
    page = browser.get(link(invitation))
    assert page["Content-Language"] == "fr"
    landed = browser.post(link(invitation), follow=True)
    assert landed["Content-Language"] == "fr"
    assert "Bienvenue, Amina Okello" in landed.content.decode()
    person = landed.context["user"]
    person.refresh_from_db()
    assert person.language == "fr"
    # On every page and every device, as the choice is now on the account.
    other_device = english_browser()
    other_device.force_login(person)
    assert other_device.get(reverse("dashboard"))["Content-Language"] == "fr"


def test_an_invitee_who_chose_english_stays_english(french_event, facilitator, government_org):
    invitation = invite(french_event, facilitator, government_org, Role.STAKEHOLDER)
    browser = english_browser()
    browser.post(reverse("set_language"), {"language": "en", "next": link(invitation)})
    assert browser.get(link(invitation))["Content-Language"] == "en"
    landed = browser.post(link(invitation), follow=True)
    assert landed["Content-Language"] == "en"
    person = landed.context["user"]
    person.refresh_from_db()
    assert person.language == "en"


def test_a_member_who_chose_english_on_the_account_stays_english(french_event, government_org):
    chose = UserFactory(organisation=government_org, language="en")
    never = UserFactory(organisation=government_org)
    for person in (chose, never):
        Participation.objects.create(event=french_event, user=person, role=Role.STAKEHOLDER)
    browser = english_browser()
    browser.force_login(chose)
    assert browser.get(url("detail", french_event))["Content-Language"] == "en"
    browser.force_login(never)
    # The event's pages in its language; the rest of the site in the browser's.
    assert browser.get(url("detail", french_event))["Content-Language"] == "fr"
    assert browser.get(url("agenda", french_event))["Content-Language"] == "fr"
    assert browser.get(reverse("dashboard"))["Content-Language"] == "en"


def test_facilitators_keep_their_own_language(french_event, facilitator, government_org):
    browser = english_browser()
    browser.force_login(facilitator)
    assert browser.get(url("detail", french_event))["Content-Language"] == "en"
    # A facilitator invited to the event keeps the browser's language too.
    invitation = invite(
        french_event, facilitator, government_org, Role.FACILITATOR, email="co@example.org"
    )
    newcomer = english_browser()
    assert newcomer.get(link(invitation))["Content-Language"] == "en"
    landed = newcomer.post(link(invitation), follow=True)
    assert landed["Content-Language"] == "en"
    person = landed.context["user"]
    person.refresh_from_db()
    assert person.language == ""


def test_the_public_registration_page_speaks_the_events_language(french_event):
    page = english_browser().get(reverse("events:register", args=[french_event.public_id]))
    assert page["Content-Language"] == "fr"
    chose = english_browser()
    chose.post(reverse("set_language"), {"language": "pt", "next": "/"})
    page = chose.get(reverse("events:register", args=[french_event.public_id]))
    assert page["Content-Language"] == "pt"
