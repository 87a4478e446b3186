"""Organisations' logos: what is kept, who may change a logo (its organisation's people, and
administrators), and the PDF fetcher that reads logos and nothing else under the media folder.
The checks of the files themselves are in test_logo_checks."""

import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from weasyprint.urls import FatalURLFetchingError

from builders.factories import ParticipationFactory, UserFactory
from cdfacil import pdf
from cdfacil.models import AuditEntry, Organisation
from events.models import Participation
from tests.cdfacil import logo_helpers
from tests.cdfacil.logo_helpers import SVG, account_upload, png, upload

pytestmark = pytest.mark.django_db
# The shared fixtures, registered in this module under their names.
_media, lead, mclient, own = (
    logo_helpers._media,
    logo_helpers.lead,
    logo_helpers.mclient,
    logo_helpers.own,
)


def test_the_page_lists_the_lead_ministry_and_the_facilitators_organisation(
    fclient, event, lead, facilitator
):
    page = fclient.get(reverse("events:logos", args=[event.pk])).content.decode()
    assert "Ministry of Health (MoH)" in page
    assert "Lead ministry, named as the owner of the plan" in page
    assert "Facilitation team" in page
    # The facilitator changes their own organisation's logo only; the ministry's people theirs.
    assert page.count('type="file"') == 1
    assert (
        "People of Ministry of Health (MoH) can add it from their account: "
        "Your organisation&#x27;s logo." in page
    )


def test_a_png_is_kept_under_a_random_name_in_the_logos_folder(fclient, event, own, settings):
    page = upload(fclient, event, own, "team.png", png()).content.decode()
    assert "The logo of Facilitation team was saved." in page
    own.refresh_from_db()
    folder, name = own.logo.name.split("/")
    assert folder == "logos" and name.endswith(".png") and "team" not in name
    assert (settings.MEDIA_ROOT / "logos" / name).read_bytes() == png()
    assert "data:image/png;base64," in page  # the preview
    assert AuditEntry.objects.filter(action=AuditEntry.Action.LOGO_CHANGED).exists()


def test_a_png_named_svg_is_stored_as_a_png(fclient, event, own):
    upload(fclient, event, own, "team.svg", png())
    own.refresh_from_db()
    assert own.logo.name.endswith(".png")


def test_a_new_logo_replaces_the_old_file_and_removing_deletes_it(
    mclient, lead, settings, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        account_upload(mclient, lead, "a.png", png())
    lead.refresh_from_db()
    first = settings.MEDIA_ROOT / lead.logo.name
    with django_capture_on_commit_callbacks(execute=True):
        account_upload(mclient, lead, "b.svg", SVG.format('<rect width="5" height="5"/>').encode())
    lead.refresh_from_db()
    assert lead.logo.name.endswith(".svg") and not first.exists()
    second = settings.MEDIA_ROOT / lead.logo.name
    with django_capture_on_commit_callbacks(execute=True):
        mclient.post(reverse("organisation_logo"), {"organisation": lead.pk, "remove": "on"})
    lead.refresh_from_db()
    assert not lead.logo and not second.exists()


def test_only_the_covers_organisations_may_be_given_a_logo(fclient, event, lead, partner_org):
    response = upload(fclient, event, partner_org, "logo.png", png())
    assert response.status_code == 404
    partner_org.refresh_from_db()
    assert not partner_org.logo


def test_a_member_of_the_core_group_may_not_change_logos(client, event, core_group, lead):
    client.force_login(core_group[1].user)
    assert upload(client, event, lead, "logo.png", png()).status_code == 403


# --- The PDF's fetcher --------------------------------------------------------------------------


def test_the_fetcher_serves_a_logo_as_an_image(settings):
    folder = settings.MEDIA_ROOT / "logos"
    folder.mkdir(parents=True)
    (folder / "abc.png").write_bytes(png())
    response = pdf.StaticOnlyFetcher().fetch((folder / "abc.png").as_uri())
    assert response.headers["Content-Type"] == "image/png"


@pytest.mark.parametrize(
    "path",
    [
        "logos/../secret.png",  # out of the logos folder
        "logos/%2e%2e/secret.png",  # the same, encoded
        "logos/link.png",  # a link to a file outside
        "logos/notes.txt",  # not an image
        "secret.png",  # media, but not a logo
        "reports/report.pdf",  # a report's file
    ],
)
def test_the_fetcher_refuses_anything_else_under_media(settings, path):
    media = settings.MEDIA_ROOT
    (media / "logos").mkdir(parents=True)
    (media / "reports").mkdir()
    (media / "secret.png").write_bytes(png())
    (media / "reports" / "report.pdf").write_bytes(b"%PDF-1.7")
    (media / "logos" / "notes.txt").write_text("notes")
    os.symlink(media / "secret.png", media / "logos" / "link.png")
    with pytest.raises(FatalURLFetchingError):
        pdf.StaticOnlyFetcher().fetch(f"file://{media}/{path}")


def test_the_admin_refuses_a_bad_logo_with_its_reason(client, lead):
    from cdfacil.models import User

    admin = User.objects.create_superuser("root", "root@example.org", "x-long-password-1")
    client.force_login(admin)
    response = client.post(
        reverse("admin:cdfacil_organisation_change", args=[lead.pk]),
        {
            "name": lead.name,
            "acronym": lead.acronym,
            "kind": lead.kind,
            "country": lead.country.code,
            "logo": SimpleUploadedFile("x.svg", SVG.format("<script/>").encode()),
        },
    )
    assert "may not contain scripts" in response.content.decode()
    assert not Organisation.objects.get(pk=lead.pk).logo


def test_the_admin_replaces_a_logo_and_deletes_the_old_file(
    client, lead, settings, django_capture_on_commit_callbacks
):
    from cdfacil.models import User

    client.force_login(User.objects.create_superuser("root", "root@example.org", "x-pass-9"))
    url = reverse("admin:cdfacil_organisation_change", args=[lead.pk])
    fields = {"name": lead.name, "acronym": lead.acronym, "kind": lead.kind}
    fields["country"] = lead.country.code
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {**fields, "logo": SimpleUploadedFile("a.png", png())})
    lead.refresh_from_db()
    first = settings.MEDIA_ROOT / lead.logo.name
    assert first.is_file() and lead.logo.name.startswith("logos/")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {**fields, "logo-clear": "on"})
    lead.refresh_from_db()
    assert not lead.logo and not first.exists()
    assert AuditEntry.objects.filter(action=AuditEntry.Action.LOGO_CHANGED).count() == 2


