"""The event pages as a browser uses them: status codes, messages on the page, what is saved."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from cdfacil.models import Organisation
from events import services
from events.models import (
    ChecklistItem,
    Event,
    Invitation,
    Participation,
    RegistrationRequest,
    Session,
)
from tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db

Role = Participation.Role


def url(name, event, *args):
    return reverse(f"events:{name}", args=[event.pk, *args])


@pytest.fixture
def fclient(client, facilitator):
    client.force_login(facilitator)
    return client


@pytest.fixture
def stakeholder(event, civil_society_org):
    user = UserFactory(organisation=civil_society_org, first_name="Stella")
    services.participation_add(event=event, user=user, role=Role.STAKEHOLDER)
    return user


def event_page_urls(event):
    session = event.sessions.first()
    item = event.checklist_items.first()
    participation = event.participations.first()
    return [
        url("detail", event),
        url("edit", event),
        url("agenda", event),
        url("run_sheet", event),
        url("session_create", event),
        url("session_edit", event, session.pk),
        url("session_delete", event, session.pk),
        url("attendance", event, session.pk),
        url("checklist", event),
        url("checklist_item_create", event),
        url("checklist_item_edit", event, item.pk),
        url("checklist_item_delete", event, item.pk),
        url("people", event),
        url("invite", event),
        url("participation_edit", event, participation.pk),
        url("participation_remove", event, participation.pk),
        url("registration_settings", event),
        url("budget", event),
        url("budget_line_create", event),
    ]


# --- Who sees what ----------------------------------------------------------------------------


def test_outsider_gets_404_on_every_event_page(client, event, outsider):
    client.force_login(outsider)
    for page in event_page_urls(event):
        assert client.get(page).status_code == 404, page
    assert event.title not in client.get(reverse("dashboard")).content.decode()


def test_anonymous_is_sent_to_login(client, event):
    for page in event_page_urls(event):
        response = client.get(page)
        assert response.status_code == 302, page
        assert response["Location"].startswith(reverse("login"))


def test_stakeholder_sees_overview_and_agenda_but_not_management(client, event, stakeholder):
    client.force_login(stakeholder)
    assert client.get(url("detail", event)).status_code == 200
    agenda = client.get(url("agenda", event))
    assert agenda.status_code == 200
    assert "Add a session" not in agenda.content.decode()
    for name in ("people", "checklist", "budget", "run_sheet", "edit"):
        assert client.get(url(name, event)).status_code == 403, name


def test_object_of_another_event_is_404_in_own_event_url(fclient, event, make_event):
    other = make_event(title="Another event")
    foreign_session = other.sessions.first()
    assert fclient.get(url("session_edit", event, foreign_session.pk)).status_code == 404


def test_state_changing_urls_refuse_get(fclient, event):
    session = event.sessions.first()
    item = event.checklist_items.first()
    for page in (
        url("phase_advance", event),
        url("session_move", event, session.pk),
        url("checklist_item_status", event, item.pk),
    ):
        assert fclient.get(page).status_code == 405, page
    assert Event.objects.get(pk=event.pk).phase == Event.Phase.PREPARATION


def test_dashboard_lists_own_events_with_core_group_status(fclient, event, core_group):
    page = fclient.get(reverse("dashboard")).content.decode()
    assert event.title in page
    assert "4 members" in page
    assert "led by Grace" in page


def test_dashboard_empty_state(client, outsider):
    client.force_login(outsider)
    assert (
        "You do not take part in any event yet."
        in client.get(reverse("dashboard")).content.decode()
    )


# --- Creating and editing the event -----------------------------------------------------------


def test_create_event_needs_the_permission(client, outsider):
    client.force_login(outsider)
    assert client.get(reverse("events:create")).status_code == 403


def test_create_event_generates_agenda_and_checklist(client, outsider):
    from django.contrib.auth.models import Permission

    outsider.user_permissions.add(Permission.objects.get(codename="add_event"))
    client.force_login(outsider)
    response = client.post(
        reverse("events:create"),
        {
            "title": "Education sector",
            "sector": "education",
            "country": "KE",
            "language": "en",
            "time_zone": "Africa/Nairobi",
            "venue": "Nairobi",
            "day1": "2027-03-01",
        },
    )
    event = Event.objects.get(title="Education sector")
    assert response.status_code == 302
    assert response["Location"] == event.get_absolute_url()
    assert event.sessions.filter(day=1).exists() and event.sessions.filter(day=5).exists()
    assert event.checklist_items.count() >= 8
    assert event.participations.get(user=outsider).role == Role.FACILITATOR


def test_moving_day1_moves_checklist_dates(fclient, event):
    before = dict(event.checklist_items.values_list("pk", "due_date"))
    new_day1 = event.day1 + datetime.timedelta(days=7)
    response = fclient.post(
        url("edit", event),
        {
            "title": event.title,
            "sector": event.sector,
            "country": event.country.code,
            "language": event.language,
            "time_zone": event.time_zone,
            "venue": event.venue,
            "day1": new_day1.isoformat(),
        },
    )
    assert response.status_code == 302
    after = dict(event.checklist_items.values_list("pk", "due_date"))
    assert all(after[pk] == before[pk] + datetime.timedelta(days=7) for pk in before)


def test_overdue_tasks_stand_out(fclient, event):
    item = event.checklist_items.order_by("due_date").first()
    item.due_date = timezone.localdate() - datetime.timedelta(days=2)
    item.save()
    detail = fclient.get(url("detail", event)).content.decode()
    assert "1 task is overdue." in detail
    dashboard = fclient.get(reverse("dashboard")).content.decode()
    assert "1 preparation task overdue" in dashboard


def test_checklist_status_by_htmx_returns_the_row(fclient, event):
    item = event.checklist_items.first()
    response = fclient.post(
        url("checklist_item_status", event, item.pk), {"status": "done"}, HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 200
    assert f'id="item-{item.pk}"' in response.content.decode()
    assert "<html" not in response.content.decode()
    item.refresh_from_db()
    assert item.status == ChecklistItem.Status.DONE and item.completed_at is not None


# --- Agenda ----------------------------------------------------------------------------------


def session_data(session, **changes):
    data = {
        "day": session.day,
        "start_time": session.start_time.strftime("%H:%M"),
        "duration_minutes": session.duration_minutes,
        "title": session.title,
        "kind": session.kind,
        "audience": session.audience,
        "method": session.method,
        "objectives": session.objectives,
        "materials": session.materials,
        "facilitator_notes": session.facilitator_notes,
    }
    data.update(changes)
    return data


def test_longer_session_moves_the_rest_of_the_day(fclient, event):
    first, *rest = list(event.sessions.filter(day=2).order_by("start_time"))
    starts = [s.start_time for s in rest]
    response = fclient.post(
        url("session_edit", event, first.pk),
        session_data(first, duration_minutes=first.duration_minutes + 20),
    )
    assert response.status_code == 302
    moved = list(event.sessions.filter(day=2).order_by("start_time"))[1:]
    assert [
        (datetime.datetime.combine(event.day1, s) + datetime.timedelta(minutes=20)).time()
        for s in starts
    ] == [s.start_time for s in moved]
    agenda = fclient.get(url("agenda", event)).content.decode()
    assert moved[0].start_time.strftime("%H:%M") in agenda


def test_session_past_midnight_is_refused_on_the_page(fclient, event):
    last = event.sessions.filter(day=1).order_by("start_time").last()
    response = fclient.post(
        url("session_edit", event, last.pk),
        session_data(last, start_time="23:30", duration_minutes=90),
    )
    assert response.status_code == 200
    assert "after midnight" in response.content.decode()
    last.refresh_from_db()
    assert last.start_time == datetime.time(11, 0)


def test_move_session_by_htmx_returns_the_day(fclient, event):
    second = list(event.sessions.filter(day=1).order_by("start_time"))[1]
    response = fclient.post(
        url("session_move", event, second.pk), {"direction": "up"}, HTTP_HX_REQUEST="true"
    )
    body = response.content.decode()
    assert response.status_code == 200 and 'id="day-1"' in body and "<html" not in body
    first_now = event.sessions.filter(day=1).order_by("start_time").first()
    assert first_now.pk == second.pk and first_now.start_time == datetime.time(9, 0)


def test_run_sheet_shows_facilitator_notes(fclient, event):
    session = event.sessions.first()
    session.facilitator_notes = "Bring the flip charts early"
    session.save()
    assert "Bring the flip charts early" in fclient.get(url("run_sheet", event)).content.decode()


def test_agenda_times_are_local_to_the_event(fclient, event):
    session = event.sessions.get(day=1, start_time=datetime.time(9, 0))
    assert session.starts_at.utcoffset() == datetime.timedelta(hours=3)
    assert "Africa/Kampala" in fclient.get(url("agenda", event)).content.decode()


# --- People and the core group ----------------------------------------------------------------


def test_lead_from_civil_society_is_refused_on_the_page(fclient, event, civil_society_org):
    user = UserFactory(organisation=civil_society_org)
    participation = services.participation_add(event=event, user=user, role=Role.CORE_GROUP)
    response = fclient.post(
        url("participation_edit", event, participation.pk), {"role": "core_group", "is_lead": "on"}
    )
    assert response.status_code == 200
    assert "must belong to a government organisation" in response.content.decode()
    participation.refresh_from_db()
    assert participation.is_lead is False


def test_third_development_partner_is_refused_on_the_page(
    fclient, event, partner_org, add_core_member
):
    add_core_member(event, partner_org)
    add_core_member(event, partner_org)
    response = fclient.post(
        url("invite", event),
        {
            "full_name": "Third Partner",
            "email": "third@example.org",
            "organisation": partner_org.pk,
            "role": "core_group",
        },
    )
    assert response.status_code == 200
    assert "At most 2 may come from development partners" in response.content.decode()
    assert not Invitation.objects.filter(email="third@example.org").exists()


def test_core_group_size_warning_shown(fclient, event, government_org, add_core_member):
    add_core_member(event, government_org, is_lead=True)
    page = fclient.get(url("people", event)).content.decode()
    assert "The core group has 1 members; the process works best with 4 to 6." in page


def test_removing_the_last_facilitator_is_refused(fclient, event, facilitator):
    participation = event.participations.get(user=facilitator)
    response = fclient.post(url("participation_remove", event, participation.pk), follow=True)
    assert "needs at least one facilitator" in response.content.decode()
    assert event.participations.filter(user=facilitator).exists()


# --- Invitation links ------------------------------------------------------------------------


@pytest.fixture
def invitation(event, facilitator, government_org, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return services.invitation_send(
            event=event,
            invited_by=facilitator,
            email="new.member@example.org",
            full_name="New Member",
            organisation=government_org,
            role=Role.CORE_GROUP,
            base_url="http://testserver",
        )


def link_path(invitation):
    return reverse("events:invitation_accept", args=[services.invitation_token(invitation)])


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
    token = services.invitation_token(invitation)
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


# --- Public registration ---------------------------------------------------------------------


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


def test_registration_without_organisation_shows_field_error(client, event):
    open_registration(event)
    response = client.post(
        reverse("events:register", args=[event.public_id]),
        registration_data(organisation_name="", organisation_kind=""),
    )
    assert response.status_code == 200
    assert "Choose your organisation" in response.content.decode()


# --- Phases ----------------------------------------------------------------------------------


def test_kick_off_refused_without_government_lead(fclient, event):
    response = fclient.post(url("phase_advance", event), {"phase": "kick_off"}, follow=True)
    assert "The core group has no lead" in response.content.decode()
    assert Event.objects.get(pk=event.pk).phase == Event.Phase.PREPARATION


def test_kick_off_starts_with_government_lead(fclient, event, core_group):
    detail = fclient.get(url("detail", event)).content.decode()
    assert "Start the Kick-off phase" in detail
    response = fclient.post(url("phase_advance", event), {"phase": "kick_off"}, follow=True)
    assert "The event is now in the Kick-off phase." in response.content.decode()
    assert Event.objects.get(pk=event.pk).phase == Event.Phase.KICK_OFF


def test_skipping_a_phase_is_refused(fclient, event, core_group):
    response = fclient.post(url("phase_advance", event), {"phase": "endorsement"}, follow=True)
    assert "the next phase is Kick-off" in response.content.decode()
    assert Event.objects.get(pk=event.pk).phase == Event.Phase.PREPARATION


# --- Attendance and funding ------------------------------------------------------------------


def test_attendance_is_recorded(fclient, event, core_group):
    session = event.sessions.first()
    present = [core_group[0].pk, core_group[1].pk]
    response = fclient.post(url("attendance", event, session.pk), {"present": present}, follow=True)
    assert "Attendance saved: 2 of 5 present." in response.content.decode()
    assert set(
        session.attendances.filter(present=True).values_list("participation", flat=True)
    ) == set(present)


def test_budget_totals_per_source_and_currency(fclient, event):
    funder = OrganisationFactory(kind=Organisation.Kind.DEVELOPMENT_PARTNER)
    for amount, currency, source in (
        ("1000", "usd", "basket_fund"),
        ("500.50", "USD", "basket_fund"),
        ("2000000", "UGX", "country_partner"),
    ):
        response = fclient.post(
            url("budget_line_create", event),
            {
                "category": "travel",
                "description": "",
                "funder": funder.pk,
                "source": source,
                "amount": amount,
                "currency": currency,
            },
        )
        assert response.status_code == 302
    page = fclient.get(url("budget", event)).content.decode()
    assert "1,500.50 USD" in page
    assert "2,000,000.00 UGX" in page


# --- Bad input -------------------------------------------------------------------------------

HOSTILE = {
    "": "",
    "long": "x" * 5000,
    "nul": "a\x00b",
    "negative": "-5",
    "huge": "9" * 30,
    "date": "2024-13-45",
    "id": "999999999",
}


def test_bad_input_on_every_form_gives_field_errors_not_server_errors(fclient, event, core_group):
    session = event.sessions.first()
    item = event.checklist_items.first()
    participation = core_group[1]
    forms = {
        reverse("events:create"): [
            "title",
            "sector",
            "country",
            "language",
            "time_zone",
            "venue",
            "day1",
        ],
        url("edit", event): [
            "title",
            "sector",
            "country",
            "language",
            "time_zone",
            "venue",
            "day1",
        ],
        url("session_create", event): ["day", "start_time", "duration_minutes", "title", "kind"],
        url("session_edit", event, session.pk): ["day", "start_time", "duration_minutes", "title"],
        url("checklist_item_create", event): ["title", "due_date", "owner", "status"],
        url("checklist_item_edit", event, item.pk): ["title", "due_date", "owner", "status"],
        url("invite", event): ["full_name", "email", "organisation", "role"],
        url("participation_edit", event, participation.pk): ["role", "is_lead"],
        url("registration_settings", event): [
            "registration_open",
            "registration_deadline",
            "registration_capacity",
        ],
        url("budget_line_create", event): ["category", "funder", "source", "amount", "currency"],
        url("attendance", event, session.pk): ["present"],
    }
    # Every field of these two may be left empty.
    optional_forms = {url("registration_settings", event), url("attendance", event, session.pk)}
    from django.contrib.auth.models import Permission

    event.created_by.user_permissions.add(Permission.objects.get(codename="add_event"))
    title_before = Event.objects.get(pk=event.pk).title
    session_before = Session.objects.get(pk=session.pk).duration_minutes
    for path, fields in forms.items():
        for label, value in HOSTILE.items():
            response = fclient.post(path, {field: value for field in fields})
            assert response.status_code in (200, 302), (path, label, response.status_code)
            everything_optional = path in optional_forms and label == ""
            if label in ("", "nul", "date", "huge", "long") and not everything_optional:
                assert response.status_code == 200, (path, label)
    assert Event.objects.get(pk=event.pk).title == title_before
    assert Session.objects.get(pk=session.pk).duration_minutes == session_before


# --- Edges found in review -------------------------------------------------------------------


def test_removing_an_owner_frees_their_tasks_and_status_still_changes(fclient, event, core_group):
    member = core_group[1]
    item = event.checklist_items.first()
    item.owner = member.user
    item.save()
    fclient.post(url("participation_remove", event, member.pk))
    item.refresh_from_db()
    assert item.owner is None
    response = fclient.post(url("checklist_item_status", event, item.pk), {"status": "done"})
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.status == ChecklistItem.Status.DONE


def test_invitation_for_an_account_with_a_password_needs_sign_in(
    client, event, facilitator, government_org, django_capture_on_commit_callbacks
):
    existing = UserFactory(email="Known.Person@example.org", organisation=government_org)
    with django_capture_on_commit_callbacks(execute=True):
        invitation = services.invitation_send(
            event=event,
            invited_by=facilitator,
            email="known.person@example.org",
            full_name="Known Person",
            organisation=government_org,
            role=Role.STAKEHOLDER,
            base_url="http://testserver",
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


def test_unknown_move_direction_changes_nothing(fclient, event):
    before = list(event.sessions.filter(day=1).values_list("pk", "start_time"))
    session = event.sessions.filter(day=1).first()
    fclient.post(url("session_move", event, session.pk), {"direction": "sideways"})
    assert list(event.sessions.filter(day=1).values_list("pk", "start_time")) == before


def test_stakeholder_as_lead_gets_a_readable_message(fclient, event, stakeholder):
    participation = event.participations.get(user=stakeholder)
    response = fclient.post(
        url("participation_edit", event, participation.pk), {"role": "stakeholder", "is_lead": "on"}
    )
    assert "Only a core-group member can be the lead." in response.content.decode()
    assert "Constraint" not in response.content.decode()


def test_stakeholders_do_not_see_the_core_group_panel(client, event, stakeholder, core_group):
    client.force_login(stakeholder)
    page = client.get(url("detail", event)).content.decode()
    assert "Manage people" not in page and "lead</span>" not in page


def test_registration_deadline_shows_in_the_event_time_zone(fclient, event):
    response = fclient.post(
        url("registration_settings", event),
        {"registration_open": "on", "registration_deadline": "2099-05-01T17:00"},
    )
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.registration_deadline.astimezone(datetime.UTC).hour == 14  # Kampala is UTC+3
    assert "Deadline: 1 May 2099 17:00" in fclient.get(url("people", event)).content.decode()


# --- Edges found in the browser walk-through ---------------------------------------------------


def event_form_data(event, **changes):
    data = {
        "title": event.title,
        "sector": event.sector,
        "country": event.country.code,
        "language": event.language,
        "time_zone": event.time_zone,
        "venue": event.venue,
        "day1": event.day1.isoformat(),
    }
    data.update(changes)
    return data


def test_absurd_day1_is_refused_on_the_form(fclient, event):
    response = fclient.post(url("edit", event), event_form_data(event, day1="9999-12-31"))
    assert response.status_code == 200
    assert "Ensure this value is less than or equal to" in response.content.decode()
    assert Event.objects.get(pk=event.pk).day1 == event.day1


def test_checklist_date_far_from_day1_is_refused(fclient, event):
    response = fclient.post(
        url("checklist_item_create", event),
        {"title": "Odd", "due_date": "2099-01-01", "owner": "", "status": "todo"},
    )
    assert response.status_code == 200
    assert "within a year of day 1" in response.content.decode()
    assert not event.checklist_items.filter(title="Odd").exists()


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


def test_overlapping_session_is_saved_with_a_warning(fclient, event):
    first = event.sessions.get(day=1, start_time=datetime.time(9, 0))
    response = fclient.post(
        url("session_create", event),
        session_data(first, title="Overlap test", start_time="09:10", duration_minutes=10),
        follow=True,
    )
    assert "overlaps" in response.content.decode() and first.title in response.content.decode()


def test_new_lead_says_who_is_no_longer_lead(fclient, event, core_group):
    response = fclient.post(
        url("participation_edit", event, core_group[1].pk),
        {"role": "core_group", "is_lead": "on"},
        follow=True,
    )
    assert f"{core_group[0].user.display_name} is no longer the lead" in response.content.decode()


def test_participant_cannot_register_publicly(client, event, core_group):
    open_registration(event)
    response = client.post(
        reverse("events:register", args=[event.public_id]),
        registration_data(email=core_group[0].user.email.upper()),
    )
    assert "already takes part in the event" in response.content.decode()
    assert not RegistrationRequest.objects.exists()


def test_error_pages_keep_the_layout(client, event, stakeholder, settings):
    settings.DEBUG = False
    client.force_login(stakeholder)
    forbidden = client.get(url("people", event))
    assert forbidden.status_code == 403 and "Back to my events" in forbidden.content.decode()
    missing = client.get("/events/999999/")
    assert missing.status_code == 404 and "Back to my events" in missing.content.decode()


def test_unknown_currency_is_refused(fclient, event):
    funder = OrganisationFactory()
    response = fclient.post(
        url("budget_line_create", event),
        {
            "category": "travel",
            "description": "Flights",
            "funder": funder.pk,
            "source": "basket_fund",
            "amount": "100",
            "currency": "XYZ",
        },
    )
    assert response.status_code == 200
    assert "XYZ is not an ISO 4217 currency code" in response.content.decode()
    assert 'value="Flights"' in response.content.decode()
    assert not event.budget_lines.exists()
