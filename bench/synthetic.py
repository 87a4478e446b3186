"""A synthetic platform for benchmarks: many complete events, built fast.

Every event has the same shape, so a page of one event does the same work at any size of the
platform; what grows is everything around it. Per event: 10 organisations, a facilitator, a
core group of 5 (4 government members, one of them the lead, and a development partner), 28
stakeholders, the five-day agenda and checklist, a submitted baseline round with consensus on
every question and an open follow-up round fully answered but not yet submitted (10 responses
of 60 answers), 10 key
issues with dot votes, a plan of 3 objectives, 6 outputs, 9 indicators and 20 actions, its
version 1 frozen and endorsed by 10 organisations. Five events in six publish that version to
donors, who pledge to 10 of its actions: 25 published plans at scale 1, a full page of the donor
portfolio, so the portfolio shows as much at every size.

At scale 1 the platform has 30 events, 300 organisations, about 1,020 people, 300 responses
(18,000 answers), 600 actions and 250 pledges; scale 10 has ten times each. Rows are written
with `bulk_create`, and the steps with rules of their own (creating the event, opening a
round, freezing, closing the endorsement, publishing) go through the services.

One person of each kind is the same at every size: `bench-facilitator` facilitates one event
in two (more than a page of the dashboard at every size), `bench-donor` is one of the donors,
and event 0's lead is the member measured.
"""

import datetime
import random
from dataclasses import dataclass
from decimal import Decimal

from django.contrib.auth.hashers import make_password
from django.db import connection, transaction
from django.utils import timezone

from actionplans.models import Action as PlanAction
from actionplans.models import (
    ActionPlan,
    Ballot,
    Indicator,
    KeyIssue,
    Objective,
    Output,
    PlanVersion,
    Pledge,
    Position,
    Vote,
)
from actionplans.services.endorsement import endorsement_close
from actionplans.services.versions import plan_freeze, plan_version_publish
from assessments.models import Answer, ConsensusScore, FrameworkVersion, Question, Response
from builders.events import event_advance_to
from builders.people import participations_add, people
from builders.rounds import answered_round, default_version
from cdfacil.models import Organisation, User
from events.models import Event, Participation
from events.services.event import event_create

EVENTS_PER_SCALE = 30
ORGANISATIONS_PER_EVENT = 10
CORE_GROUP = 5
STAKEHOLDERS = 28
KEY_ISSUES = 10
ACTIONS = 20
PLEDGES_PER_PUBLISHED_EVENT = 10
# Five events in six publish their plan.
PUBLISHED_OF = (5, 6)

Kind = Organisation.Kind
Role = Participation.Role
ORGANISATION_KINDS = [
    Kind.GOVERNMENT,
    Kind.GOVERNMENT,
    Kind.GOVERNMENT,
    Kind.GOVERNMENT,
    Kind.DEVELOPMENT_PARTNER,
    Kind.DEVELOPMENT_PARTNER,
    Kind.CIVIL_SOCIETY,
    Kind.PRIVATE_SECTOR,
    Kind.ACADEMIA,
    Kind.OTHER,
]
SECTORS = ["health", "education", "water", "agriculture", "public_finance"]
COUNTRIES = ["UG", "TZ", "KE", "GH", "SN", "MZ", "RW", "ZM", "BF", "BO"]


@dataclass
class Subjects:
    """The objects whose pages the benchmark asks for, the same at every size."""

    facilitator: User
    member: User
    donor: User
    event: Event

    @property
    def baseline(self):
        return self.event.assessment_rounds.get(number=1)

    @property
    def follow_up(self):
        return self.event.assessment_rounds.get(number=2)

    @property
    def member_response(self):
        return Response.objects.get(round=self.follow_up, respondent=self.member)

    @property
    def version(self):
        return PlanVersion.objects.get(plan__event=self.event, number=1)


def _bench_person(username: str, organisation, **fields) -> User:
    user, _created = User.objects.get_or_create(
        username=username,
        defaults={
            "email": f"{username}@bench.example.org",
            "first_name": username.replace("-", " ").title(),
            "last_name": "Bench",
            "organisation": organisation,
            "password": make_password(None),
            **fields,
        },
    )
    return user


def _random_answer(rng: random.Random) -> dict:
    current = rng.randint(1, 4)
    return {
        "current": current,
        "desired": min(4, current + rng.randint(0, 2)),
        "evidence": "Seen in the sector review." if rng.random() < 0.2 else "",
    }


def _organisations(index: int) -> list[Organisation]:
    return Organisation.objects.bulk_create(
        Organisation(
            name=f"Organisation {index}-{n}",
            acronym=f"O{index}{n}",
            kind=kind,
            country=COUNTRIES[index % len(COUNTRIES)],
        )
        for n, kind in enumerate(ORGANISATION_KINDS)
    )


