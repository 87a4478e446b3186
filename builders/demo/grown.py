"""The demo's followed-up event grown large: the subject of the report benchmarks and of the
worker tests."""

import datetime
from decimal import Decimal

from django.utils import timezone

from actionplans.models import Action, KeyIssue, Output, PlanVersion, Position
from actionplans.selectors.endorsement import event_organisations
from actionplans.services.endorsement import endorsement_close, position_record
from actionplans.services.versions import plan_freeze
from assessments.models import AssessmentRound
from assessments.services.rounds import round_close
from builders.demo.content import FOLLOW_UP_TITLE
from builders.demo.event import demo_load
from builders.events import event_move_to
from builders.people import people
from builders.rounds import answered_round
from cdfacil.models import Organisation, User
from events.models import Event, Participation
from events.services.people import participation_add


def _follow_up_round(event) -> AssessmentRound:
    """A follow-up round, opened two days ago, with every core-group member's answers submitted."""
    baseline = AssessmentRound.objects.filter(event=event).order_by("number").first()
    members = [p.user for p in event.participations.filter(role=Participation.Role.CORE_GROUP)]
    now = timezone.now()
    return answered_round(
        event=event,
        members=members,
        scores=lambda index, position: {"current": 2 + (position + index) % 3, "desired": 4},
        version=baseline.version,
        opens_at=now - datetime.timedelta(days=2),
        closes_at=now + datetime.timedelta(days=2),
    )


def _participants(event, participants: int) -> None:
    """Stakeholders from district health offices, one office each, up to `participants`."""
    first = event.participations.count()
    offices = Organisation.objects.bulk_create(
        Organisation(name=f"District health office {n}", kind=Organisation.Kind.GOVERNMENT)
        for n in range(first, participants)
    )
    if not offices:
        return
    for user in people("bench-person", offices, len(offices), start=first, last_name="Participant"):
        participation_add(event=event, user=user, role=Participation.Role.STAKEHOLDER)


def _actions(event, actions: int) -> None:
    """Actions with a long description up to `actions`, spread over the plan's outputs."""
    outputs = list(Output.objects.filter(objective__plan__event=event))
    responsible = list(Organisation.objects.all()[:10])
    existing = Action.objects.filter(output__objective__plan=event.plan).count()
    for number in range(existing, actions):
        output = outputs[number % len(outputs)]
        action = Action.objects.create(
            output=output,
            title=f"Action {number + 1}: coaching and peer exchange for district teams",
            description=(
                "Peer coaching for the district health management team, followed by a "
                "joint review of the annual plan and a short written report to the ministry "
                "on what changed in practice and what support is still needed."
            ),
            responsible_organisation=responsible[number % len(responsible)],
            lead_person="Head of planning",
            starts_on=event.day1 + datetime.timedelta(days=30 + number),
            ends_on=event.day1 + datetime.timedelta(days=200 + number),
            cd_method="coaching",
            estimated_cost=Decimal(25000 + 1000 * number),
            currency="USD",
            order=number,
        )
        indicator = output.indicators.first() or output.objective.indicators.first()
        action.indicators.add(indicator)


def _endorsed_version(event, facilitator) -> PlanVersion:
    """A new version holding every action, endorsed by every organisation of the event."""
    plan = event.plan
    for version in plan.versions.filter(status=PlanVersion.Status.OPEN):
        event_move_to(event=event, phase=Event.Phase.ENDORSEMENT, by=facilitator)
        endorsement_close(version=version)
    # The plan revised in core-group work, frozen, and taken to the broad group again.
    event_move_to(event=event, phase=Event.Phase.CORE_GROUP_WORK, by=facilitator)
    version = plan_freeze(plan=plan, by=facilitator)
    event_move_to(event=event, phase=Event.Phase.ENDORSEMENT, by=facilitator)
    for organisation in event_organisations(event=event):
        position_record(
            version=version,
            organisation=organisation,
            stance=Position.Stance.ENDORSE,
            comment="",
            by=facilitator,
        )
    version = endorsement_close(version=version)
    event_move_to(event=event, phase=Event.Phase.FOLLOW_UP, by=facilitator)
    return version


def grow_demo_event(*, participants: int = 40, actions: int = 50, key_issues: int = 13) -> Event:
    """The demo's followed-up event, grown to the given numbers, with a follow-up assessment
    round and an endorsed version holding every action (the one the event report prints). Both
    rounds are closed, as they are by the time a plan is endorsed: the reports print their
    results."""
    demo_load()
    event = Event.objects.get(title=FOLLOW_UP_TITLE)
    facilitator = User.objects.get(username="facilitator")
    _follow_up_round(event)
    for assessment_round in event.assessment_rounds.all():
        if not assessment_round.is_closed:
            round_close(assessment_round=assessment_round, by=facilitator)
    _participants(event, participants)
    _actions(event, actions)
    # More key issues than the demo's, as a larger core group would have raised before its
    # vote (which is closed by now: written directly, as a report's content).
    KeyIssue.objects.bulk_create(
        KeyIssue(
            event=event,
            title=f"Key issue {number + 1}: reporting lines between districts and the centre",
            description="Raised by the core group during the organisational assessment.",
            source=KeyIssue.Source.GROUP,
            created_by=facilitator,
        )
        for number in range(event.key_issues.count(), key_issues)
    )
    _endorsed_version(event, facilitator)
    event.refresh_from_db()
    return event
