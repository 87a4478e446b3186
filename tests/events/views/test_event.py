"""The event's own pages: who sees what, creating and editing it, its phases."""

import datetime

import pytest
from django.urls import reverse

from events.models import Event, Participation
from tests.events.helpers import url

pytestmark = pytest.mark.django_db

Role = Participation.Role


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
        url("session_move", event, session.pk),
        url("checklist_item_status", event, item.pk),
    ):
        assert fclient.get(page).status_code == 405, page
    assert Event.objects.get(pk=event.pk).phase == Event.Phase.PREPARATION


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


def test_creating_an_event_across_a_weekend_warns_and_creates_it(client, outsider):
    from django.contrib.auth.models import Permission

    outsider.user_permissions.add(Permission.objects.get(codename="add_event"))
    client.force_login(outsider)
    data = {
        "title": "Water sector",
        "sector": "water",
        "country": "KE",
        "language": "en",
        "time_zone": "Africa/Nairobi",
        "venue": "Nairobi",
        "day1": "2027-03-03",  # a Wednesday
    }
    page = client.post(reverse("events:create"), data, follow=True).content.decode()
    assert "The event was created" in page
    assert "The five days cross a weekend: day 4 (Saturday 6 March), day 5 (Sunday 7 March)." in (
        page
    )
    assert Event.objects.get(title="Water sector").day1 == datetime.date(2027, 3, 3)
    monday = client.post(
        reverse("events:create"), {**data, "title": "Labour", "day1": "2027-03-08"}, follow=True
    )
    assert "The event was created" in monday.content.decode()
    assert "weekend" not in monday.content.decode()


def test_moving_day1_across_a_weekend_warns(fclient, event):
    monday = event.day1 - datetime.timedelta(days=event.day1.weekday())
    friday = monday + datetime.timedelta(days=4)
    page = fclient.post(
        url("edit", event), event_form_data(event, day1=friday.isoformat()), follow=True
    ).content.decode()
    assert "The event was saved." in page
    assert "The five days cross a weekend: day 2" in page and "day 3" in page
    assert Event.objects.get(pk=event.pk).day1 == friday
    # Saving other details leaves day 1 where it is, without saying it again.
    event.refresh_from_db()
    page = fclient.post(
        url("edit", event), event_form_data(event, venue="Elsewhere"), follow=True
    ).content.decode()
    assert "The event was saved." in page and "weekend" not in page
    page = fclient.post(
        url("edit", event), event_form_data(event, day1=monday.isoformat()), follow=True
    ).content.decode()
    assert "The event was saved." in page and "weekend" not in page


def test_moving_day1_moves_checklist_dates(fclient, event):
    before = dict(event.checklist_items.values_list("pk", "due_date"))
    new_day1 = event.day1 + datetime.timedelta(days=7)
    response = fclient.post(url("edit", event), event_form_data(event, day1=new_day1.isoformat()))
    assert response.status_code == 302
    after = dict(event.checklist_items.values_list("pk", "due_date"))
    assert all(after[pk] == before[pk] + datetime.timedelta(days=7) for pk in before)


def test_absurd_day1_is_refused_on_the_form(fclient, event):
    response = fclient.post(url("edit", event), event_form_data(event, day1="9999-12-31"))
    assert response.status_code == 200
    assert "Ensure this value is less than or equal to" in response.content.decode()
    assert Event.objects.get(pk=event.pk).day1 == event.day1


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


def test_stakeholders_do_not_see_the_core_group_panel(client, event, stakeholder, core_group):
    client.force_login(stakeholder)
    page = client.get(url("detail", event)).content.decode()
    assert "Manage people" not in page and "lead</span>" not in page


def test_error_pages_keep_the_layout(client, event, stakeholder, settings):
    settings.DEBUG = False
    client.force_login(stakeholder)
    forbidden = client.get(url("people", event))
    assert forbidden.status_code == 403 and "Back to my events" in forbidden.content.decode()
    missing = client.get("/events/999999/")
    assert missing.status_code == 404 and "Back to my events" in missing.content.decode()
