"""The audit log: each security-relevant action leaves one entry, and entries never change.
Who reads them is in test_audit_log."""

import io
import json
from datetime import date
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.forms.models import model_to_dict
from django.test import Client
from django.urls import reverse

from actionplans.models import Action, PlanVersion, Pledge
from actionplans.services.donors import pledge_save
from actionplans.services.endorsement import endorsement_close, position_record
from actionplans.services.versions import plan_freeze, plan_version_publish
from builders.demo.content import FOLLOW_UP_TITLE
from builders.events import event_advance_to
from builders.factories import OrganisationFactory, UserFactory
from cdfacil import pdf
from cdfacil.models import AuditEntry, ExchangeRate, Organisation, ReportJob, User
from cdfacil.services import audit_record
from events.models import Event, Invitation, Participation
from events.services.invitations import invitation_token
from events.services.people import participation_add
from tests.actionplans.conftest import plan  # noqa: F401  (the fixture)
from tests.events.helpers import invite, url
from tests.helpers import client_for

pytestmark = pytest.mark.django_db

Audit = AuditEntry.Action
Role = Participation.Role


def only(action, **filters) -> AuditEntry:
    """The one entry of this action; fails when there is none or more than one."""
    entries = list(AuditEntry.objects.filter(action=action, **filters))
    assert len(entries) == 1, [entry.summary for entry in entries]
    return entries[0]


@pytest.fixture
def member(event, government_org, add_core_member):
    return add_core_member(
        event, government_org, is_lead=True, first_name="Sarah", last_name="Nakato"
    )


# --- Roles and invitations ----------------------------------------------------------------------


def test_adding_a_person_names_them_and_who_added_them(event, facilitator, government_org):
    person = UserFactory(organisation=government_org, first_name="Sarah", last_name="Nakato")
    participation_add(event=event, user=person, role=Role.CORE_GROUP, by=facilitator)
    entry = only(Audit.ROLE_CHANGED)
    assert entry.actor == facilitator and entry.actor_label == "Fatima Nakato"
    assert entry.event_id == event.pk
    assert entry.summary == "Sarah Nakato added as core-group member."
    assert entry.details == {"user": person.pk, "role": "core_group"}


def test_a_command_adding_a_person_records_no_actor(event, government_org):
    person = UserFactory(organisation=government_org, first_name="Sarah", last_name="Nakato")
    participation_add(event=event, user=person, role=Role.STAKEHOLDER)
    entry = only(Audit.ROLE_CHANGED)
    assert entry.actor is None and entry.actor_label == ""
    assert entry.summary == "Sarah Nakato added as stakeholder."


def test_role_change_and_removal_on_the_people_page(
    event, facilitator, government_org, member, add_core_member
):
    other = add_core_member(event, government_org, first_name="Henry", last_name="Okello")
    AuditEntry.objects.all().delete()  # the setup's own entries
    fclient = client_for(facilitator)

    fclient.post(
        url("participation_edit", event, other.pk), {"role": "core_group", "is_lead": "on"}
    )
    entry = only(Audit.ROLE_CHANGED)
    assert entry.actor == facilitator and entry.event_id == event.pk
    assert entry.summary == (
        "Henry Okello changed from core-group member to lead of the core group. "
        "Sarah Nakato is no longer the lead."
    )
    assert entry.details["previous_lead"] == member.user_id

    AuditEntry.objects.all().delete()
    fclient.post(url("participation_remove", event, member.pk))
    entry = only(Audit.ROLE_CHANGED)
    assert entry.actor == facilitator and entry.event_id == event.pk
    assert entry.summary == "Sarah Nakato removed from the event (was core-group member)."


def test_saving_a_role_unchanged_records_nothing(event, facilitator, member):
    AuditEntry.objects.all().delete()
    client_for(facilitator).post(
        url("participation_edit", event, member.pk), {"role": "core_group", "is_lead": "on"}
    )
    assert not AuditEntry.objects.filter(event_id=event.pk).exists()


def test_invitation_sent_accepted_and_withdrawn(
    event, facilitator, government_org, django_capture_on_commit_callbacks
):
    fclient = client_for(facilitator)
    with django_capture_on_commit_callbacks(execute=True):
        fclient.post(
            url("invite", event),
            {
                "email": "sarah@example.org",
                "full_name": "Sarah Nakato",
                "organisation": government_org.pk,
                "role": "core_group",
            },
        )
    sent = only(Audit.INVITATION_SENT)
    invitation = Invitation.objects.get()
    assert sent.actor == facilitator and sent.event_id == event.pk
    assert sent.summary == "Sarah Nakato (sarah@example.org) invited as core-group member."

    token = invitation_token(invitation)
    Client().post(reverse("events:invitation_accept", args=[token]))
    sarah = User.objects.get(email="sarah@example.org")
    accepted = only(Audit.INVITATION_ACCEPTED)
    assert accepted.actor == sarah and accepted.event_id == event.pk
    assert accepted.summary == (
        "Sarah Nakato accepted the invitation to take part as core-group member."
    )
    # Accepting gives the role: that is a role change of its own, by the person accepting.
    role = only(Audit.ROLE_CHANGED)
    assert role.actor == sarah and role.summary == "Sarah Nakato added as core-group member."
    # The link signed her in.
    assert only(Audit.LOGIN, actor=sarah).ip_address == "127.0.0.1"

    with django_capture_on_commit_callbacks(execute=True):
        again = invite(
            event, facilitator, government_org, email="henry@example.org", full_name="Henry Okello"
        )
    fclient.post(url("invitation_withdraw", event, again.pk))
    fclient.post(url("invitation_withdraw", event, again.pk))  # a second click
    withdrawn = only(Audit.INVITATION_WITHDRAWN)
    assert withdrawn.actor == facilitator and withdrawn.event_id == event.pk
    assert withdrawn.summary == "Invitation to Henry Okello (henry@example.org) withdrawn."


