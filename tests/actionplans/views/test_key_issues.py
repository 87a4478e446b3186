"""Key issues and the dot vote through the pages: from gaps to a final ranking."""

import pytest
from django.core.exceptions import ValidationError

from actionplans.models import Ballot, KeyIssue, Vote
from actionplans.services import key_issues as key_issue_services
from assessments.models import Question
from assessments.services.consensus import consensus_record
from assessments.services.frameworks import framework_copy
from assessments.services.rounds import round_close
from builders.events import event_advance_to
from builders.rounds import answered_round, default_version
from events.models import Event
from tests.actionplans.helpers import issue, url, vote
from tests.helpers import client_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def version():
    return default_version()


@pytest.fixture
def assessment_round(event, version, members, facilitator):
    """A round whose members have submitted, with agreed scores giving five known gaps."""
    # Enough submitted responses for members to see the aggregates.
    assessment_round = answered_round(event=event, members=members, version=version, scores=None)
    questions = Question.objects.filter(dimension__level__version=version).select_related(
        "dimension__level"
    )[:5]
    for gap, question in enumerate(questions, start=0):
        consensus_record(
            assessment_round=assessment_round,
            question=question,
            current=1,
            desired=min(1 + gap, 4),
            rationale="Agreed in the room",
            by=facilitator,
        )
    # Members see a round's results once it has closed.
    return round_close(assessment_round=assessment_round, by=facilitator)


# --- Nothing changes on GET ------------------------------------------------------------------


def test_get_never_changes_state(event, members, facilitator):
    key_issue = issue(event, "Weak HR planning")
    client = client_for(facilitator)
    for name, args in [
        ("key_issue_list", []),
        ("ballot_settings", []),
        ("ballot_close", []),
        ("key_issue_delete", [key_issue.pk]),
    ]:
        assert client.get(url(name, event, *args)).status_code == 200
    assert client_for(members[0]).get(url("ballot_vote", event)).status_code == 405
    assert not Ballot.objects.exists()
    assert KeyIssue.objects.filter(pk=key_issue.pk).exists()


# --- Voting -----------------------------------------------------------------------------------


def test_members_vote_within_their_budget(event, members):
    first, second = issue(event, "Weak HR planning"), issue(event, "Fragmented CD support")
    client = client_for(members[0])
    response = vote(client, event, first, dots=3)
    body = response.content.decode()
    assert response.status_code == 200
    assert "You have 2 of 5 dots left." in body
    assert 'id="key-issues"' in body and "<html" not in body  # the fragment only
    vote(client, event, second, step="1")
    vote(client, event, second, step="1")
    response = vote(client, event, first, step="-1")
    assert "You have 1 of 5 dots left." in response.content.decode()
    assert {v.key_issue_id: v.dots for v in Vote.objects.filter(voter=members[0])} == {
        first.pk: 2,
        second.pk: 2,
    }
    # Taking all dots back removes the vote.
    vote(client, event, first, dots=0)
    assert not Vote.objects.filter(key_issue=first).exists()


def test_without_javascript_a_vote_redirects_back_to_the_list(event, members):
    key_issue = issue(event, "Weak HR planning")
    client = client_for(members[0])
    response = vote(client, event, key_issue, htmx=False, dots=2)
    assert response.status_code == 302
    assert response.url == url("key_issue_list", event) + f"#issue-{key_issue.pk}"
    page = client.get(response.url).content.decode()
    assert "Your dots were saved." in page and "You have 3 of 5 dots left." in page


def test_budget_exceeded_is_refused_and_nothing_is_lost(event, members):
    first, second = issue(event, "Weak HR planning"), issue(event, "Fragmented CD support")
    client = client_for(members[0])
    vote(client, event, first, dots=4)
    response = vote(client, event, second, dots=3)
    body = response.content.decode()
    assert response.status_code == 200
    assert "You have 1 dots left of 5; move some from another issue first." in body
    assert f'id="dots-{second.pk}" value="3"' in body  # the number typed is kept
    response = vote(client, event, second, step="1")
    response = vote(client, event, second, step="1")
    assert "You have placed all 5 of your dots; take one back" in response.content.decode()
    # Without JavaScript the refusal shows on the whole page, not a redirect.
    page = vote(client, event, first, htmx=False, dots=9)
    assert page.status_code == 200 and "You have 4 dots left of 5" in page.content.decode()
    assert {v.key_issue_id: v.dots for v in Vote.objects.all()} == {first.pk: 4, second.pk: 1}


