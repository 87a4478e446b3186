"""The services whose acting person is not yet called `by`, each called from here only.

The builders (and the bench) call these wrappers, which take the actor as `by`; when a service's
own keyword becomes `by`, the one line here that passes it changes, and nothing else.
"""

from actionplans import services as plan_services
from actionplans.models import (
    Action,
    ActionPlan,
    KeyIssue,
    PlanVersion,
    Position,
    ProgressUpdate,
    Vote,
)
from assessments import services as assessment_services
from assessments.models import AssessmentRound, ConsensusScore, Question
from cdfacil.models import User
from events import services as event_services
from events.models import Event

# --- events -----------------------------------------------------------------------------------


def event_create(*, by: User, **fields) -> Event:
    return event_services.event_create(created_by=by, **fields)


def event_update(*, event: Event, by: User, **fields) -> Event:
    """`by` is not passed yet: `event_update` does not take the actor."""
    return event_services.event_update(event=event, **fields)


# --- assessments ------------------------------------------------------------------------------


def consensus_record(
    *, assessment_round: AssessmentRound, question: Question, by: User, **scores
) -> ConsensusScore:
    return assessment_services.consensus_record(
        assessment_round=assessment_round, question=question, recorded_by=by, **scores
    )


# --- actionplans ------------------------------------------------------------------------------


def key_issue_create(*, event: Event, by: User, **fields) -> KeyIssue:
    return plan_services.key_issue_create(event=event, created_by=by, **fields)


def vote_cast(*, key_issue: KeyIssue, by: User, dots: int) -> Vote | None:
    return plan_services.vote_cast(key_issue=key_issue, voter=by, dots=dots)


def plan_freeze(*, plan: ActionPlan, by: User) -> PlanVersion:
    return plan_services.plan_freeze(plan=plan, frozen_by=by)


def position_record(*, version: PlanVersion, by: User, **position) -> Position:
    return plan_services.position_record(version=version, recorded_by=by, **position)


def progress_record(*, action: Action, by: User, **progress) -> ProgressUpdate:
    return plan_services.progress_record(action=action, recorded_by=by, **progress)
