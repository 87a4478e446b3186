"""The dashboard and event pages make a fixed number of queries, whatever the amount of data."""

import datetime

import pytest
from django.urls import reverse

from builders.factories import OrganisationFactory, UserFactory
from events.models import Participation, RegistrationRequest, Session
from events.services import people as people_services

pytestmark = pytest.mark.django_db

Role = Participation.Role


def grow(event, *, people: int, sessions: int, registrations: int):
    """Add people of every role, sessions and registration requests to an event."""
    organisation = OrganisationFactory()
    for index in range(people):
        people_services.participation_add(
            event=event, user=UserFactory(organisation=organisation), role=Role.STAKEHOLDER
        )
        if index < 3:
            people_services.participation_add(
                event=event, user=UserFactory(organisation=organisation), role=Role.CORE_GROUP
            )
    Session.objects.bulk_create(
        Session(
            event=event,
            day=3,
            start_time=datetime.time(18, index),
            duration_minutes=5,
            title=f"Extra {index}",
            kind="other",
        )
        for index in range(sessions)
    )
    RegistrationRequest.objects.bulk_create(
        RegistrationRequest(
            event=event,
            full_name=f"Person {index}",
            email=f"p{index}@example.org",
            organisation=organisation,
        )
        for index in range(registrations)
    )


PAGES = {
    # page: queries, counting the session, the user, the user's permissions for the menu and
    # its Networks entry (is the person in a network);
    # the overview lists the event's steps back in one more, and counts the core-group
    # invitations waiting in one more
    "detail": 14,
    "agenda": 7,
    "run_sheet": 4,
    "checklist": 7,
    "people": 10,
    "budget": 9,
}


@pytest.mark.parametrize("name", PAGES)
def test_event_pages_queries_do_not_grow(
    client, facilitator, make_event, django_assert_num_queries, name
):
    small = make_event(title="Small")
    large = make_event(title="Large")
    grow(small, people=1, sessions=0, registrations=1)
    grow(large, people=30, sessions=20, registrations=30)
    client.force_login(facilitator)
    for event in (small, large):
        with django_assert_num_queries(PAGES[name]):
            response = client.get(reverse(f"events:{name}", args=[event.pk]))
        assert response.status_code == 200


# The session, the user, the facilitated events' count, page, core groups and open checklist
# items, the count of other events, and the user's and groups' permissions for the menu.
DASHBOARD_QUERIES = 10


def test_dashboard_queries_do_not_grow_with_events(
    client, facilitator, make_event, django_assert_num_queries
):
    client.force_login(facilitator)
    make_event(title="First")
    with django_assert_num_queries(DASHBOARD_QUERIES):
        first = client.get(reverse("dashboard"))
    for index in range(13):
        grow(make_event(title=f"Event {index:02}"), people=5, sessions=3, registrations=2)
    with django_assert_num_queries(DASHBOARD_QUERIES):
        many = client.get(reverse("dashboard"))
    assert first.content.decode().count("card-title") == 1
    assert many.content.decode().count("card-title") == 12
    assert "Page 1 of 2" in many.content.decode()
    with django_assert_num_queries(DASHBOARD_QUERIES):
        second = client.get(reverse("dashboard"), {"page": 2})
    assert second.content.decode().count("card-title") == 2
    assert "Page 2 of 2" in second.content.decode()


def test_dashboard_pages_each_list_on_its_own(client, make_event, facilitator):
    """A person who facilitates some events and takes part in others pages through each list
    without losing their place in the other."""
    person = UserFactory()
    for index in range(13):
        event = make_event(title=f"Facilitated {index:02}")
        people_services.participation_add(event=event, user=person, role=Role.FACILITATOR)
    for index in range(21):
        event = make_event(title=f"Taking part {index:02}")
        people_services.participation_add(event=event, user=person, role=Role.STAKEHOLDER)
    client.force_login(person)
    page = client.get(reverse("dashboard"), {"page": 2, "member_page": 2}).content.decode()
    assert page.count("card-title") == 1  # the 13th facilitated event
    assert page.count("list-group-item-action") == 1  # the 21st other event
    # Each pager keeps the other list's page.
    assert "?member_page=2&amp;page=1#facilitated" in page
    assert "?page=2&amp;member_page=1#taking-part" in page
    # A page number out of range shows the last page rather than an error.
    assert client.get(reverse("dashboard"), {"page": 99}).status_code == 200


def test_dashboard_names_the_owner_of_each_next_deadline(client, facilitator, make_event):
    event = make_event(title="Owned")
    item = event.checklist_items.order_by("due_date").first()
    owner = UserFactory(first_name="Amina", last_name="Diallo")
    item.owner = owner
    item.save()
    nameless = event.checklist_items.order_by("due_date")[1]
    nameless.owner = UserFactory(first_name="", last_name="", username="logistics-desk")
    nameless.save()
    client.force_login(facilitator)
    page = client.get(reverse("dashboard")).content.decode()
    assert f"{item.title} (Amina Diallo)" in page
    assert f"{nameless.title} (logistics-desk)" in page