@pytest.mark.parametrize(
    "data",
    [
        {"dots": "-1"},
        {"dots": "99999999999999999999999"},
        {"dots": "abc"},
        {"dots": "2\x00"},
        {"dots": ""},
        {"step": "5"},
        {"step": "-1"},
        {"key_issue": "999999", "dots": "1"},
        {"key_issue": "nope", "dots": "1"},
        {"key_issue": "", "dots": "1"},
    ],
)
def test_bad_votes_are_refused_with_a_message(event, members, make_event, data):
    key_issue = issue(event, "Weak HR planning")
    client = client_for(members[0])
    for htmx in (True, False):
        response = client.post(
            url("ballot_vote", event),
            {"key_issue": key_issue.pk, **data},
            **({"HTTP_HX_REQUEST": "true"} if htmx else {}),
        )
        assert response.status_code == 200
        assert 'class="alert alert-danger"' in response.content.decode()
    assert not Vote.objects.exists()


def test_a_vote_on_another_events_issue_is_refused(event, members, make_event):
    other_event = make_event(title="Education sector")
    foreign = issue(other_event, "Not ours")
    response = vote(client_for(members[0]), event, foreign, dots=1)
    assert "This key issue does not exist" in response.content.decode()
    assert not Vote.objects.exists()


def test_ranking_follows_the_dots(event, members, facilitator):
    low, high, middle = (
        issue(event, "Low issue"),
        issue(event, "High issue"),
        issue(event, "Middle issue"),
    )
    vote(client_for(members[0]), event, high, dots=3)
    vote(client_for(members[1]), event, high, dots=2)
    vote(client_for(members[1]), event, middle, dots=3)
    vote(client_for(members[2]), event, low, dots=1)
    boss = client_for(facilitator)
    assert boss.post(url("ballot_reveal", event), {"revealed": "1"}).status_code == 302
    body = boss.get(url("key_issue_list", event)).content.decode()
    assert body.index("High issue") < body.index("Middle issue") < body.index("Low issue")
    assert "5 dots" in body and "3 dots" in body and "1 dot<" in body
    assert "9 dots placed" in body
    mine = client_for(members[1]).get(url("key_issue_list", event)).content.decode()
    assert "yours: 2" in mine and "yours: 3" in mine and "You have 0 of 5 dots left." in mine


def test_closing_the_vote_freezes_the_ranking(event, members, facilitator):
    event_advance_to(event=event, phase=Event.Phase.CORE_GROUP_WORK)
    first, second = issue(event, "Weak HR planning"), issue(event, "Fragmented CD support")
    member = client_for(members[0])
    vote(member, event, second, dots=2)
    boss = client_for(facilitator)
    confirm = boss.get(url("ballot_close", event))
    assert "Close the dot vote?" in confirm.content.decode()
    assert boss.post(url("ballot_close", event)).status_code == 302
    assert Ballot.objects.get(event=event).closed_at is not None

    response = vote(member, event, first, dots=1)
    assert "The vote is closed; the ranking is final." in response.content.decode()
    response = vote(member, event, second, dots=0)
    assert "The vote is closed" in response.content.decode()
    assert {v.key_issue_id: v.dots for v in Vote.objects.all()} == {second.pk: 2}

    page = member.get(url("key_issue_list", event)).content.decode()
    assert "Final ranking." in page
    assert url("ballot_vote", event) not in page  # no voting controls any more
    assert page.index("Fragmented CD support") < page.index("Weak HR planning")
    # Nor can the list change underneath the final ranking.
    response = member.post(url("key_issue_create", event), {"title": "Late idea"})
    assert response.status_code == 200 and "The vote is closed" in response.content.decode()
    member.post(url("key_issue_delete", event, first.pk))
    assert KeyIssue.objects.filter(pk=first.pk).exists()
    response = boss.post(url("ballot_settings", event), {"dots_per_member": 9})
    assert Ballot.objects.get(event=event).dots_per_member == 5


