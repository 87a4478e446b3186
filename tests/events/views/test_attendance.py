"""Checking people in by day: the day's page, a session's page, ticks, "all present", search."""

import datetime
import re
import zoneinfo

import pytest
from django.urls import reverse
from django.utils import timezone

from builders.factories import UserFactory
from events.models import Attendance, Participation, Session
from events.services.people import participation_add
from tests.events.helpers import day_sessions, facilitation, url

pytestmark = pytest.mark.django_db

Role = Participation.Role


def day_url(event, day):
    return reverse("events:attendance_day", args=[event.pk, day])


def sessions_of(event, day):
    return [s for s in day_sessions(event, day) if s.kind != Session.Kind.BREAK]


def present_at(participation):
    return set(
        Attendance.objects.filter(participation=participation, present=True).values_list(
            "session_id", flat=True
        )
    )


def names(html):
    """The people listed, in the order shown."""
    return [name.split()[0] for name in re.findall(r'<span class="flex-grow-1">([^<]+?)\s*<', html)]


def headings(html):
    return re.findall(r"<h3[^>]*>\s*<span>([^<]+)</span>", html)


class TestTheDayPage:
    def test_a_core_group_day_lists_the_core_group_only(
        self, fclient, event, core_group, stakeholder
    ):
        html = fclient.get(day_url(event, 2)).content.decode()

        assert sorted(names(html)) == sorted(p.user.first_name for p in core_group)
        assert stakeholder.display_name not in html
        assert "0 of 4 present" in html

    def test_the_kick_off_day_lists_the_broad_group_by_organisation(
        self, fclient, event, core_group, stakeholder
    ):
        html = fclient.get(day_url(event, 1)).content.decode()

        assert headings(html) == [
            "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)",
            "Ministry of Health (MoH)",
            "Uganda National Health Consumers&#x27; Organisation (UNHCO)",
        ]
        # Within an organisation, by name; the facilitators run the day and are not listed.
        assert names(html) == ["Jonas", "Grace", "Henry", "Irene", "Stella"]
        assert facilitation(event).user.first_name not in names(html)

    def test_the_day_tab_leads_to_the_day_under_way(self, fclient, make_event):
        # "Today" is the event's own day, in its time zone (UTC's date differs at night).
        today = timezone.localdate(timezone=zoneinfo.ZoneInfo("Africa/Kampala"))
        running = make_event(
            title="Running", day1=today - datetime.timedelta(days=2), time_zone="Africa/Kampala"
        )
        later = make_event(
            title="Later", day1=today + datetime.timedelta(days=60), time_zone="Africa/Kampala"
        )

        assert fclient.get(url("attendance_days", running))["Location"] == day_url(running, 3)
        assert fclient.get(url("attendance_days", later))["Location"] == day_url(later, 1)

    def test_a_day_outside_the_event_is_not_found(self, fclient, event):
        assert fclient.get(day_url(event, 6)).status_code == 404
        assert fclient.get(day_url(event, 0)).status_code == 404

    def test_targets_are_large_enough_for_a_thumb(self, fclient, event, core_group):
        html = fclient.get(day_url(event, 2)).content.decode()
        # The whole row is the tick (its label), styled at least 44 px high in attendance.css.
        assert html.count('class="attendance-row"') == 4
        assert "css/attendance.css" in html


