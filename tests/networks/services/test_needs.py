"""The rules of the shared-needs round: one ballot per organisation, points within the
allowance, nothing after the close, candidates only from published plans, a merged need keeps
its sources."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from actionplans.models import KeyIssue, PlanVersion
from builders.networks import (
    NetworkFactory,
    member_add,
    plan_version_add,
    round_add,
    secretariat_add,
)
from builders.rounds import closed_round
from cdfacil.models import AuditEntry
from networks.models import Allocation, AllocationLine, Candidate, NeedsRound, SharedNeed
from networks.services import needs as services

pytestmark = pytest.mark.django_db


@pytest.fixture
def network():
    return NetworkFactory()


@pytest.fixture
def secretariat(network):
    return secretariat_add(network)


@pytest.fixture
def member(network):
    return member_add(network, name="Kampala Health Alliance")


@pytest.fixture
def other_member(network):
    return member_add(network, name="Gulu Women's Network")


@pytest.fixture
def round_(network):
    return round_add(network, points_per_member=10)


def _need(round_, title="District data use"):
    return SharedNeed.objects.create(round=round_, title=title)


def published_plan(network, event=None, *, key_issues=("Weak use of data",), **options):
    """A plan version whose snapshot names the event's `key_issues` on an action, raised before
    it was frozen (as `plan_version_add` writes it)."""
    return plan_version_add(network, event, key_issues=key_issues, **options)


# --- The ballot -------------------------------------------------------------------------------


def test_one_ballot_per_organisation_casting_again_replaces_it(round_, member):
    first, second = _need(round_, "Data use"), _need(round_, "Procurement")
    services.ballot_cast(
        round_=round_, member=member, lines={first.pk: (6, None, None)}, by=member.rep
    )
    services.ballot_cast(
        round_=round_,
        member=member,
        lines={first.pk: (2, None, None), second.pk: (8, None, None)},
        by=member.rep,
    )
    assert Allocation.objects.filter(round=round_, member=member).count() == 1
    points = dict(
        AllocationLine.objects.filter(allocation__member=member).values_list(
            "need__title", "points"
        )
    )
    assert points == {"Data use": 2, "Procurement": 8}


def test_the_database_refuses_a_second_ballot_for_the_same_organisation(round_, member):
    Allocation.objects.create(round=round_, member=member)
    with pytest.raises(IntegrityError), transaction.atomic():
        Allocation.objects.create(round=round_, member=member)


def test_two_representatives_of_one_organisation_share_its_one_ballot(round_, member):
    from builders.factories import UserFactory
    from networks.models import Representative

    colleague = UserFactory(organisation=member.organisation)
    Representative.objects.create(member=member, user=colleague)
    need = _need(round_)
    services.ballot_cast(
        round_=round_, member=member, lines={need.pk: (3, None, None)}, by=member.rep
    )
    services.ballot_cast(
        round_=round_, member=member, lines={need.pk: (9, None, None)}, by=colleague
    )
    allocation = Allocation.objects.get(round=round_, member=member)
    assert allocation.cast_by == colleague
    assert allocation.lines.get().points == 9


def test_points_over_the_allowance_are_refused_with_the_numbers(round_, member):
    first, second = _need(round_, "Data use"), _need(round_, "Procurement")
    with pytest.raises(ValidationError) as refused:
        services.ballot_cast(
            round_=round_,
            member=member,
            lines={first.pk: (7, None, None), second.pk: (5, None, None)},
            by=member.rep,
        )
    message = refused.value.messages[0]
    assert "12" in message and "10" in message and "2" in message
    assert not Allocation.objects.exists()


def test_points_up_to_the_allowance_are_taken(round_, member):
    need = _need(round_)
    services.ballot_cast(
        round_=round_, member=member, lines={need.pk: (10, None, None)}, by=member.rep
    )
    assert AllocationLine.objects.get().points == 10


def test_a_ballot_gives_points_only_to_the_rounds_own_needs(network, round_, member):
    elsewhere = round_add(network, year=round_.year - 1)
    foreign = _need(elsewhere)
    with pytest.raises(ValidationError):
        services.ballot_cast(
            round_=round_, member=member, lines={foreign.pk: (1, None, None)}, by=member.rep
        )


def test_ratings_are_kept_only_when_the_round_asks_for_them(network, member):
    asking = round_add(network, asks_ratings=True)
    need = _need(asking)
    services.ballot_cast(round_=asking, member=member, lines={need.pk: (4, 5, 2)}, by=member.rep)
    line = AllocationLine.objects.get()
    assert (line.importance, line.feasibility) == (5, 2)
    with pytest.raises(ValidationError):
        services.ballot_cast(
            round_=asking, member=member, lines={need.pk: (4, 6, 2)}, by=member.rep
        )


def test_no_ballot_after_the_closing_time(network, member):
    past = round_add(network, closes_at=timezone.now() - datetime.timedelta(minutes=1))
    need = _need(past)
    with pytest.raises(ValidationError, match="closed"):
        services.ballot_cast(
            round_=past, member=member, lines={need.pk: (1, None, None)}, by=member.rep
        )
    assert not Allocation.objects.exists()


def test_no_ballot_once_the_secretariat_closed_the_round(round_, member, secretariat):
    need = _need(round_)
    services.round_close(round_=round_, by=secretariat)
    with pytest.raises(ValidationError, match="closed"):
        services.ballot_cast(
            round_=round_, member=member, lines={need.pk: (1, None, None)}, by=member.rep
        )


def test_no_ballot_before_the_round_opens(network, member):
    draft = round_add(network, status=NeedsRound.Status.DRAFT)
    need = _need(draft)
    with pytest.raises(ValidationError):
        services.ballot_cast(
            round_=draft, member=member, lines={need.pk: (1, None, None)}, by=member.rep
        )


# --- Submissions ------------------------------------------------------------------------------


def test_a_representative_submits_a_need_for_their_organisation(round_, member):
    candidate = services.candidate_submit(
        round_=round_,
        member=member,
        by=member.rep,
        title="Staff cannot analyse district data",
        level="organizational",
        method="coaching",
        urgency="high",
        concerned="District health teams",
    )
    assert candidate.source == Candidate.Source.MEMBER
    assert candidate.member == member and candidate.submitted_by == member.rep


def test_no_submission_after_the_close(network, member):
    past = round_add(network, closes_at=timezone.now() - datetime.timedelta(minutes=1))
    with pytest.raises(ValidationError, match="closed"):
        services.candidate_submit(round_=past, member=member, by=member.rep, title="Late need")
    assert not Candidate.objects.exists()


def test_a_member_of_another_network_cannot_submit(round_):
    stranger = member_add(NetworkFactory(), name="Elsewhere")
    with pytest.raises(ValidationError):
        services.candidate_submit(round_=round_, member=stranger, by=stranger.rep, title="x")


def test_a_merged_candidate_can_no_longer_be_changed_or_withdrawn(round_, member, secretariat):
    candidate = services.candidate_submit(round_=round_, member=member, by=member.rep, title="A")
    services.need_create(round_=round_, candidates=[candidate], by=secretariat)
    candidate.refresh_from_db()
    with pytest.raises(ValidationError):
        services.candidate_update(candidate=candidate, data={"title": "B"}, by=member.rep)
    with pytest.raises(ValidationError):
        services.candidate_withdraw(candidate=candidate, by=member.rep)
    assert Candidate.objects.get().title == "A"


def test_a_candidate_not_merged_is_withdrawn(round_, member):
    candidate = services.candidate_submit(round_=round_, member=member, by=member.rep, title="A")
    services.candidate_withdraw(candidate=candidate, by=member.rep)
    assert not Candidate.objects.exists()


# --- Candidates from the network's plans ------------------------------------------------------


def test_candidates_come_only_from_endorsed_published_plans_not_withdrawn(
    network, round_, secretariat
):
    published = published_plan(network, key_issues=["Published issue"])
    published_plan(network, published=False, key_issues=["Unpublished issue"])
    published_plan(network, withdrawn=True, key_issues=["Withdrawn issue"])
    published_plan(
        network, status="not_endorsed", published=False, key_issues=["Not endorsed issue"]
    )
    published_plan(network, closed_days_ago=400, key_issues=["Old issue"])
    published_plan(NetworkFactory(), key_issues=["Another network's issue"])

    count = services.candidates_pull(round_=round_, by=secretariat)

    assert count == 1
    candidate = Candidate.objects.get()
    assert candidate.title == "Published issue"

    # Withdrawn, then published again: it keeps the date of its last withdrawal, and counts.
    again = published_plan(network, withdrawn=True, key_issues=["Published again"])
    PlanVersion.objects.filter(pk=again.pk).update(published_at=timezone.now())
    assert services.candidates_pull(round_=round_, by=secretariat) == 1
    assert Candidate.objects.filter(title="Published again").exists()
    assert candidate.source == Candidate.Source.KEY_ISSUE
    assert candidate.event == published.plan.event and candidate.plan_version == published


def test_pulling_twice_adds_nothing_twice(network, round_, secretariat):
    published_plan(network, key_issues=["One", "Two"])
    assert services.candidates_pull(round_=round_, by=secretariat) == 2
    assert services.candidates_pull(round_=round_, by=secretariat) == 0
    assert Candidate.objects.count() == 2


def test_the_largest_gaps_of_the_events_closed_round_come_in_as_candidates(
    network, round_, secretariat, event, core_group
):
    closed_round(event=event, members=[participation.user for participation in core_group])
    # Frozen after the assessment round closed (yesterday).
    published_plan(network, event, key_issues=[], closed_days_ago=0)

    count = services.candidates_pull(round_=round_, by=secretariat)

    gaps = list(Candidate.objects.filter(source=Candidate.Source.GAP))
    assert count == len(gaps) == 5
    assert all(gap.question_code and gap.gap is not None and gap.event == event for gap in gaps)
    assert services.candidates_pull(round_=round_, by=secretariat) == 0


def test_only_the_key_issues_the_published_version_names_come_in_without_descriptions(
    network, round_, secretariat
):
    version = published_plan(network, key_issues=["Named in the plan", "Raised too late"])
    event = version.plan.event
    KeyIssue.objects.filter(title="Named in the plan").update(description="What members said")
    # Raised after the version was published, though with a title the snapshot names.
    KeyIssue.objects.filter(title="Raised too late").update(created_at=timezone.now())
    # Raised before, but no action of the published version names it.
    unnamed = KeyIssue.objects.create(event=event, title="Not in the plan", source="group")
    KeyIssue.objects.filter(pk=unnamed.pk).update(
        created_at=version.closed_at - datetime.timedelta(days=2)
    )

    assert services.candidates_pull(round_=round_, by=secretariat) == 1

    candidate = Candidate.objects.get()
    assert candidate.title == "Named in the plan"
    assert candidate.description == ""


def test_the_gaps_come_from_an_assessment_round_closed_before_the_version(
    network, round_, secretariat, event, core_group
):
    # The assessment round closed yesterday; the plan was frozen a month ago.
    closed_round(event=event, members=[participation.user for participation in core_group])
    published_plan(network, event, key_issues=[], closed_days_ago=30)

    assert services.candidates_pull(round_=round_, by=secretariat) == 0
    assert not Candidate.objects.filter(source=Candidate.Source.GAP).exists()


# --- Consolidation ----------------------------------------------------------------------------


def test_a_candidate_already_in_a_shared_need_is_not_taken_into_another(
    round_, member, other_member, secretariat
):
    first = services.candidate_submit(round_=round_, member=member, by=member.rep, title="A")
    second = services.candidate_submit(
        round_=round_, member=other_member, by=other_member.rep, title="B"
    )
    kept = services.need_create(round_=round_, candidates=[first], by=secretariat)
    other = _need(round_, "Other")
    # Both loaded before `first` went into `kept`, as a page opened earlier posts them.
    stale = list(Candidate.objects.filter(pk__in=[first.pk, second.pk]))
    for candidate in stale:
        candidate.shared_need = None

    with pytest.raises(ValidationError, match="1 of the chosen candidates is already"):
        services.need_create(round_=round_, candidates=stale, by=secretariat)
    with pytest.raises(ValidationError, match="1 of the chosen candidates is already"):
        services.need_add_candidates(need=other, candidates=stale, by=secretariat)

    assert list(kept.sources.all()) == [first]
    assert Candidate.objects.get(pk=second.pk).shared_need is None
    assert list(SharedNeed.objects.order_by("pk")) == [kept, other]


def test_a_need_loaded_before_the_publication_is_not_changed_after_it(round_, member, secretariat):
    need, into, empty = _need(round_, "Data"), _need(round_, "Data use"), _need(round_, "Empty")
    stale = [
        SharedNeed.objects.select_related("round").get(pk=pk)
        for pk in (need.pk, need.pk, empty.pk, need.pk)
    ]
    services.ballot_cast(
        round_=round_, member=member, lines={into.pk: (5, None, None)}, by=member.rep
    )
    services.round_close(round_=round_, by=secretariat)
    services.round_publish(round_=round_, by=secretariat)

    with pytest.raises(ValidationError, match="published"):
        services.need_merge(need=stale[0], into=into, by=secretariat)
    with pytest.raises(ValidationError, match="published"):
        services.need_update(need=stale[1], data={"title": "Changed"}, by=secretariat)
    with pytest.raises(ValidationError, match="published"):
        services.need_delete(need=stale[2], by=secretariat)
    candidate = Candidate.objects.create(round=round_, source="member", member=member, title="C")
    with pytest.raises(ValidationError, match="published"):
        services.need_add_candidates(need=stale[3], candidates=[candidate], by=secretariat)
    assert list(SharedNeed.objects.order_by("pk").values_list("title", flat=True)) == [
        "Data",
        "Data use",
        "Empty",
    ]


def test_a_candidate_loaded_before_the_close_is_not_changed_after_it(round_, member, secretariat):
    candidate = services.candidate_submit(round_=round_, member=member, by=member.rep, title="A")
    stale = [Candidate.objects.select_related("round").get(pk=candidate.pk) for _ in range(2)]
    services.round_close(round_=round_, by=secretariat)
    with pytest.raises(ValidationError, match="closed"):
        services.candidate_update(candidate=stale[0], data={"title": "B"}, by=member.rep)
    with pytest.raises(ValidationError, match="closed"):
        services.candidate_withdraw(candidate=stale[1], by=member.rep)
    assert Candidate.objects.get().title == "A"


def test_a_merged_need_keeps_every_source_and_the_points(round_, member, other_member, secretariat):
    first = services.candidate_submit(round_=round_, member=member, by=member.rep, title="Data")
    second = services.candidate_submit(
        round_=round_, member=other_member, by=other_member.rep, title="Data use"
    )
    kept = services.need_create(round_=round_, candidates=[first], by=secretariat)
    merged = services.need_create(round_=round_, candidates=[second], by=secretariat)
    services.ballot_cast(
        round_=round_,
        member=member,
        lines={kept.pk: (3, None, None), merged.pk: (4, None, None)},
        by=member.rep,
    )

    services.need_merge(need=merged, into=kept, by=secretariat)

    assert not SharedNeed.objects.filter(pk=merged.pk).exists()
    assert set(kept.sources.values_list("title", flat=True)) == {"Data", "Data use"}
    assert AllocationLine.objects.get(need=kept).points == 7


def test_a_need_is_merged_only_into_one_of_its_round(network, round_, secretariat):
    need = _need(round_)
    other = _need(round_add(network, year=round_.year - 1))
    with pytest.raises(ValidationError):
        services.need_merge(need=need, into=other, by=secretariat)
    with pytest.raises(ValidationError):
        services.need_merge(need=need, into=need, by=secretariat)


def test_a_need_with_sources_is_not_deleted(round_, member, secretariat):
    candidate = services.candidate_submit(round_=round_, member=member, by=member.rep, title="A")
    need = services.need_create(round_=round_, candidates=[candidate], by=secretariat)
    with pytest.raises(ValidationError):
        services.need_delete(need=need, by=secretariat)
    empty = _need(round_, "Empty")
    services.need_delete(need=empty, by=secretariat)
    assert list(SharedNeed.objects.values_list("title", flat=True)) == ["A"]


def test_a_need_continues_only_a_need_of_last_years_round(network, round_, secretariat):
    need = _need(round_)
    last = _need(round_add(network, year=round_.year - 1), "Last year")
    older = _need(round_add(network, year=round_.year - 2), "Two years ago")
    services.need_update(need=need, data={"continues": last}, by=secretariat)
    with pytest.raises(ValidationError):
        services.need_update(need=need, data={"continues": older}, by=secretariat)


# --- The round's steps ------------------------------------------------------------------------


def test_a_round_opens_only_with_a_closing_time_ahead(network, secretariat):
    draft = round_add(
        network,
        status=NeedsRound.Status.DRAFT,
        closes_at=timezone.now() - datetime.timedelta(days=1),
    )
    with pytest.raises(ValidationError):
        services.round_open(round_=draft, by=secretariat)
    draft.closes_at = timezone.now() + datetime.timedelta(days=1)
    draft.save()
    assert services.round_open(round_=draft, by=secretariat).status == NeedsRound.Status.OPEN


def test_one_round_a_year(network, round_, secretariat):
    with pytest.raises(ValidationError):
        services.round_create(network=network, by=secretariat, year=round_.year)


def test_a_second_round_of_the_year_saved_at_the_same_moment_is_refused_on_the_year(
    network, round_, secretariat, monkeypatch
):
    # Two submissions at once both pass the check before either is saved: the database's
    # constraint refuses the second, and the form says why on the year.
    monkeypatch.setattr(NeedsRound, "validate_constraints", lambda self, exclude=None: None)
    with pytest.raises(ValidationError) as refused:
        services.round_create(network=network, by=secretariat, year=round_.year)
    assert refused.value.message_dict == {
        "year": ["The network already has a round for this year."]
    }
    assert NeedsRound.objects.filter(network=network).count() == 1


def test_the_allowance_and_the_ratings_no_longer_change_once_a_ballot_is_cast(
    round_, member, secretariat
):
    need = _need(round_)
    services.round_update(round_=round_, data={"points_per_member": 12}, by=secretariat)
    services.ballot_cast(
        round_=round_, member=member, lines={need.pk: (3, None, None)}, by=member.rep
    )
    stale = NeedsRound.objects.get(pk=round_.pk)
    with pytest.raises(ValidationError) as refused:
        services.round_update(
            round_=stale, data={"points_per_member": 5, "asks_ratings": True}, by=secretariat
        )
    assert set(refused.value.message_dict) == {"points_per_member", "asks_ratings"}
    # The same values again, or another field, still save.
    later = timezone.now() + datetime.timedelta(days=9)
    services.round_update(
        round_=stale, data={"points_per_member": 12, "closes_at": later}, by=secretariat
    )
    round_.refresh_from_db()
    assert (round_.points_per_member, round_.asks_ratings) == (12, False)
    assert round_.closes_at == later


def test_publishing_freezes_the_result(round_, member, secretariat):
    need = _need(round_, "Data use")
    services.ballot_cast(
        round_=round_, member=member, lines={need.pk: (5, None, None)}, by=member.rep
    )
    services.round_close(round_=round_, by=secretariat)
    services.round_publish(round_=round_, by=secretariat)
    round_.refresh_from_db()
    need.title = "Reworded after"
    need.save()
    assert round_.result[0]["title"] == "Data use" and round_.result[0]["points"] == 5
    with pytest.raises(ValidationError):
        services.need_update(need=need, data={"title": "Again"}, by=secretariat)


# --- The audit log --------------------------------------------------------------------------


def _audit(network, action):
    return [
        entry
        for entry in AuditEntry.objects.filter(action=action).order_by("pk")
        if entry.details.get("network") == network.pk
    ]


def test_opening_a_round_is_in_the_audit_log(network, secretariat):
    draft = round_add(
        network,
        status=NeedsRound.Status.DRAFT,
        closes_at=timezone.now() + datetime.timedelta(days=1),
    )
    services.round_open(round_=draft, by=secretariat)
    [entry] = _audit(network, AuditEntry.Action.ROUND_OPENED)
    assert entry.actor == secretariat and entry.details["round"] == draft.pk
    assert entry.summary == (
        f"Round {draft.year} of {network.name} was opened to submissions and ballots."
    )


def test_closing_and_publishing_a_round_are_in_the_audit_log(network, round_, member, secretariat):
    need = _need(round_, "Data use")
    services.ballot_cast(
        round_=round_, member=member, lines={need.pk: (5, None, None)}, by=member.rep
    )
    services.round_close(round_=round_, by=secretariat)
    [closed] = _audit(network, AuditEntry.Action.ROUND_CLOSED)
    assert closed.summary == f"Round {round_.year} of {network.name} was closed."
    assert closed.actor == secretariat and closed.details["round"] == round_.pk

    services.round_publish(round_=round_, by=secretariat)
    [published] = _audit(network, AuditEntry.Action.ROUND_PUBLISHED)
    assert published.summary == (
        f"The result of round {round_.year} of {network.name} was published."
    )
    assert published.details["needs"] == 1


def test_a_refused_close_writes_nothing_in_the_audit_log(network, secretariat):
    draft = round_add(network, status=NeedsRound.Status.DRAFT)
    with pytest.raises(ValidationError):
        services.round_close(round_=draft, by=secretariat)
    assert _audit(network, AuditEntry.Action.ROUND_CLOSED) == []


def test_merging_needs_is_in_the_audit_log(network, round_, secretariat):
    kept, merged = _need(round_, "Data use"), _need(round_, "Use of data")
    merged_pk = merged.pk
    services.need_merge(need=merged, into=kept, by=secretariat)
    [entry] = _audit(network, AuditEntry.Action.NEEDS_MERGED)
    assert entry.summary == (
        f"The shared need “Use of data” was merged into “Data use” (round {round_.year})."
    )
    assert entry.details == {
        "network": network.pk,
        "round": round_.pk,
        "need": merged_pk,
        "into": kept.pk,
    }
