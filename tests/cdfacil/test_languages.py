"""Languages: the switcher, a person's own language, and the catalogues."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format

from builders.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_the_switcher_changes_the_language_and_remembers_it_on_the_account(facilitator, event):
    client = Client()
    client.force_login(facilitator)
    page = reverse("events:detail", args=[event.pk])
    response = client.post(reverse("set_language"), {"language": "fr", "next": page})
    assert response.status_code == 302 and response["Location"] == page
    facilitator.refresh_from_db()
    assert facilitator.language == "fr"
    assert client.get(page)["Content-Language"] == "fr"
    # On another device (no cookie), the account's language still applies.
    other_device = Client()
    other_device.force_login(facilitator)
    assert other_device.get(page)["Content-Language"] == "fr"


def test_an_anonymous_visitor_switches_with_a_cookie():
    client = Client()
    response = client.post(reverse("set_language"), {"language": "pt", "next": reverse("login")})
    assert response.status_code == 302
    assert client.get(reverse("login"))["Content-Language"] == "pt"


def test_the_switcher_refuses_other_languages_and_other_sites(facilitator):
    client = Client()
    client.force_login(facilitator)
    response = client.post(reverse("set_language"), {"language": "xx", "next": "/"})
    assert response.status_code == 302
    facilitator.refresh_from_db()
    assert facilitator.language == ""
    response = client.post(
        reverse("set_language"), {"language": "es", "next": "https://elsewhere.example/"}
    )
    assert response["Location"] == "/"


def test_every_page_offers_the_switcher(facilitator):
    client = Client()
    for person in (None, facilitator, UserFactory(is_donor=True)):
        if person:
            client.force_login(person)
        body = client.get(reverse("login") if person is None else reverse("dashboard"), follow=True)
        text = body.content.decode()
        assert 'name="language"' in text and "Português" in text and "Français" in text


def test_dates_and_numbers_follow_the_language():
    import io
    import re

    from django.core.management import call_command

    from actionplans.models import PlanVersion
    from cdfacil.models import User

    call_command("seed_demo", stdout=io.StringIO())
    donor = User.objects.get(username="donor")
    version = PlanVersion.objects.get(status=PlanVersion.Status.ENDORSED)
    client = Client()
    client.force_login(donor)
    url = reverse("actionplans:donor_plan", args=[version.pk])
    english = client.get(url).content.decode()
    assert "150,000,000\xa0UGX" in english  # UGX has no minor unit
    client.post(reverse("set_language"), {"language": "fr", "next": url})
    french = client.get(url).content.decode()
    assert re.search(r"150\s000\s000\sUGX", french)  # French groups with (narrow) spaces
    client.post(reverse("set_language"), {"language": "es", "next": url})
    spanish = client.get(url).content.decode()
    assert re.search(r"150\s000\s000\sUGX", spanish)  # Spanish groups with spaces too
    event_page = reverse("events:detail", args=[version.plan.event_id])
    facilitator = User.objects.get(username="facilitator")
    client.force_login(facilitator)
    client.post(reverse("set_language"), {"language": "pt", "next": "/"})
    with translation.override("pt"):
        month = date_format(version.plan.event.day1, "F").lower()  # "agosto", "dezembro", ...
    assert month in client.get(event_page).content.decode().lower()


def test_the_switcher_goes_back_only_to_a_page_of_this_site(facilitator):
    client = Client()
    for next_url in ("nul\x00byte", "//elsewhere.example/x", "javascript:alert(1)", "x" * 5000):
        response = client.post(reverse("set_language"), {"language": "fr", "next": next_url})
        assert response.status_code == 302 and response["Location"] == "/", repr(next_url[:20])


def test_an_invitation_email_is_in_the_events_language(
    facilitator, event, civil_society_org, django_capture_on_commit_callbacks, mailoutbox
):
    from events.models import Participation
    from events.services.invitations import invitation_send

    event.language = "fr"
    event.save(update_fields=["language"])
    with django_capture_on_commit_callbacks(execute=True):
        invitation_send(
            event=event,
            by=facilitator,
            email="aminata@example.org",
            full_name="Aminata Diallo",
            organisation=civil_society_org,
            role=Participation.Role.STAKEHOLDER,
            base_url="https://cdfacil.test",
        )
    message = mailoutbox[-1]
    assert message.subject.startswith("Invitation")  # the same word in French
    assert "Aminata Diallo" in message.body and event.title in message.body  # typed as typed
    assert "partie prenante" in message.body.lower()  # the role, translated
    assert "you do not need a password" not in message.body
