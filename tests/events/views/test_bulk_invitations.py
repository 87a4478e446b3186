"""Inviting many people at once from the People page: a list or a CSV file, its preview with
the errors of each line, and the send after confirmation."""

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from builders.factories import OrganisationFactory
from events.models import Invitation, Participation
from tests.events.helpers import invite, url

pytestmark = pytest.mark.django_db

Role = Participation.Role


def forty_lines(*, separator=",") -> str:
    """A sheet of 40 people with a header: 37 right, and three wrong ones (line 6: an address
    that is not one; line 19: an organisation nobody knows; line 33: the address of line 4)."""
    rows = [separator.join(["Name", "Email", "Organisation", "Role"])]
    for number in range(2, 42):
        role = "Core-group member" if number in (2, 3) else "Stakeholder"
        organisation = "Ministry of Health" if number % 2 else "UNHCO"
        email = f"person{number}@example.org"
        if number == 6:
            email = "person6-at-example.org"
        if number == 19:
            organisation = "Ministry of Magic"
        if number == 33:
            email = "PERSON4@example.org"
        rows.append(separator.join([f"Person {number}", email, organisation, role]))
    return "\n".join(rows) + "\n"


@pytest.fixture
def organisations(government_org, civil_society_org):
    return government_org, civil_society_org


def upload(text: str, *, bom=True, name="people.csv"):
    content = ("\ufeff" if bom else "") + text
    return SimpleUploadedFile(name, content.encode("utf-8"), content_type="text/csv")


def test_a_csv_of_40_lines_with_3_wrong_previews_3_errors_then_sends_37(
    fclient, event, organisations, django_capture_on_commit_callbacks
):
    preview = fclient.post(url("invite_many", event), {"file": upload(forty_lines())})

    assert preview.status_code == 200
    page = preview.content.decode()
    assert "40 lines read:" in page and "37 ready" in page and "3 with errors" in page
    assert page.count('class="list-group-item list-group-item-danger bulk-error"') == 3
    assert page.count("bulk-ready") == 37
    assert "Line 6" in page and "“person6-at-example.org” is not an email address." in page
    assert "Line 19" in page and "The organisation “Ministry of Magic” is unknown" in page
    assert "Line 33" in page and "The same email as line 4." in page
    assert "Send 37 invitations" in page
    # The file's text is in the box, to be corrected where it is.
    assert "Person 6,person6-at-example.org,UNHCO" in page
    assert not Invitation.objects.exists() and mail.outbox == []

    batch = preview.context["batch"]
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        done = fclient.post(url("invite_many_confirm", event), {"batch": batch})

    assert done.status_code == 302 and done.url.endswith(url("people", event) + "#invitations")
    assert Invitation.objects.filter(event=event).count() == 37
    assert len(callbacks) == 37 and len(mail.outbox) == 37
    assert Invitation.objects.filter(role=Role.CORE_GROUP).count() == 2
    people = fclient.get(url("people", event)).content.decode()
    assert "37 invitations were sent: their emails are queued." in people
    # Confirming again (a second click, a back button) sends nothing more.
    again = fclient.post(url("invite_many_confirm", event), {"batch": batch}, follow=True)
    assert "This list was already sent" in again.content.decode()
    assert Invitation.objects.count() == 37 and len(mail.outbox) == 37


def test_pasted_lines_with_semicolons_and_a_bom(fclient, event, organisations):
    text = "\ufeffAmina Okello;amina@example.org;MoH;core group\nBen Ouma;ben@example.org;UNHCO;\n"
    page = fclient.post(url("invite_many", event), {"text": text}).content.decode()
    assert "2 ready" in page and "with error" not in page
    assert "Core-group member" in page and "Stakeholder" in page


def test_a_known_person_and_a_waiting_invitation_are_said(
    fclient, event, organisations, facilitator, stakeholder
):
    invite(event, facilitator, organisations[0], email="waiting@example.org")
    text = (
        f"Stella,{stakeholder.email},UNHCO,Stakeholder\n"
        "Wanda,waiting@example.org,UNHCO,Stakeholder\n"
        "Zed,zed@example.org,UNHCO,Chief\n"
        ",nobody@example.org,,\n"
    )
    page = fclient.post(url("invite_many", event), {"text": text}).content.decode()
    assert "0 ready" in page and "4 with errors" in page
    assert "already takes part in the event" in page
    assert "waiting@example.org already has an invitation waiting" in page
    assert "“Chief” is not a role" in page
    assert "The name is missing." in page and "The organisation is missing." in page
    assert "No line is ready to invite" in page and "invite_many_confirm" not in page


def test_organisations_are_matched_in_the_events_country_and_internationally(
    fclient, event, organisations
):
    OrganisationFactory(name="World Health Organization", acronym="WHO", country="ZZ")
    OrganisationFactory(name="Ministry of Roads", country="KE")
    text = "A,a@example.org,who,\nB,b@example.org,Ministry of Roads,\n"
    page = fclient.post(url("invite_many", event), {"text": text}).content.decode()
    assert "1 ready" in page and "World Health Organization (WHO)" in page
    assert "The organisation “Ministry of Roads” is unknown in Uganda" in page