# --- The plan: freeze, positions, endorsement, publication, pledges -------------------------------


def test_plan_versions_positions_and_pledges(event, facilitator, government_org, member, plan):  # noqa: F811
    """One story on purpose: a version's life (freeze, positions, close, publish) in order."""
    fclient = client_for(facilitator)
    event_advance_to(event=event, phase=Event.Phase.CORE_GROUP_WORK)
    fclient.post(reverse("actionplans:plan_freeze", args=[event.pk]))
    version = PlanVersion.objects.get()
    event_advance_to(event=event, phase=Event.Phase.ENDORSEMENT)
    frozen = only(Audit.PLAN_FROZEN)
    assert frozen.actor == facilitator and frozen.event_id == event.pk
    assert frozen.summary == "Version 1 of the action plan frozen and opened for positions."
    assert frozen.details["fingerprint"] == version.fingerprint

    version_args = [event.pk, version.number]
    fclient.post(
        reverse("actionplans:version_position", args=version_args),
        {"organisation": government_org.pk, "stance": "endorse", "comment": ""},
    )
    position = only(Audit.POSITION_RECORDED)
    assert position.actor == facilitator and position.event_id == event.pk
    assert position.summary == (
        "Position of Ministry of Health (MoH) on version 1, recorded on its behalf: Endorse."
    )

    client_for(member.user).post(
        reverse("actionplans:version_position", args=version_args),
        {"stance": "reservations", "comment": "Costs are high."},
    )
    assert AuditEntry.objects.filter(action=Audit.POSITION_RECORDED).count() == 1  # refused

    fclient.post(reverse("actionplans:version_close", args=version_args))
    closed = only(Audit.ENDORSEMENT_CLOSED)
    assert closed.actor == facilitator and closed.event_id == event.pk
    assert closed.summary == "Endorsement of version 1 closed: the version is endorsed."

    fclient.post(reverse("actionplans:version_publish", args=version_args))
    fclient.post(reverse("actionplans:version_publish", args=version_args))  # already published
    published = only(Audit.PLAN_PUBLISHED)
    assert published.actor == facilitator and published.event_id == event.pk
    assert published.summary == "Version 1 of the action plan published to donors."

    donor = UserFactory(
        is_donor=True,
        first_name="Marie",
        last_name="Dupont",
        organisation=OrganisationFactory(
            name="Agence", acronym="AFD", kind=Organisation.Kind.DEVELOPMENT_PARTNER
        ),
    )
    action = Action.objects.get()
    dclient = client_for(donor)
    dclient.post(
        reverse("actionplans:pledge_create", args=[version.pk, action.pk]),
        {"amount": "25000", "currency": "usd", "status": "committed", "note": ""},
    )
    pledged = only(Audit.PLEDGE_SAVED)
    assert pledged.actor == donor and pledged.event_id == event.pk
    assert pledged.summary == (
        "Agence (AFD) pledged 25,000.00 USD to “Coach district planners” (Committed)."
    )
    dclient.post(
        reverse("actionplans:pledge_edit", args=[Pledge.objects.get().pk]),
        {"amount": "30000", "currency": "USD", "status": "committed", "note": ""},
    )
    changed = AuditEntry.objects.filter(action=Audit.PLEDGE_SAVED).first()
    assert changed.pk != pledged.pk and changed.actor == donor
    assert changed.summary == (
        "Pledge of Agence (AFD) to “Coach district planners” changed to 30,000.00 USD (Committed)."
    )


def test_the_demo_loader_leaves_its_steps_in_the_log_without_an_actor():
    call_command("seed_demo", stdout=io.StringIO())
    event = Event.objects.get(title=FOLLOW_UP_TITLE)
    entries = AuditEntry.objects.filter(event_id=event.pk)
    recorded = set(entries.values_list("action", flat=True))
    assert {
        Audit.ROLE_CHANGED,
        Audit.PLAN_FROZEN,
        Audit.POSITION_RECORDED,
        Audit.ENDORSEMENT_CLOSED,
        Audit.PLAN_PUBLISHED,
        Audit.PLEDGE_SAVED,
    } <= recorded
    assert not entries.filter(action=Audit.PLEDGE_SAVED, actor__isnull=False).exists()
    assert entries.filter(action=Audit.ROLE_CHANGED).count() == (
        event.participations.count() - 1  # the creator became facilitator with the event
    )