def _facilitator(index: int, organisations: list[Organisation]) -> User:
    """The event's facilitator (the bench's own in one event in two), and a donor in one in
    three."""
    if index % 2 == 0:
        facilitator = _bench_person("bench-facilitator", organisations[9])
    else:
        facilitator = _bench_person(f"facilitator-{index}", organisations[9])
    if index % 3 == 0:
        _bench_person(
            "bench-donor" if index == 0 else f"donor-{index}", organisations[4], is_donor=True
        )
    return facilitator


def _rounds(event, core, facilitator, *, version, questions, rng) -> None:
    """A baseline round submitted and agreed on every question; a follow-up round answered
    but not submitted."""
    now = timezone.now()
    baseline = answered_round(
        event=event,
        members=core,
        scores=lambda _index, _position: _random_answer(rng),
        version=version,
        questions=questions,
        opens_at=now - datetime.timedelta(days=10),
        closes_at=now - datetime.timedelta(days=5),
    )
    answered_round(
        event=event,
        members=core,
        scores=lambda _index, _position: _random_answer(rng),
        submitted=False,
        version=version,
        questions=questions,
        opens_at=now - datetime.timedelta(days=1),
        closes_at=now + datetime.timedelta(days=2),
    )
    ConsensusScore.objects.bulk_create(
        ConsensusScore(
            round=baseline,
            question=question,
            current=2,
            desired=3,
            rationale="Agreed after comparing the sector review with the staff survey.",
            recorded_by=facilitator,
        )
        for question in questions
    )


def _key_issues(event, core) -> list[KeyIssue]:
    """Ten key issues and the core group's dots, the vote closed."""
    key_issues = KeyIssue.objects.bulk_create(
        KeyIssue(
            event=event,
            title=f"Key issue {n + 1}: reporting lines between districts and the centre",
            description="Raised by the core group during the organisational assessment.",
            source=KeyIssue.Source.GROUP,
            created_by=core[0],
        )
        for n in range(KEY_ISSUES)
    )
    Ballot.objects.create(event=event, closed_at=timezone.now())
    Vote.objects.bulk_create(
        Vote(key_issue=key_issues[(m + n) % KEY_ISSUES], voter=member, dots=n + 1)
        for m, member in enumerate(core)
        for n in range(3)
    )
    return key_issues


def _plan(event, index, organisations, key_issues) -> list[PlanAction]:
    """The plan's chain, written in bulk: 3 objectives, 6 outputs, 9 indicators, 20 actions."""
    day1, partners = event.day1, organisations[4:6]
    plan = ActionPlan.objects.create(event=event, title=f"Action plan of event {index}")
    objectives = Objective.objects.bulk_create(
        Objective(plan=plan, title=f"Objective {n + 1}: stronger sector planning", order=n)
        for n in range(3)
    )
    outputs = Output.objects.bulk_create(
        Output(objective=objective, title=f"Output {o + 1}.{n + 1}: skills in place", order=n)
        for o, objective in enumerate(objectives)
        for n in range(2)
    )
    indicators = Indicator.objects.bulk_create(
        [
            Indicator(objective=objective, description="Share of plans approved on time", unit="%")
            for objective in objectives
        ]
        + [
            Indicator(
                output=output,
                description="Staff trained and applying the skill",
                unit="people",
                baseline_value=Decimal(10),
                baseline_year=2026,
                target_value=Decimal(40),
                target_year=2028,
            )
            for output in outputs
        ]
    )
    output_indicators = indicators[len(objectives) :]
    actions = PlanAction.objects.bulk_create(
        PlanAction(
            output=outputs[n % len(outputs)],
            title=f"Action {n + 1}: coaching and peer exchange for district teams",
            description="Peer coaching for the district team, then a joint review of the plan.",
            responsible_organisation=organisations[n % 4],
            lead_person="Head of planning",
            starts_on=day1 + datetime.timedelta(days=30 + n),
            ends_on=day1 + datetime.timedelta(days=200 + n),
            cd_method="coaching",
            estimated_cost=Decimal(25000 + 1000 * n),
            currency="USD",
            order=n,
        )
        for n in range(ACTIONS)
    )
    _action_links(actions, output_indicators, partners, key_issues)
    return actions