class TestTicks:
    def test_a_tick_checks_a_person_in_for_the_whole_day(self, fclient, event, core_group):
        grace = core_group[0]
        response = fclient.post(
            day_url(event, 2),
            {"present": [grace.pk], "toggle": grace.pk, "shown": [p.pk for p in core_group]},
            HTTP_HX_REQUEST="true",
        )

        html = response.content.decode()
        assert "1 of 4 present" in html
        assert "Grace" in html and "is checked in." in html
        # The ministry's own count, out of band: one of its three.
        ministry = grace.user.organisation_id
        assert f'<span id="org-count-{ministry}" hx-swap-oob="innerHTML">1/3</span>' in html
        assert present_at(grace) == {s.pk for s in sessions_of(event, 2)}
        assert not present_at(core_group[1])

    def test_untick_marks_absent_at_every_session_of_the_day(self, fclient, event, core_group):
        grace = core_group[0]
        fclient.post(
            day_url(event, 2), {"present": [grace.pk], "toggle": grace.pk}, HTTP_HX_REQUEST="true"
        )
        response = fclient.post(day_url(event, 2), {"toggle": grace.pk}, HTTP_HX_REQUEST="true")

        assert "0 of 4 present" in response.content.decode()
        assert "is marked absent." in response.content.decode()
        assert not present_at(grace)

    def test_a_session_page_marks_that_session_only(self, fclient, event, core_group, stakeholder):
        first, *others = sessions_of(event, 1)
        stella = Participation.objects.get(user=stakeholder)
        page = fclient.get(url("attendance", event, first.pk)).content.decode()
        assert "Stella" in page

        fclient.post(
            url("attendance", event, first.pk),
            {"present": [stella.pk], "toggle": stella.pk},
            HTTP_HX_REQUEST="true",
        )

        assert present_at(stella) == {first.pk}
        day = fclient.get(day_url(event, 1)).content.decode()
        assert f"present at 1 of {len(others) + 1} sessions" in day
        assert "1 of 5 present" in day

    def test_a_core_group_session_lists_the_core_group_only(
        self, fclient, event, core_group, stakeholder
    ):
        session = sessions_of(event, 3)[0]
        html = fclient.get(url("attendance", event, session.pk)).content.decode()
        assert sorted(names(html)) == sorted(p.user.first_name for p in core_group)

    def test_the_plain_form_saves_only_what_changed(self, fclient, event, core_group):
        grace, henry, irene, jonas = core_group
        # Loaded with Henry checked in; meanwhile Irene is checked in at another door.
        fclient.post(
            day_url(event, 2), {"present": [henry.pk], "toggle": henry.pk}, HTTP_HX_REQUEST="true"
        )
        page = fclient.get(day_url(event, 2)).content.decode()
        assert f'name="was" value="{henry.pk}"' in page
        fclient.post(
            day_url(event, 2), {"present": [irene.pk], "toggle": irene.pk}, HTTP_HX_REQUEST="true"
        )

        response = fclient.post(
            day_url(event, 2),
            {
                "shown": [p.pk for p in core_group],
                "was": [henry.pk],
                "present": [grace.pk],  # Grace ticked, Henry unticked, Irene not on this page
            },
            follow=True,
        )

        assert "Attendance saved: 2 of 4 present." in response.content.decode()
        assert present_at(grace) and present_at(irene)
        assert not present_at(henry) and not present_at(jonas)

    def test_all_present_marks_everyone_listed(self, fclient, event, core_group, stakeholder):
        response = fclient.post(day_url(event, 1), {"all": "1"}, follow=True)

        html = response.content.decode()
        assert "5 people marked present. Untick anyone who is not here." in html
        assert "5 of 5 present" in html
        day_one = {s.pk for s in sessions_of(event, 1)}
        for participation in core_group:
            assert present_at(participation) == day_one
        assert not present_at(facilitation(event))

    def test_all_present_with_a_search_marks_those_found(self, fclient, event, core_group):
        response = fclient.post(day_url(event, 2), {"all": "1", "q": "gra"}, follow=True)

        assert "1 person marked present." in response.content.decode()
        assert response.redirect_chain[-1][0] == day_url(event, 2) + "?q=gra"
        assert present_at(core_group[0]) and not present_at(core_group[1])

    def test_tampered_input_changes_nothing_and_says_why(
        self, fclient, event, core_group, make_event, add_core_member, government_org
    ):
        elsewhere = add_core_member(make_event(title="Education"), government_org, first_name="Zed")
        response = fclient.post(
            day_url(event, 2),
            {"present": ["x", elsewhere.pk], "toggle": elsewhere.pk},
            HTTP_HX_REQUEST="true",
        )
        assert response.status_code == 200
        assert (
            "Some of the people ticked do not take part in this event." in response.content.decode()
        )

        response = fclient.post(
            day_url(event, 2), {"toggle": "abc", "shown": ["1e9", "-3"]}, follow=True
        )
        assert response.status_code == 200
        assert not Attendance.objects.exists()

    def test_hostile_input_never_breaks_the_page(self, fclient, event, core_group):
        session = sessions_of(event, 2)[0]
        for path in (day_url(event, 2), url("attendance", event, session.pk)):
            for value in ["", "x" * 5000, "a\x00b", "-5", "9" * 30, "999999999"]:
                fields = {"present": value, "shown": value, "was": value, "toggle": value}
                response = fclient.post(path, {**fields, "q": value})
                assert response.status_code in (200, 302), (path, value)
                assert fclient.get(path, {"q": value}).status_code == 200
        assert not Attendance.objects.exists()


class TestSearch:
    def test_search_by_name_or_organisation_without_accents(
        self, fclient, event, core_group, add_core_member, partner_org
    ):
        add_core_member(event, partner_org, first_name="Élodie")

        assert names(fclient.get(day_url(event, 2) + "?q=elo").content.decode()) == ["Élodie"]
        found = names(fclient.get(day_url(event, 2) + "?q=moh").content.decode())
        assert sorted(found) == ["Grace", "Henry", "Irene"]
        empty = fclient.get(day_url(event, 2) + "?q=nobody").content.decode()
        assert "No one matches “nobody”." in empty
        assert "0 of 5 present" in empty  # the count is the day's, not the search's

    def test_as_you_type_the_list_alone_comes_back(self, fclient, event, core_group):
        response = fclient.get(
            day_url(event, 2) + "?q=hen", HTTP_HX_REQUEST="true", HTTP_HX_TARGET="attendance-people"
        )

        html = response.content.decode()
        assert html.lstrip().startswith('<div id="attendance-people">')
        assert names(html) == ["Henry"]


class TestEmptyStates:
    def test_no_people_yet(self, fclient, event):
        html = fclient.get(day_url(event, 2)).content.decode()
        assert "No one is expected at these sessions yet" in html

    def test_a_day_without_sessions(self, fclient, event, core_group):
        event.sessions.filter(day=4).delete()
        html = fclient.get(day_url(event, 4)).content.decode()
        assert "No session on this day: add them in the agenda." in html


def test_the_day_page_reads_in_a_fixed_number_of_queries(
    client, facilitator, event, government_org, django_assert_num_queries
):
    """1x and 10x people, half of them checked in: the same number of queries."""

    def grow(count):
        for n in range(count):
            user = UserFactory(organisation=government_org, first_name=f"Person {n}")
            participation = participation_add(
                event=event, user=user, role=Role.CORE_GROUP if n % 2 else Role.STAKEHOLDER
            )
            if n % 2:
                for session in sessions_of(event, 1):
                    Attendance.objects.create(session=session, participation=participation)

    client.force_login(facilitator)
    grow(4)
    with django_assert_num_queries(9) as small:
        assert client.get(day_url(event, 1)).status_code == 200
    grow(36)
    with django_assert_num_queries(len(small.captured_queries)):
        response = client.get(day_url(event, 1))
    assert "20 of 40 present" in response.content.decode()