# --- Report downloads ---------------------------------------------------------------------------


def test_a_report_download_is_recorded_with_the_address(settings, tmp_path, event, facilitator):
    settings.MEDIA_ROOT = tmp_path
    (pdf.report_storage_dir() / "agenda-1.pdf").write_bytes(b"%PDF-1.7 test")
    job = ReportJob.objects.create(
        kind="agenda",
        subject_id=event.pk,
        language="en",
        status=ReportJob.Status.DONE,
        file_name="agenda-1.pdf",
    )
    outsider = UserFactory()
    assert client_for(outsider).get(reverse("report_download", args=[job.pk])).status_code == 404
    assert not AuditEntry.objects.filter(action=Audit.REPORT_DOWNLOADED).exists()

    client = Client(REMOTE_ADDR="198.51.100.4")
    client.force_login(facilitator)
    assert client.get(reverse("report_download", args=[job.pk])).status_code == 200
    entry = only(Audit.REPORT_DOWNLOADED)
    assert entry.actor == facilitator and entry.event_id == event.pk
    assert entry.summary == "Report “Agenda and run-sheet” downloaded (English)."
    assert entry.ip_address == "198.51.100.4"


# --- Sign-ins -----------------------------------------------------------------------------------


def test_a_failed_sign_in_records_the_typed_username_and_never_the_password(facilitator):
    secret = "not-the-password-7731"
    response = Client().post(reverse("login"), {"username": "Fatima", "password": secret})
    assert response.status_code == 200  # the form again, with its error
    entry = only(Audit.LOGIN_FAILED)
    assert entry.actor is None and entry.actor_label == "Fatima"
    assert entry.summary == "Failed sign-in as “Fatima”."
    assert entry.ip_address == "127.0.0.1"
    row = json.dumps(model_to_dict(entry), default=str)
    assert secret not in row and "password" not in row.lower()


def test_a_sign_in_records_the_address(facilitator):
    client = Client(REMOTE_ADDR="203.0.113.7")
    response = client.post(reverse("login"), {"username": "fatima", "password": "demo"})
    assert response.status_code == 302
    entry = only(Audit.LOGIN)
    assert entry.actor == facilitator and entry.event_id is None
    assert entry.summary == "Fatima Nakato signed in." and entry.ip_address == "203.0.113.7"


# --- Entries never change -----------------------------------------------------------------------


def test_an_entry_cannot_be_changed(event, facilitator):
    entry = audit_record(
        action=Audit.PLAN_FROZEN, summary="Version 1 frozen.", by=facilitator, event=event
    )
    entry.summary = "Nothing happened."
    with pytest.raises(ValueError, match="never changed"):
        entry.save()
    stored = AuditEntry.objects.get()
    with pytest.raises(ValueError):
        stored.save()
    assert AuditEntry.objects.get().summary == "Version 1 frozen."


def test_the_name_stays_when_the_account_goes(event, facilitator, government_org):
    person = UserFactory(organisation=government_org)
    entry = audit_record(
        action=Audit.PLAN_FROZEN, summary="Version 1 frozen.", by=person, event=event
    )
    label = person.display_name
    person.delete()
    entry = AuditEntry.objects.get(pk=entry.pk)
    assert entry.actor is None and entry.actor_label == label
    page = client_for(facilitator).get(url("audit", event)).content.decode()
    assert "(account since deleted)" in page


def test_a_pledge_entry_needs_no_view(event, plan, facilitator, member):  # noqa: F811
    """The service itself records: a pledge saved outside any view is in the log too."""
    event_advance_to(event=event, phase=Event.Phase.CORE_GROUP_WORK)
    version = plan_freeze(plan=plan, by=facilitator)
    event_advance_to(event=event, phase=Event.Phase.ENDORSEMENT)
    position_record(
        version=version,
        organisation=member.user.organisation,
        stance="endorse",
        comment="",
        by=member.user,
    )
    position = only(Audit.POSITION_RECORDED)
    assert position.actor == member.user
    assert position.summary == "Position of Ministry of Health (MoH) on version 1: Endorse."
    version = plan_version_publish(version=endorsement_close(version=version))
    donor = UserFactory(is_donor=True, organisation=OrganisationFactory(name="EU"))
    ExchangeRate.objects.create(
        from_currency="EUR", to_currency="USD", rate=Decimal("1.08"), valid_from=date(2026, 1, 1)
    )
    pledge_save(
        pledge=Pledge(
            action=Action.objects.get(),
            version=version,
            donor=donor,
            amount=Decimal("1000"),
            currency="EUR",
        )
    )
    entry = only(Audit.PLEDGE_SAVED)
    assert entry.actor is None and entry.event_id == plan.event_id
    assert entry.summary == "EU pledged 1,000.00 EUR to “Coach district planners” (Indicated)."
    assert (entry.details["counted_amount"], entry.details["rate"]) == ("1080.00", "1.08")
    assert only(Audit.ENDORSEMENT_CLOSED).actor is None
    assert only(Audit.PLAN_PUBLISHED).actor is None