def test_an_organisation_written_with_its_accents_is_found_after_one_written_without(
    fclient, event
):
    OrganisationFactory(name="Ministère de la Santé", country="UG")
    text = "A,a@example.org,Ministere de la Sante,\nB,b@example.org,Ministère de la Santé,\n"
    page = fclient.post(url("invite_many", event), {"text": text}).content.decode()
    assert "1 ready" in page
    assert "The organisation “Ministere de la Sante” is unknown in Uganda" in page


def test_too_many_lines_are_refused_with_a_clear_message(fclient, event, organisations):
    text = "".join(f"P{n},p{n}@example.org,MoH,\n" for n in range(201))
    response = fclient.post(url("invite_many", event), {"text": text})
    page = response.content.decode()
    assert response.status_code == 200
    assert "The list has 201 people; at most 200 can be invited at once." in page
    assert "p200@example.org" in page  # what was pasted stays in the box


def test_a_file_that_is_not_text_is_refused(fclient, event):
    binary = SimpleUploadedFile("sheet.xlsx", b"PK\x03\x04\x00\x00binary")
    page = fclient.post(url("invite_many", event), {"file": binary}).content.decode()
    assert "This file is not a text or CSV file. Save the sheet as CSV." in page


def test_a_windows_1252_file_is_read(fclient, event, organisations):
    content = "Zoé Nakato,zoe@example.org,MoH,\n".encode("cp1252")
    page = fclient.post(
        url("invite_many", event), {"file": SimpleUploadedFile("p.csv", content)}
    ).content.decode()
    assert "Zoé Nakato" in page and "1 ready" in page


def test_the_send_checks_again_and_leaves_out_who_was_invited_meanwhile(
    fclient, event, organisations, facilitator
):
    text = "A,a@example.org,MoH,\nB,b@example.org,MoH,\n"
    batch = fclient.post(url("invite_many", event), {"text": text}).context["batch"]
    invite(event, facilitator, organisations[0], email="b@example.org", full_name="B")
    page = fclient.post(
        url("invite_many_confirm", event), {"batch": batch}, follow=True
    ).content.decode()
    assert "1 invitation was sent: its email is queued." in page
    assert "Line 2 (b@example.org) was not sent" in page
    assert Invitation.objects.filter(email="b@example.org").count() == 1


def test_the_send_trusts_only_the_checked_lines_kept_on_the_server(fclient, event, organisations):
    page = fclient.post(url("invite_many", event), {"text": "A,a@example.org,MoH,\n"})
    # A forged post carries lines of its own: only the session's checked lines count.
    fclient.post(
        url("invite_many_confirm", event),
        {"batch": page.context["batch"], "lines": "Eve,eve@example.org,MoH,facilitator"},
    )
    assert list(Invitation.objects.values_list("email", flat=True)) == ["a@example.org"]
    # Without the batch of a preview, nothing is sent.
    fclient.post(url("invite_many", event), {"text": "C,c@example.org,MoH,\n"})
    fclient.post(url("invite_many_confirm", event), {"batch": "forged"})
    assert not Invitation.objects.filter(email="c@example.org").exists()


def test_a_third_development_partner_in_the_list_is_an_error(
    fclient, event, partner_org, add_core_member
):
    add_core_member(event, partner_org)
    text = "A,a@example.org,GIZ,core group\nB,b@example.org,GIZ,core group\n"
    page = fclient.post(url("invite_many", event), {"text": text}).content.decode()
    assert "1 ready" in page
    assert "the core group would have more than 2 members from development partners" in page


def test_sending_a_list_costs_the_same_queries_for_each_person(
    fclient, make_event, organisations, django_capture_on_commit_callbacks
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    costs = []
    for size in (2, 4, 6):
        event = make_event(title=f"Event of {size}")
        text = "".join(f"P{n},p{n}.{size}@example.org,MoH,\n" for n in range(size))
        batch = fclient.post(url("invite_many", event), {"text": text}).context["batch"]
        with CaptureQueriesContext(connection) as queries:
            fclient.post(url("invite_many_confirm", event), {"batch": batch})
        costs.append(len(queries))
    assert costs[2] - costs[1] == costs[1] - costs[0] <= 2 * 15


def test_roles_are_read_in_english_and_in_the_page_language(fclient, event, organisations):
    from django.utils import translation

    from events.services.bulk_invitations import role_of

    with translation.override("fr"):
        assert role_of("Membre du groupe restreint") == Role.CORE_GROUP
        assert role_of("partie prenante") == Role.STAKEHOLDER
        assert role_of("Core-group member") == Role.CORE_GROUP
        assert role_of("FACILITATOR") == Role.FACILITATOR
        assert role_of("") == Role.STAKEHOLDER
        assert role_of("Chief") is None