# --- Who may change a logo ----------------------------------------------------------------------


def test_a_facilitator_may_not_change_another_organisations_logo(fclient, event, lead):
    """A shared organisation's logo prints on every event it leads: not one event's to change."""
    assert upload(fclient, event, lead, "logo.png", png()).status_code == 403
    lead.refresh_from_db()
    assert not lead.logo


def test_a_person_changes_their_organisations_logo_from_their_account(mclient, lead):
    page = mclient.get(reverse("organisation_logo")).content.decode()
    assert '<h1 class="h3">Your organisation\'s logo</h1>' in page
    assert (
        "The logo of Ministry of Health (MoH) is printed on the covers of every event's "
        "reports where Ministry of Health (MoH) is the lead ministry or a facilitator's "
        "organisation." in page
    )
    assert reverse("organisation_logo") in page  # in the personal menu
    account_upload(mclient, lead, "ministry.png", png())
    lead.refresh_from_db()
    assert lead.logo.name.endswith(".png")
    entry = AuditEntry.objects.get(action=AuditEntry.Action.LOGO_CHANGED)
    assert entry.event_id is None and entry.summary == "Logo of Ministry of Health (MoH) changed"


def test_no_one_posts_for_another_organisation_from_their_account(mclient, partner_org):
    assert account_upload(mclient, partner_org, "logo.png", png()).status_code == 404
    partner_org.refresh_from_db()
    assert not partner_org.logo


def test_a_stakeholder_who_registered_as_its_staff_may_not_change_its_logo(client, event, lead):
    """Attending a workshop as the ministry's staff is not speaking for the ministry: only its
    people who run an event or sit in a core group change the logo on every event's covers."""
    visitor = UserFactory(organisation=lead, first_name="Zebulon")
    ParticipationFactory(event=event, user=visitor, role=Participation.Role.STAKEHOLDER)
    client.force_login(visitor)
    page = client.get(reverse("organisation_logo")).content.decode()
    assert "Only people of Ministry of Health (MoH) who run an event or sit in a core group" in page
    assert 'type="file"' not in page
    assert account_upload(client, lead, "logo.png", png()).status_code == 403
    lead.refresh_from_db()
    assert not lead.logo


def test_the_account_page_asks_to_sign_in(client):
    response = client.get(reverse("organisation_logo"))
    assert response.status_code == 302 and reverse("login") in response["Location"]


def test_an_administrator_without_organisation_is_sent_to_the_admin(client, lead):
    from cdfacil.models import User

    client.force_login(User.objects.create_superuser("root", "root@example.org", "x-pass-9"))
    page = client.get(reverse("organisation_logo")).content.decode()
    assert "Administrators change organisations' logos in the administration." in page
    assert account_upload(client, lead, "logo.png", png()).status_code == 404
