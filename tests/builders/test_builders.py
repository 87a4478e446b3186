"""The builders make what they say: events really in their phase, rounds with the answers and
submissions asked for, plans frozen into fingerprinted versions."""

import pytest

from actionplans.models import PlanVersion
from assessments.models import Answer, Question, Response
from builders.events import event_advance_to, event_at_phase
from builders.factories import OrganisationFactory, UserFactory
from builders.plans import plan_with_versions
from builders.rounds import answered_round, default_version
from events.models import Event, Participation
from events.services.event import event_phase_blockers
from events.services.people import participation_add

pytestmark = pytest.mark.django_db

Phase = Event.Phase


@pytest.mark.parametrize("phase", Phase.values)
def test_an_event_at_each_phase_is_in_it_with_what_the_phase_needs(phase):
    event = event_at_phase(phase=phase)
    event.refresh_from_db()
    assert event.phase == phase
    assert event.participations.filter(role="facilitator").count() == 1
    assert event.sessions.filter(day=1).exists()
    lead = event.participations.filter(is_lead=True).first()
    if phase == Phase.PREPARATION:
        assert lead is None
    else:
        assert lead.role == "core_group" and lead.user.organisation.is_government
        # Nothing stops the event from being where it is.
        assert event_phase_blockers(event=event, phase=phase) == []
    # Past core-group work the event has been through its endorsement workshop.
    past_the_workshop = Phase.values.index(phase) > Phase.values.index(Phase.CORE_GROUP_WORK)
    endorsed = PlanVersion.objects.filter(plan__event=event, status="endorsed").exists()
    assert endorsed == past_the_workshop


def test_an_event_at_a_phase_keeps_the_lead_it_is_given_and_refuses_a_skipped_guard():
    lead = UserFactory(organisation=OrganisationFactory(kind="government"))
    event = event_at_phase(phase=Phase.CORE_GROUP_WORK, lead=lead, title="Water sector")
    assert event.title == "Water sector"
    assert event.participations.get(is_lead=True).user == lead
    # Advancing goes through the guards: without a lead there is no kick-off.
    bare = event_at_phase()
    with pytest.raises(Exception, match="no lead"):
        event_advance_to(event=bare, phase=Phase.KICK_OFF)
    bare.refresh_from_db()
    assert bare.phase == Phase.PREPARATION


@pytest.fixture
def members():
    event = event_at_phase(phase=Phase.CORE_GROUP_WORK)
    government = OrganisationFactory(kind="government")
    others = [UserFactory(organisation=government) for _ in range(3)]
    for user in others:
        participation_add(event=event, user=user, role="core_group")
    return event, [event.participations.get(is_lead=True).user, *others]


def test_an_answered_round_has_the_answers_and_submissions_asked_for(members):
    event, people = members
    questions = Question.objects.filter(dimension__level__version=default_version()).count()
    assessment_round = answered_round(event=event, members=people, scores=(1, 3), submitted=2)
    assert assessment_round.event == event and assessment_round.number == 1
    responses = list(assessment_round.responses.order_by("pk"))
    assert [response.respondent for response in responses] == people
    assert [response.status for response in responses] == ["submitted"] * 2 + ["in_progress"] * 2
    assert all(response.submitted_at for response in responses[:2])
    answers = Answer.objects.filter(response__round=assessment_round)
    assert answers.count() == 4 * questions
    assert set(answers.values_list("current", "desired")) == {(1, 3)}


def test_an_answered_round_takes_scores_per_answer_and_leaves_gaps(members):
    event, people = members

    def scores(index, position):
        if index == 1 and position >= 10:
            return None  # the second member stops at ten questions
        return {"current": 1 + index, "desired": 4}

    assessment_round = answered_round(event=event, members=people[:2], scores=scores)
    first, second = assessment_round.responses.order_by("pk")
    assert set(first.answers.values_list("current", flat=True)) == {1}
    assert second.answers.count() == 10
    assert set(second.answers.values_list("current", flat=True)) == {2}
    assert Response.objects.filter(round=assessment_round, status="submitted").count() == 2
    later = answered_round(event=event, members=people, submitted=False)
    assert later.number == 2 and later.kind == "follow_up"
    assert not later.responses.filter(status="submitted").exists()


def test_a_plan_with_versions_has_frozen_fingerprinted_versions(members):
    event, _people = members
    facilitator = event.participations.get(role=Participation.Role.FACILITATOR).user
    plan = plan_with_versions(event=event, by=facilitator, versions=3, objectives=2, actions=2)
    versions = list(plan.versions.order_by("number"))
    assert [version.number for version in versions] == [1, 2, 3]
    assert all(len(version.fingerprint) == 64 for version in versions)
    assert len({version.fingerprint for version in versions}) == 3
    assert all(version.status == PlanVersion.Status.ENDORSED for version in versions)
    assert len(versions[-1].snapshot["objectives"]) == 2
    assert "revised after version 2" in str(versions[-1].snapshot)


def test_a_plan_left_open_keeps_its_last_version_open_for_positions(members):
    event, _people = members
    facilitator = event.participations.get(role=Participation.Role.FACILITATOR).user
    plan = plan_with_versions(event=event, by=facilitator, versions=2, endorsed=False)
    statuses = list(plan.versions.order_by("number").values_list("status", flat=True))
    assert statuses == [PlanVersion.Status.NOT_ENDORSED, PlanVersion.Status.OPEN]


def test_an_answered_round_takes_each_members_scores_or_none_at_all(members):
    event, people = members
    assessment_round = answered_round(event=event, members=people[:2], scores=[(1, 4), (3, 3)])
    first, second = assessment_round.responses.order_by("pk")
    assert set(first.answers.values_list("current", "desired")) == {(1, 4)}
    assert set(second.answers.values_list("current", "desired")) == {(3, 3)}
    opened = answered_round(event=event, members=people, scores=None, submitted=False)
    assert opened.responses.count() == 4
    assert not Answer.objects.filter(response__round=opened).exists()
    assert not opened.responses.filter(status="submitted").exists()