def _action_links(actions, output_indicators, partners, key_issues) -> None:
    """Each action's indicator, supporting partner and key issue, written in bulk."""
    PlanAction.indicators.through.objects.bulk_create(
        PlanAction.indicators.through(
            action_id=action.pk, indicator_id=output_indicators[n % len(output_indicators)].pk
        )
        for n, action in enumerate(actions)
    )
    PlanAction.supporting_partners.through.objects.bulk_create(
        PlanAction.supporting_partners.through(
            action_id=action.pk, organisation_id=partners[n % 2].pk
        )
        for n, action in enumerate(actions)
    )
    PlanAction.key_issues.through.objects.bulk_create(
        PlanAction.key_issues.through(action_id=action.pk, keyissue_id=key_issues[n % 10].pk)
        for n, action in enumerate(actions)
    )


def _endorsement(index, plan, organisations, actions, facilitator) -> None:
    """Version 1 frozen and endorsed by every organisation; published with pledges in five events
    of six."""
    plan_version = plan_freeze(plan=plan, by=facilitator)
    Position.objects.bulk_create(
        Position(
            version=plan_version,
            organisation=organisation,
            stance=Position.Stance.ENDORSE,
            recorded_by=facilitator,
        )
        for organisation in organisations
    )
    plan_version = endorsement_close(version=plan_version, by=facilitator)
    if index % PUBLISHED_OF[1] < PUBLISHED_OF[0]:
        plan_version_publish(version=plan_version, by=facilitator)
        donors = list(User.objects.filter(is_donor=True).order_by("pk")[:10])
        Pledge.objects.bulk_create(
            Pledge(
                action=actions[n],
                version=plan_version,
                donor=donors[n % len(donors)],
                organisation_id=donors[n % len(donors)].organisation_id,
                amount=Decimal(5000 * (n + 1)),
                currency="USD",
                # In the action's currency: it counts as it is, as `pledge_save` would store it.
                counted_amount=Decimal(5000 * (n + 1)),
                counted_currency="USD",
                status=Pledge.Status.COMMITTED if n % 2 else Pledge.Status.INDICATED,
            )
            for n in range(PLEDGES_PER_PUBLISHED_EVENT)
        )


@transaction.atomic
def build_event(index: int, *, version: FrameworkVersion, questions: list[Question]) -> Event:
    """Event number `index` of the synthetic platform, complete, in one transaction."""
    organisations = _organisations(index)
    government, partners = organisations[:4], organisations[4:6]
    facilitator = _facilitator(index, organisations)
    day1 = timezone.localdate() - datetime.timedelta(days=index % 400)
    event = event_create(
        by=facilitator,
        title=f"Joint approach to capacity development, event {index}",
        sector=SECTORS[index % len(SECTORS)],
        country=COUNTRIES[index % len(COUNTRIES)],
        day1=day1,
        venue=f"Conference centre {index}",
    )
    core = people(f"member-{index}", government + [partners[0]], CORE_GROUP)
    stakeholders = people(f"stakeholder-{index}", organisations, STAKEHOLDERS)
    participations_add(event=event, users=core, role=Role.CORE_GROUP, lead=core[0])
    participations_add(event=event, users=stakeholders, role=Role.STAKEHOLDER)
    event = event_advance_to(event=event, phase=Event.Phase.ENDORSEMENT)
    rng = random.Random(index)
    _rounds(event, core, facilitator, version=version, questions=questions, rng=rng)
    key_issues = _key_issues(event, core)
    actions = _plan(event, index, organisations, key_issues)
    _endorsement(index, event.plan, organisations, actions, facilitator)
    return event


def build_platform(*, scale: int, progress=None) -> Subjects:
    """Grow the platform to `scale` (events numbered from what is there already)."""
    version = default_version()
    questions = list(Question.objects.filter(dimension__level__version=version).order_by("pk"))
    start = Event.objects.filter(title__startswith="Joint approach to capacity development, event")
    target = scale * EVENTS_PER_SCALE
    for index in range(start.count(), target):
        build_event(index, version=version, questions=questions)
        if progress and (index + 1) % 30 == 0:
            progress(index + 1, target)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return subjects()


def subjects() -> Subjects:
    event = Event.objects.get(title="Joint approach to capacity development, event 0")
    member = Participation.objects.get(event=event, role=Role.CORE_GROUP, is_lead=True).user
    return Subjects(
        facilitator=User.objects.get(username="bench-facilitator"),
        member=member,
        donor=User.objects.get(username="bench-donor"),
        event=event,
    )


def platform_counts() -> dict[str, int]:
    return {
        "events": Event.objects.count(),
        "organisations": Organisation.objects.count(),
        "users": User.objects.count(),
        "responses": Response.objects.count(),
        "answers": Answer.objects.count(),
        "actions": PlanAction.objects.count(),
        "pledges": Pledge.objects.count(),
    }
