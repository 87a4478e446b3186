"""The dot vote through the services."""

import pytest
from django.core.exceptions import ValidationError

from actionplans.models import KeyIssue
from actionplans.services import key_issues as key_issue_services
from builders.events import event_advance_to
from builders.factories import UserFactory
from events.models import Event

pytestmark = pytest.mark.django_db


def test_dot_voting_respects_the_budget_and_the_closing(event, core_group):
    voter = core_group[0].user
    first = KeyIssue.objects.create(event=event, title="Weak HR planning", source="group")
    second = KeyIssue.objects.create(event=event, title="Fragmented CD support", source="group")
    key_issue_services.ballot_for(event=event)  # 5 dots each by default
    key_issue_services.vote_cast(key_issue=first, by=voter, dots=3)
    with pytest.raises(ValidationError, match="You have 2 dots left of 5"):
        key_issue_services.vote_cast(key_issue=second, by=voter, dots=3)
    key_issue_services.vote_cast(key_issue=first, by=voter, dots=1)  # moved back
    key_issue_services.vote_cast(key_issue=second, by=voter, dots=4)
    outsider_vote = UserFactory()
    with pytest.raises(ValidationError, match="Only core-group members"):
        key_issue_services.vote_cast(key_issue=first, by=outsider_vote, dots=1)
    event_advance_to(event=event, phase=Event.Phase.CORE_GROUP_WORK)
    key_issue_services.ballot_close(event=event)
    with pytest.raises(ValidationError, match="closed"):
        key_issue_services.vote_cast(key_issue=first, by=voter, dots=0)
    assert first.votes.get().dots == 1 and second.votes.get().dots == 4


def test_a_key_issue_cannot_change_once_the_vote_is_closed(event, core_group):
    """The final ranking keeps referring to the text the members voted on."""
    key_issue = KeyIssue.objects.create(event=event, title="Weak HR planning", source="group")
    key_issue_services.key_issue_update(key_issue=key_issue, title="Weak HR plans", description="")
    event_advance_to(event=event, phase=Event.Phase.CORE_GROUP_WORK)
    key_issue_services.ballot_close(event=event)
    with pytest.raises(ValidationError, match="The vote is closed"):
        key_issue_services.key_issue_update(
            key_issue=key_issue, title="Something else entirely", description="New text"
        )
    with pytest.raises(ValidationError, match="The vote is closed"):
        key_issue_services.key_issue_delete(key_issue=key_issue)
    stored = KeyIssue.objects.get(pk=key_issue.pk)
    assert (stored.title, stored.description) == ("Weak HR plans", "")


def test_revealing_the_totals_and_hiding_them_again(event):
    from actionplans.services.key_issues import ballot_reveal

    ballot = ballot_reveal(event=event, revealed=True)
    first = ballot.revealed_at
    assert first is not None and ballot.totals_shown
    assert ballot_reveal(event=event, revealed=True).revealed_at == first  # once is enough
    ballot = ballot_reveal(event=event, revealed=False)
    assert ballot.revealed_at is None and not ballot.totals_shown