def test_facilitator_sets_the_dots_but_not_below_what_was_spent(event, members, facilitator):
    key_issue = issue(event, "Weak HR planning")
    boss = client_for(facilitator)
    assert boss.post(url("ballot_settings", event), {"dots_per_member": 8}).status_code == 302
    vote(client_for(members[0]), event, key_issue, dots=7)
    response = boss.post(url("ballot_settings", event), {"dots_per_member": 6})
    body = response.content.decode()
    assert response.status_code == 200
    assert "already placed more dots than that" in body and "Set at least 7" in body
    assert members[0].display_name in body
    assert Ballot.objects.get(event=event).dots_per_member == 8
    for bad in ["0", "51", "-3", "abc", "99999999999999999999"]:
        response = boss.post(url("ballot_settings", event), {"dots_per_member": bad})
        assert response.status_code == 200 and "invalid-feedback" in response.content.decode()
    assert boss.post(url("ballot_settings", event), {"dots_per_member": 7}).status_code == 302
    assert Ballot.objects.get(event=event).dots_per_member == 7


# --- Key issues from gaps, written, edited, removed -------------------------------------------


def test_the_gaps_are_offered_with_the_language_s_decimal_comma(event, members, assessment_round):
    person = members[1]
    person.language = "fr"
    person.save(update_fields=["language"])
    page = client_for(person).get(url("key_issue_from_gaps", event)).content.decode()
    assert "(écart 3,0)" in page and "(écart 3.0)" not in page


def test_key_issue_from_gaps_links_the_questions(event, members, assessment_round):
    client = client_for(members[1])
    page = client.get(url("key_issue_from_gaps", event))
    body = page.content.decode()
    assert page.status_code == 200
    choices = page.context["form"].fields["questions"].choices
    ranked = [Question.objects.get(pk=pk) for pk, _label in choices]
    # The largest gap first; gaps come from the agreed scores.
    assert len(ranked) == 5 and ranked[0].code in body
    chosen = ranked[:2]
    response = client.post(
        url("key_issue_from_gaps", event),
        {
            "round": assessment_round.pk,
            "questions": [q.pk for q in chosen],
            "title": "District planning is weak",
            "description": "Seen in two dimensions",
        },
    )
    assert response.status_code == 302
    key_issue = KeyIssue.objects.get()
    assert key_issue.source == KeyIssue.Source.GAP
    assert key_issue.assessment_round == assessment_round
    assert key_issue.created_by == members[1]
    assert set(key_issue.questions.all()) == set(chosen)
    listing = client.get(url("key_issue_list", event)).content.decode()
    assert all(q.code in listing for q in chosen)


def test_from_gaps_refuses_bad_input(event, members, assessment_round, make_event):
    client = client_for(members[1])
    question = (
        Question.objects.filter(dimension__level__version=assessment_round.version)
        .order_by("pk")
        .first()
    )
    other_round_event = make_event(title="Education sector")
    for data in [
        {"round": assessment_round.pk, "title": "No gap ticked"},
        {"round": assessment_round.pk, "questions": [999999], "title": "Unknown"},
        {"round": assessment_round.pk, "questions": ["x"], "title": "Not a number"},
        {"round": "abc", "questions": [question.pk], "title": "Bad round"},
        {"round": other_round_event.pk + 1000, "questions": [question.pk], "title": "Elsewhere"},
        {"round": assessment_round.pk, "questions": [question.pk], "title": ""},
        {"round": assessment_round.pk, "questions": [question.pk], "title": "x" * 5000},
        {"round": assessment_round.pk, "questions": [question.pk], "title": "Nul\x00byte"},
    ]:
        response = client.post(url("key_issue_from_gaps", event), data)
        assert response.status_code == 200, data
        body = response.content.decode()
        assert "invalid-feedback" in body or "alert-danger" in body, data
    assert not KeyIssue.objects.exists()


def test_gaps_stay_hidden_until_members_may_see_results(event, members, version, facilitator):
    answered_round(event=event, members=members, version=version, scores=None, submitted=False)
    body = client_for(members[0]).get(url("key_issue_from_gaps", event)).content.decode()
    assert "not available to you yet" in body
    assert 'name="questions"' not in body


