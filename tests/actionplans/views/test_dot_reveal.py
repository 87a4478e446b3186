"""The dot vote's totals: hidden while people vote, revealed by the facilitator or by closing
the vote; who still has dots; the list that refreshes itself."""

import re

import pytest
from django.core.exceptions import ValidationError

from actionplans.models import Ballot
from actionplans.services import key_issues as key_issue_services
from builders.events import event_advance_to
from events.models import Event
from tests.actionplans.helpers import issue, url, vote
from tests.helpers import client_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def voted(event, members):
    """Three issues, written in this order; the second gets the most dots."""
    first, second, third = (issue(event, f"{name} issue") for name in ["First", "Second", "Third"])
    vote(client_for(members[0]), event, second, dots=4)
    vote(client_for(members[1]), event, second, dots=2)
    vote(client_for(members[1]), event, third, dots=3)
    return first, second, third


def totals(html):
    return re.findall(r'badge text-bg-primary fs-6">(\d+) dots?<', html)


def order(html):
    return [name for name in re.findall(r"<strong>(\w+) issue</strong>", html)]


def poll(client, event, state):
    return client.get(url("key_issue_list", event), {"v": state}, HTTP_HX_REQUEST="true")


def state_of(html):
    return re.search(r'hx-get="[^"]*\?v=([0-9a-f]+)"', html).group(1)


def test_totals_are_hidden_from_everyone_while_the_vote_is_open(event, members, facilitator, voted):
    for person in [members[0], members[1], facilitator]:
        html = client_for(person).get(url("key_issue_list", event)).content.decode()
        assert totals(html) == []
        # The order would tell the ranking: the issues come as they were written.
        assert order(html) == ["First", "Second", "Third"]
    member = client_for(members[1]).get(url("key_issue_list", event)).content.decode()
    assert "yours: 2" in member and "yours: 3" in member  # one's own dots, always
    assert "The totals stay hidden until the facilitator reveals them" in member


def test_the_facilitator_reveals_and_hides_the_totals(event, members, facilitator, voted):
    boss = client_for(facilitator)
    page = boss.get(url("key_issue_list", event)).content.decode()
    assert url("ballot_reveal", event) in page and "Reveal the totals" in page

    response = boss.post(url("ballot_reveal", event), {"revealed": "1"}, follow=True)
    assert "The totals now show to everyone." in response.content.decode()
    html = client_for(members[2]).get(url("key_issue_list", event)).content.decode()
    assert order(html) == ["Second", "Third", "First"]
    assert totals(html) == ["6", "3", "0"]
    assert "The facilitator revealed the totals." in html

    response = boss.post(url("ballot_reveal", event), {"revealed": "0"}, follow=True)
    assert "The totals are hidden again." in response.content.decode()
    assert totals(client_for(members[2]).get(url("key_issue_list", event)).content.decode()) == []


def test_members_cannot_reveal(event, members, voted):
    response = client_for(members[0]).post(url("ballot_reveal", event), {"revealed": "1"})
    assert response.status_code == 403
    assert not Ballot.objects.get(event=event).totals_shown


def test_a_closed_vote_shows_the_totals_to_all(event, members, facilitator, voted):
    event_advance_to(event=event, phase=Event.Phase.CORE_GROUP_WORK)
    key_issue_services.ballot_close(event=event)

    html = client_for(members[3]).get(url("key_issue_list", event)).content.decode()
    assert order(html) == ["Second", "Third", "First"] and totals(html) == ["6", "3", "0"]
    assert 'hx-trigger="every' not in html  # final: nothing left to refresh
    with pytest.raises(ValidationError, match="The vote is closed"):
        key_issue_services.ballot_reveal(event=event, revealed=False)
    response = client_for(facilitator).post(
        url("ballot_reveal", event), {"revealed": "0"}, follow=True
    )
    assert "The vote is closed; its totals show to everyone." in response.content.decode()


def test_the_facilitator_sees_who_still_has_dots(event, members, facilitator, voted):
    html = client_for(facilitator).get(url("key_issue_list", event)).content.decode()
    waiting = html[html.index('id="ballot-waiting"') :].split("</ul>")[0]
    # members[0] placed 4 of 5, members[1] all 5, the two others none.
    assert members[0].display_name in waiting and "1 left" in waiting
    assert members[1].display_name not in waiting
    assert members[2].display_name in waiting and members[3].display_name in waiting
    assert "5 left" in waiting
    assert "9 dots placed" in html
    # Members do not see who has voted.
    assert (
        "ballot-waiting"
        not in client_for(members[0]).get(url("key_issue_list", event)).content.decode()
    )

    for member in members:
        spent = sum(v.dots for v in member.key_issue_votes.all())
        if spent < 5:
            key_issue_services.vote_cast(
                key_issue=voted[0],
                by=member,
                dots=5
                - spent
                + sum(v.dots for v in member.key_issue_votes.filter(key_issue=voted[0])),
            )
    html = client_for(facilitator).get(url("key_issue_list", event)).content.decode()
    assert "Every member has placed all their dots." in html


def test_the_list_refreshes_only_when_what_one_sees_changed(event, members, facilitator, voted):
    member, boss = client_for(members[0]), client_for(facilitator)
    page = member.get(url("key_issue_list", event)).content.decode()
    assert 'hx-trigger="every 5s"' in page
    mine, theirs = state_of(page), state_of(boss.get(url("key_issue_list", event)).content.decode())
    assert poll(member, event, mine).status_code == 204

    # Another member's dots, while the totals are hidden: nothing changes for this member, but
    # the facilitator's list of who still has dots does.
    vote(client_for(members[2]), event, voted[0], dots=1)
    assert poll(member, event, mine).status_code == 204
    fresh = poll(boss, event, theirs)
    assert fresh.status_code == 200
    assert fresh.content.decode().lstrip().startswith('<div id="key-issues"')

    # Revealed: the member's list comes back, with the totals.
    boss.post(url("ballot_reveal", event), {"revealed": "1"})
    fresh = poll(member, event, mine)
    assert fresh.status_code == 200 and totals(fresh.content.decode()) == ["6", "3", "1"]


def test_the_event_report_keeps_the_totals_hidden_like_the_page(event, members, voted):
    from actionplans.event_report import event_content, event_context

    assert [row[3] for row in event_content(event)["key_issues"]] == [None, None, None]
    assert [i.title for i in event_context(event)["key_issues"]] == [
        "First issue",
        "Second issue",
        "Third issue",
    ]
    key_issue_services.ballot_reveal(event=event, revealed=True)
    assert [row[3] for row in event_content(event)["key_issues"]] == [6, 3, 0]
