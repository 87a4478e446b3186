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

Networks grow with it, one per unit of scale, each of the same shape (see `build_network`): 200
member organisations with a representative each, a secretariat of two, last year's round
published and this year's closed with 40 shared needs and the ballots of 180 members, 5 clusters
of 40 members each (one member in ten in a second cluster too) with 4 focus areas and 400
activities each (2,000 in all), and a half-year reported on every activity. `bench-secretariat`
runs network 0, whose needs ranking, first cluster and its consolidated report are measured.
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
from networks.models import (
    Activity,
    ActivityReport,
    Allocation,
    AllocationLine,
    Candidate,
    Cluster,
    ClusterMembership,
    FocusArea,
    NeedsRound,
    Network,
    NetworkMember,
    NetworkPledge,
    ReportingPeriod,
    Representative,
    SecretariatSeat,
    SharedNeed,
)

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

NETWORKS_PER_SCALE = 1
NETWORK_MEMBERS = 200
NETWORK_CLUSTERS = 5
FOCUS_AREAS_PER_CLUSTER = 4
NETWORK_ACTIVITIES = 2000
SHARED_NEEDS = 40
# The members that cast a ballot (the first ones), and how each spreads its ten points.
VOTERS = 180
BALLOT_POINTS = (4, 3, 2, 1)
COUNTRIES = ["UG", "TZ", "KE", "GH", "SN", "MZ", "RW", "ZM", "BF", "BO"]


@dataclass
class Subjects:
    """The objects whose pages the benchmark asks for, the same at every size."""

    facilitator: User
    member: User
    donor: User
    event: Event
    secretariat: User | None = None
    network: Network | None = None

    @property
    def needs_round(self) -> NeedsRound:
        """Network 0's round of this year, closed, whose ranking is measured."""
        return self.network.rounds.get(status=NeedsRound.Status.CLOSED)

    @property
    def cluster(self) -> Cluster:
        return self.network.clusters.order_by("pk").first()

    @property
    def period(self) -> ReportingPeriod:
        return self.cluster.periods.order_by("-starts_on").first()

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
    """A baseline round submitted and agreed on every question, in core-group work."""
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


def _followup_round(event, core, *, version, questions, rng) -> None:
    """A follow-up round answered but not submitted, once the event is in its follow-up."""
    now = timezone.now()
    answered_round(
        event=event_advance_to(event=event, phase=Event.Phase.FOLLOW_UP),
        members=core,
        scores=lambda _index, _position: _random_answer(rng),
        submitted=False,
        version=version,
        questions=questions,
        opens_at=now - datetime.timedelta(days=1),
        closes_at=now + datetime.timedelta(days=2),
    )


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
    event_advance_to(event=plan.event, phase=Event.Phase.ENDORSEMENT)
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
    event = event_advance_to(event=event, phase=Event.Phase.CORE_GROUP_WORK)
    rng = random.Random(index)
    _rounds(event, core, facilitator, version=version, questions=questions, rng=rng)
    key_issues = _key_issues(event, core)
    actions = _plan(event, index, organisations, key_issues)
    _endorsement(index, event.plan, organisations, actions, facilitator)
    _followup_round(event, core, version=version, questions=questions, rng=rng)
    return Event.objects.get(pk=event.pk)


def build_platform(*, scale: int, progress=None) -> Subjects:
    """Grow the platform to `scale` (events and networks numbered from what is there already)."""
    version = default_version()
    questions = list(Question.objects.filter(dimension__level__version=version).order_by("pk"))
    start = Event.objects.filter(title__startswith="Joint approach to capacity development, event")
    target = scale * EVENTS_PER_SCALE
    for index in range(start.count(), target):
        build_event(index, version=version, questions=questions)
        if progress and (index + 1) % 30 == 0:
            progress(index + 1, target)
    networks = Network.objects.filter(name__startswith=NETWORK_PREFIX).count()
    for index in range(networks, scale * NETWORKS_PER_SCALE):
        build_network(index)
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
        secretariat=User.objects.filter(username="bench-secretariat").first(),
        network=Network.objects.filter(name=f"{NETWORK_PREFIX} 0").first(),
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
        "networks": Network.objects.count(),
        "network members": NetworkMember.objects.count(),
        "activities": Activity.objects.count(),
        "activity reports": ActivityReport.objects.count(),
    }


# Networks ------------------------------------------------------------------------------------

NETWORK_PREFIX = "Synthetic network"
NETWORK_COUNTRIES = ["UG", "KE", "TZ", "RW", "BI"]


def _network_people(index: int) -> tuple[list[Organisation], list[User], list[User]]:
    """The members' organisations with a representative each, and the secretariat of two (the
    bench's own in network 0)."""
    organisations = Organisation.objects.bulk_create(
        Organisation(
            name=f"Network {index} member {n}",
            acronym=f"N{index}M{n}",
            kind=ORGANISATION_KINDS[n % len(ORGANISATION_KINDS)],
            country=NETWORK_COUNTRIES[n % len(NETWORK_COUNTRIES)],
        )
        for n in range(NETWORK_MEMBERS + 1)
    )
    secretariat_org = organisations.pop()
    representatives = people(f"network-{index}-rep", organisations, NETWORK_MEMBERS)
    secretariat = [
        _bench_person(
            "bench-secretariat" if index == 0 and n == 0 else f"network-{index}-secretariat-{n}",
            secretariat_org,
        )
        for n in range(2)
    ]
    return organisations, representatives, secretariat


