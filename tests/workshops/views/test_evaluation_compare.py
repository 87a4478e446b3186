"""A facilitator's events side by side: their own events only, averages from three answers."""

import datetime
import re

import pytest
from django.urls import reverse

from builders.evaluations import evaluation_with_answers
from builders.factories import EventFactory, UserFactory
from events.models import Participation
from events.services.people import participation_add
from tests.helpers import client_for
from workshops.models import Workshop

pytestmark = pytest.mark.django_db
COMPARE = reverse("workshops:evaluation_compare")


def evaluated(event, workshop, ratings, by):
    return evaluation_with_answers(event=event, workshop=workshop, by=by, ratings=ratings)


@pytest.fixture
def events(facilitator):
    """Two events of the facilitator, a year apart, and someone else's."""
    earlier = EventFactory(
        title="Water 2025", created_by=facilitator, day1=datetime.date(2025, 3, 3)
    )
    later = EventFactory(title="Water 2026", created_by=facilitator, day1=datetime.date(2026, 3, 2))
    stranger = UserFactory(first_name="Sam")
    theirs = EventFactory(title="Somebody else's event", created_by=stranger)
    evaluated(earlier, Workshop.KICK_OFF, [3, 3, 3], facilitator)
    evaluated(later, Workshop.KICK_OFF, [5, 4, 5], facilitator)
    evaluated(later, Workshop.ENDORSEMENT, [4, 4], facilitator)  # too few to show
    evaluated(theirs, Workshop.KICK_OFF, [1, 1, 1], stranger)
    return earlier, later, theirs


def test_a_facilitator_sees_their_own_events_side_by_side(fclient, events):
    html = fclient.get(COMPARE).content.decode()
    assert "Water 2025" in html and "Water 2026" in html
    assert "Somebody else" not in html
    assert html.index("Water 2025") < html.index("Water 2026")  # over time, left to right
    # Each workshop's methods, from its days of the agenda: which methods scored well.
    assert "Methods: Plenary presentation; Group work in mixed tables, then plenary" in html
    relevance = html.split('<th scope="row">Relevance</th>', 1)[1].split("</tr>", 1)[0]
    cells = re.findall(r'<td class="text-end">(.*?)</td>', relevance)
    assert cells[0] == "3.0" and cells[1] == "<strong>4.7</strong>"
    assert "–" in cells[2]  # the endorsement's two answers show nothing
    assert "1.0" not in html


def test_a_facilitator_only_of_another_event_sees_theirs_only(events, facilitator):
    earlier, _later, theirs = events
    html = client_for(theirs.created_by).get(COMPARE).content.decode()
    assert "Somebody else" in html and "Water 2025" not in html
    # A core-group member of the facilitator's event is not its facilitator: nothing shown.
    member = UserFactory()
    participation_add(event=earlier, user=member, role=Participation.Role.CORE_GROUP)
    html = client_for(member).get(COMPARE).content.decode()
    assert "Water" not in html and "None of the events you facilitate" in html


def test_the_comparison_makes_the_same_queries_whatever_the_events(
    fclient, events, facilitator, django_assert_num_queries
):
    with django_assert_num_queries(QUERIES_COMPARE):
        fclient.get(COMPARE)
    more = EventFactory(title="Water 2027", created_by=facilitator, day1=datetime.date(2027, 3, 1))
    evaluated(more, Workshop.CORE_GROUP, [2, 3, 4, 5], facilitator)
    with django_assert_num_queries(QUERIES_COMPARE):
        html = fclient.get(COMPARE).content.decode()
    assert "Water 2027" in html


QUERIES_COMPARE = 9  # session, user, 4 of the comparison, 3 of the menu's rules
