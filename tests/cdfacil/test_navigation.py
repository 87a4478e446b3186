"""The event's tabs and the top menu come from the apps' registrations, each shown by the rule
that guards the page it leads to."""

import re

import pytest
from django.urls import reverse

from builders.factories import UserFactory
from tests.helpers import client_for, grant_add_event

pytestmark = pytest.mark.django_db

EVERY_TAB = [
    "Overview",
    "Agenda",
    "Attendance",
    "Assessment",
    "Key issues",
    "Action plan",
    "Follow-up",
    "Evaluation",
    "Reports",
    "Preparation",
    "Room and polls",
    "People",
    "Funding",
    "Audit log",
]


def tabs_of(response) -> list[str]:
    nav = re.search(
        r'<ul class="nav nav-tabs event-nav">(.*?)</ul>', response.content.decode(), re.S
    )
    return re.findall(r'class="nav-link[^"]*"[^>]*>([^<]+)</a>', nav.group(1))


def test_each_role_sees_the_tabs_its_rules_open(event, facilitator, core_group, stakeholder):
    url = reverse("events:detail", args=[event.pk])
    assert tabs_of(client_for(facilitator).get(url)) == EVERY_TAB
    # Attendance and the evaluations are the facilitators' own.
    members_tabs = [tab for tab in EVERY_TAB[:9] if tab not in ("Attendance", "Evaluation")]
    assert tabs_of(client_for(core_group[1].user).get(url)) == members_tabs
    # Stakeholders read the follow-up too (progress is everyone's in the event).
    assert tabs_of(client_for(stakeholder).get(url)) == [
        "Overview",
        "Agenda",
        "Follow-up",
        "Reports",
    ]


def test_every_tab_a_person_sees_opens_for_them(event, core_group, stakeholder):
    for person in (core_group[1].user, stakeholder):
        client = client_for(person)
        page = client.get(reverse("events:detail", args=[event.pk])).content.decode()
        nav = page.split('event-nav">', 1)[1].split("</ul>", 1)[0]
        for href in re.findall(r'href="([^"]+)"', nav):
            assert client.get(href).status_code == 200, href


def test_the_current_tab_is_marked(event, facilitator):
    response = client_for(facilitator).get(reverse("events:budget", args=[event.pk]))
    assert re.search(
        r'class="nav-link active"[^>]*aria-current="page">Funding<', response.content.decode()
    )


def test_the_top_menu_follows_the_rules(facilitator):
    donor = UserFactory(is_donor=True)
    menu = client_for(facilitator).get(reverse("dashboard")).content.decode()
    assert "New event" not in menu and "Donor portfolio" not in menu
    grant_add_event(facilitator)
    menu = client_for(facilitator).get(reverse("dashboard")).content.decode()
    assert "New event" in menu and "Frameworks" in menu and "Donor portfolio" not in menu
    donor_page = client_for(donor).get(reverse("actionplans:donor_portfolio")).content.decode()
    assert "Donor portfolio" in donor_page and "New event" not in donor_page


def test_a_donor_with_no_event_lands_on_the_portfolio():
    response = client_for(UserFactory(is_donor=True)).get(reverse("dashboard"))
    assert response.status_code == 302
    assert response["Location"] == reverse("actionplans:donor_portfolio")