def _network_needs(network, secretariat, members) -> tuple[NeedsRound, list[SharedNeed]]:
    """Last year's round, published with its result, and this year's, closed: 40 shared needs
    (30 carrying on last year's), a candidate from a member behind each, and 180 ballots of
    10 points over four needs each."""
    now = timezone.now()
    year = timezone.localdate().year
    last = NeedsRound.objects.create(
        network=network,
        year=year - 1,
        status=NeedsRound.Status.PUBLISHED,
        opened_at=now - datetime.timedelta(days=400),
        closes_at=now - datetime.timedelta(days=365),
        closed_at=now - datetime.timedelta(days=365),
        published_at=now - datetime.timedelta(days=350),
        created_by=secretariat,
    )
    last_needs = SharedNeed.objects.bulk_create(
        SharedNeed(round=last, title=f"Last year's need {n + 1}", theme="Workforce")
        for n in range(30)
    )
    # Last year's result as publishing froze it, written as it is with no ballots behind it:
    # what is measured is this year's round.
    last.result = [
        {"need": need.pk, "rank": n + 1, "title": need.title, "description": "", "level": "",
         "level_label": "", "theme": need.theme, "points": 300 - 8 * n, "members": 100 - 2 * n,
         "ballots": VOTERS, "min": 0, "max": 6, "importance": None, "feasibility": None,
         "raised_by_members": 1, "raised_by_events": 0, "continues": None, "last_rank": None,
         "change": "new"}
        for n, need in enumerate(last_needs)
    ]  # fmt: skip
    last.save(update_fields=["result"])
    this = NeedsRound.objects.create(
        network=network,
        year=year,
        status=NeedsRound.Status.CLOSED,
        opened_at=now - datetime.timedelta(days=40),
        closes_at=now - datetime.timedelta(days=2),
        closed_at=now - datetime.timedelta(days=2),
        created_by=secretariat,
    )
    needs = SharedNeed.objects.bulk_create(
        SharedNeed(
            round=this,
            title=f"Shared need {n + 1}: mentorship and supervision of district health teams",
            theme=("Workforce", "Planning", "Supply", "Finance")[n % 4],
            level="organizational",
            continues=last_needs[n] if n < len(last_needs) else None,
            created_by=secretariat,
        )
        for n in range(SHARED_NEEDS)
    )
    Candidate.objects.bulk_create(
        Candidate(
            round=this,
            source=Candidate.Source.MEMBER,
            title=need.title,
            member=members[(n * 7) % len(members)],
            submitted_by=members[(n * 7) % len(members)].rep,
            shared_need=need,
        )
        for n, need in enumerate(needs)
    )
    allocations = Allocation.objects.bulk_create(
        Allocation(round=this, member=member, cast_by=member.rep) for member in members[:VOTERS]
    )
    AllocationLine.objects.bulk_create(
        AllocationLine(
            allocation=allocation,
            need=needs[(m * 3 + k * 7) % len(needs)],
            points=points,
        )
        for m, allocation in enumerate(allocations)
        for k, points in enumerate(BALLOT_POINTS)
    )
    return this, needs


def _network_clusters(network, secretariat, members, needs) -> list[Cluster]:
    """Five clusters of 40 members each (one member in ten in the next cluster too, one in
    fifty having left), four focus areas each on two shared needs."""
    now = timezone.now()
    clusters = Cluster.objects.bulk_create(
        Cluster(
            network=network,
            theme=f"Cluster {c + 1}: {('workforce', 'planning', 'supply', 'finance', 'data')[c]}",
            convener=members[c].organisation,
            focal_person=secretariat,
        )
        for c in range(NETWORK_CLUSTERS)
    )
    memberships = [
        ClusterMembership(
            cluster=clusters[m % NETWORK_CLUSTERS],
            member=member,
            joined_at=now - datetime.timedelta(days=300),
        )
        for m, member in enumerate(members)
    ]
    memberships += [
        ClusterMembership(
            cluster=clusters[(m + 1) % NETWORK_CLUSTERS],
            member=member,
            joined_at=now - datetime.timedelta(days=200),
            left_at=now - datetime.timedelta(days=20) if m % 50 == 0 else None,
        )
        for m, member in enumerate(members)
        if m % 10 == 0
    ]
    ClusterMembership.objects.bulk_create(memberships)
    areas = FocusArea.objects.bulk_create(
        FocusArea(cluster=cluster, title=f"Focus area {c + 1}.{n + 1}", order=n)
        for c, cluster in enumerate(clusters)
        for n in range(FOCUS_AREAS_PER_CLUSTER)
    )
    FocusArea.priorities.through.objects.bulk_create(
        FocusArea.priorities.through(
            focusarea_id=area.pk, sharedneed_id=needs[(a + k) % len(needs)].pk
        )
        for a, area in enumerate(areas)
        for k in (0, 20)
    )
    for cluster in clusters:
        cluster.areas = [area for area in areas if area.cluster_id == cluster.pk]
    return clusters