def test_key_issue_questions_must_come_from_the_rounds_framework(
    event, assessment_round, facilitator
):
    copy = framework_copy(
        version=assessment_round.version, name="Adapted framework", by=facilitator
    )
    foreign = Question.objects.filter(dimension__level__version=copy).first()
    with pytest.raises(ValidationError, match="not in the framework of this round"):
        key_issue_services.key_issue_create(
            event=event,
            title="Mixed",
            description="",
            source=KeyIssue.Source.GAP,
            assessment_round=assessment_round,
            questions=[foreign],
            by=facilitator,
        )
    assert not KeyIssue.objects.exists()


def test_write_edit_and_remove_a_key_issue(event, members):
    client = client_for(members[0])
    for title in ["", "x" * 5000, "Nul\x00byte", "   "]:
        response = client.post(url("key_issue_create", event), {"title": title})
        assert response.status_code == 200 and "invalid-feedback" in response.content.decode()
    assert not KeyIssue.objects.exists()
    response = client.post(
        url("key_issue_create", event),
        {"title": "Fragmented CD support", "description": "Each partner runs its own courses"},
    )
    assert response.status_code == 302
    key_issue = KeyIssue.objects.get()
    assert key_issue.source == KeyIssue.Source.GROUP and key_issue.created_by == members[0]

    response = client.post(
        url("key_issue_edit", event, key_issue.pk),
        {"title": "Fragmented support", "description": ""},
    )
    assert response.status_code == 302
    key_issue.refresh_from_db()
    assert key_issue.title == "Fragmented support"
    assert client.get(url("key_issue_edit", event, 999999)).status_code == 404

    vote(client, event, key_issue, dots=2)
    assert (
        "dots placed on it go back"
        in client.get(url("key_issue_delete", event, key_issue.pk)).content.decode()
    )
    assert client.post(url("key_issue_delete", event, key_issue.pk)).status_code == 302
    assert not KeyIssue.objects.exists() and not Vote.objects.exists()


def test_empty_state(event, members):
    body = client_for(members[0]).get(url("key_issue_list", event)).content.decode()
    assert "No key issue yet." in body and "You have 5 of 5 dots left." in body


# --- Query count ------------------------------------------------------------------------------


def _fill(event, members, count):
    issues = [issue(event, f"Issue {n}") for n in range(count)]
    for member in members:
        for key_issue in issues[:5]:
            key_issue_services.vote_cast(key_issue=key_issue, by=member, dots=1)
    return issues


@pytest.mark.parametrize("count", [2, 10])
def test_key_issue_page_makes_a_fixed_number_of_queries(
    event, members, facilitator, assessment_round, django_assert_num_queries, count
):
    issues = _fill(event, members, count)
    questions = list(Question.objects.filter(dimension__level__version=assessment_round.version))
    for key_issue in issues:
        key_issue.questions.set(questions[:3])
    key_issue_services.ballot_for(event=event)
    member, boss = client_for(members[0]), client_for(facilitator)
    # session, user, event, issues, their question codes, ballot; the page's menu checks the
    # person's permissions (user and group permissions).
    with django_assert_num_queries(9):
        response = member.get(url("key_issue_list", event))
    assert response.status_code == 200
    assert response.content.decode().count('name="dots"') == count
    # The facilitator's "Close the vote" also asks whether the baseline round is closed, and
    # the core group's dots left are one more.
    with django_assert_num_queries(11):
        assert boss.get(url("key_issue_list", event)).status_code == 200


def test_key_issues_cannot_be_edited_once_the_vote_is_closed(event, members, facilitator):
    key_issue = issue(event, "Weak HR planning")
    client = client_for(members[0])
    edit_url = url("key_issue_edit", event, key_issue.pk)
    page = client.get(url("key_issue_list", event)).content.decode()
    assert edit_url in page and url("key_issue_delete", event, key_issue.pk) in page
    event_advance_to(event=event, phase=Event.Phase.CORE_GROUP_WORK)
    key_issue_services.ballot_close(event=event)

    page = client.get(url("key_issue_list", event)).content.decode()
    assert edit_url not in page and url("key_issue_delete", event, key_issue.pk) not in page
    asked = client.get(edit_url, follow=True)
    assert asked.redirect_chain[-1][0] == url("key_issue_list", event)
    assert "The vote is closed" in asked.content.decode()
    response = client.post(edit_url, {"title": "Something else", "description": "New"})
    assert "The vote is closed" in response.content.decode()
    key_issue.refresh_from_db()
    assert key_issue.title == "Weak HR planning"