def _network_activities(clusters, members) -> list[Activity]:
    """2,000 activities, spread evenly over the clusters and their members (each activity by a
    member of its cluster), one in ten with a partner, each on one focus area; three in four
    with funds of their own."""
    today = timezone.localdate()
    activities = Activity.objects.bulk_create(
        Activity(
            cluster=clusters[n % NETWORK_CLUSTERS],
            # A member of the cluster: member m is in cluster m % 5 (see `_network_clusters`).
            member=members[n % len(members)],
            title=f"Activity {n + 1}: coaching of district teams",
            country=NETWORK_COUNTRIES[n % len(NETWORK_COUNTRIES)],
            region=f"Region {n % 12}",
            starts_on=today - datetime.timedelta(days=200 + n % 60),
            ends_on=today + datetime.timedelta(days=100 + n % 90),
            status=Activity.Status.ONGOING,
            budget=Decimal(10000 + 100 * (n % 50)),
            currency="USD",
            own_funds=Decimal(5000) if n % 4 else Decimal(0),
            created_by=members[0].rep,
        )
        for n in range(NETWORK_ACTIVITIES)
    )
    Activity.focus_areas.through.objects.bulk_create(
        Activity.focus_areas.through(
            activity_id=activity.pk,
            focusarea_id=clusters[n % NETWORK_CLUSTERS].areas[n // NETWORK_CLUSTERS % 4].pk,
        )
        for n, activity in enumerate(activities)
    )
    Activity.partners.through.objects.bulk_create(
        Activity.partners.through(
            activity_id=activity.pk, networkmember_id=members[(n + 1) % len(members)].pk
        )
        for n, activity in enumerate(activities)
        if n % 10 == 0
    )
    return activities


def _network_reports(clusters, activities) -> None:
    """Per cluster, the last half-year closed and submitted with a report on every activity."""
    today = timezone.localdate()
    now = timezone.now()
    starts_on = today - datetime.timedelta(days=190)
    periods = ReportingPeriod.objects.bulk_create(
        ReportingPeriod(
            cluster=cluster,
            starts_on=starts_on,
            ends_on=starts_on + datetime.timedelta(days=181),
            due_at=now - datetime.timedelta(days=3),
            closed_at=now - datetime.timedelta(days=2),
            submitted_at=now - datetime.timedelta(days=1),
            summary="On track in most districts; funding short for a quarter of the work.",
        )
        for cluster in clusters
    )
    period_of = {period.cluster_id: period for period in periods}
    ActivityReport.objects.bulk_create(
        ActivityReport(
            period=period_of[activity.cluster_id],
            activity=activity,
            member_id=activity.member_id,
            status=Activity.Status.ONGOING,
            percent_done=40 + n % 50,
            narrative="Two of three coaching rounds held; the third moved to the next quarter.",
            result_value=Decimal(10 + n % 20),
            result_unit="people coached",
            funds_spent=Decimal(4000 + n % 1000),
            currency="USD",
        )
        for n, activity in enumerate(activities)
    )


@transaction.atomic
def build_network(index: int) -> Network:
    """Network number `index` of the synthetic platform, of the shape in the module's doc."""
    organisations, representatives, secretariat = _network_people(index)
    network = Network.objects.create(
        name=f"{NETWORK_PREFIX} {index}",
        description="A basket fund's programme of capacity development.",
        time_zone="Africa/Nairobi",
    )
    SecretariatSeat.objects.bulk_create(
        SecretariatSeat(network=network, user=user) for user in secretariat
    )
    members = NetworkMember.objects.bulk_create(
        NetworkMember(network=network, organisation=organisation) for organisation in organisations
    )
    Representative.objects.bulk_create(
        Representative(member=member, user=user)
        for member, user in zip(members, representatives, strict=True)
    )
    for member, user in zip(members, representatives, strict=True):
        member.rep = user
    _needs_round, needs = _network_needs(network, secretariat[0], members)
    clusters = _network_clusters(network, secretariat[0], members, needs)
    activities = _network_activities(clusters, members)
    _network_reports(clusters, activities)
    donors = list(User.objects.filter(is_donor=True).order_by("pk")[:5])
    NetworkPledge.objects.bulk_create(
        NetworkPledge(
            focus_area=area,
            donor=donors[n % len(donors)],
            organisation_id=donors[n % len(donors)].organisation_id,
            amount=Decimal(20000 * (n + 1)),
            currency="USD",
            status=NetworkPledge.Status.COMMITTED,
        )
        for n, area in enumerate(area for cluster in clusters for area in cluster.areas)
    )
    return network
