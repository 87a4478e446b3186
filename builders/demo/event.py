"""The demo: three health-sector events in Uganda with the same people and organisations, in
three phases (see `builders.demo.dates`): one in preparation with registration open, one in
core-group work this week with its baseline round under way, and one in follow-up with (see
`builders.demo.plan`) its action plan endorsed and published."""

import datetime
import random
import zoneinfo
from decimal import Decimal

from django.contrib.auth.models import Permission
from django.db import transaction
from django.utils import timezone

from assessments.models import Question
from assessments.selectors.consensus import question_agreement
from assessments.services.consensus import consensus_record
from builders.demo.agenda import demo_run_sheet
from builders.demo.attendance import demo_attendance
from builders.demo.content import (
    BUDGET,
    CHECKLIST_OWNERS,
    CONSENSUS_DISSENTS,
    CONSENSUS_RATIONALES,
    DEMO_PASSWORD,
    DEMO_TIME_ZONE,
    DEMO_TITLE,
    DEMO_TITLES,
    FOLLOW_UP_TITLE,
    ORGANISATIONS,
    PEOPLE,
    PREPARATION_TITLE,
    VENUES,
    Kind,
)
from builders.demo.dates import demo_day1s, event_day
from builders.demo.held import as_held, at
from builders.demo.inventory import demo_inventory
from builders.demo.network import demo_network, network_people
from builders.demo.plan import seed_plan
from builders.demo.polls import demo_polls
from builders.events import event_advance_to
from builders.rounds import answered_round, default_version
from cdfacil.models import Organisation, User
from events.models import BudgetLine, ChecklistItem, Event
from events.services.event import event_create, event_update
from events.services.funding import budget_line_save
from events.services.people import participation_add
from events.services.preparation import checklist_item_save
from events.services.registration import registration_submit


def _user(username, first, last, organisation, job_title) -> User:
    user, _created = User.objects.get_or_create(
        username=username,
        defaults={
            "first_name": first,
            "last_name": last,
            "email": f"{username}@demo.cdfacil.localhost",
            "organisation": organisation,
            "job_title": job_title,
            "is_superuser": organisation is None,
        },
    )
    user.set_password(DEMO_PASSWORD)
    user.save(update_fields=["password"])
    return user


def demo_people() -> tuple[dict[str, User], dict[str, Organisation]]:
    """The demo's people by username (the donor, the admin and the network's people included)
    and its organisations by key; made once, and the passwords reset to the demo's every time."""
    orgs = {
        key: Organisation.objects.get_or_create(
            name=name, country=country, defaults={"acronym": acronym, "kind": kind}
        )[0]
        for key, (name, acronym, kind, country) in ORGANISATIONS.items()
    }
    users = {
        username: _user(username, first, last, orgs[org], job)
        for username, (first, last, org, _role, _lead, job) in PEOPLE.items()
    }
    donor = _user("donor", "Marie", "Dubois", orgs["eu"], "Programme Officer, Health")
    donor.is_donor = True
    donor.save(update_fields=["is_donor"])
    admin = _user("admin", "Platform", "Administrator", None, "")
    admin.is_staff = admin.is_superuser = True
    admin.save(update_fields=["is_staff", "is_superuser"])
    network_users, network_orgs = network_people(_user)
    users["facilitator"].user_permissions.add(
        Permission.objects.get(codename="add_event", content_type__app_label="events")
    )
    return {**users, **network_users, "donor": donor, "admin": admin}, {**orgs, **network_orgs}


@transaction.atomic
def demo_load() -> bool:
    """The demo's people, each of its three events that is not there yet, and the network they
    belong to; True if any was made. Day 1 of each is counted from today in the events' time
    zone."""
    users, orgs = demo_people()
    today = timezone.localtime(timezone.now(), zoneinfo.ZoneInfo(DEMO_TIME_ZONE)).date()
    day1s = demo_day1s(today)
    present = set(Event.objects.filter(title__in=DEMO_TITLES).values_list("title", flat=True))
    builders = {
        FOLLOW_UP_TITLE: (follow_up_event, day1s["follow_up"]),
        DEMO_TITLE: (core_group_event, day1s["core_group_work"]),
        PREPARATION_TITLE: (preparation_event, day1s["preparation"]),
    }
    for title, (build, day1) in builders.items():
        if title not in present:
            build(users, orgs, day1=day1)
    # The network the three events belong to (`builders.demo.network`).
    network = demo_network(users, orgs)
    return len(present) < len(builders) or network is not None


def _preparation(event, users) -> None:
    """Owners for the checklist; what was due long ago (or before the event began) is done,
    what is due soon under way."""
    today = event.local_today()
    started = event.day1 <= today
    items = event.checklist_items.order_by("due_date")
    for item, owner in zip(items, CHECKLIST_OWNERS, strict=False):
        item.owner = users[owner]
        if started or item.due_date < today - datetime.timedelta(days=14):
            item.status = ChecklistItem.Status.DONE
        elif item.due_date < today + datetime.timedelta(days=7):
            item.status = ChecklistItem.Status.IN_PROGRESS
        checklist_item_save(item=item)


def _event(users, orgs, *, title: str, day1: datetime.date) -> Event:
    """An event created by the demo facilitator with the demo people in their roles, its
    preparation checklist and its budget; still in preparation."""
    event = event_create(
        by=users["facilitator"],
        title=title,
        sector="health",
        country="UG",
        day1=day1,
        time_zone=DEMO_TIME_ZONE,
        language="en",
        venue=VENUES[title],
    )
    for username, (_first, _last, _org, role, lead, _job) in PEOPLE.items():
        if username != "facilitator":
            participation_add(event=event, user=users[username], role=role, is_lead=lead)
    demo_run_sheet(event=event, users=users)
    _preparation(event, users)
    for category, description, funder, source, amount, currency in BUDGET:
        line = BudgetLine(
            event=event,
            category=category,
            description=description,
            funder=orgs[funder],
            source=source,
            amount=Decimal(amount),
            currency=currency,
        )
        budget_line_save(line=line)
    return event


def preparation_event(users, orgs, *, day1: datetime.date) -> Event:
    """Day 1 in about six weeks: the checklist under way, public registration open, four
    requests waiting."""
    event = _event(users, orgs, title=PREPARATION_TITLE, day1=day1)
    deadline = day1 - datetime.timedelta(days=3)
    event_update(
        event=event,
        data={
            "registration_open": True,
            "registration_capacity": 60,
            "registration_deadline": datetime.datetime.combine(
                deadline, datetime.time(17, 0), tzinfo=event.tzinfo
            ),
        },
    )
    registration_submit(
        event=event,
        full_name="Patrick Wanyama",
        email="p.wanyama@example.org",
        job_title="District Health Officer, Mbale",
        organisation=None,
        organisation_name="Mbale District Local Government",
        organisation_kind=Kind.GOVERNMENT,
        message="I would like to attend the kick-off and the endorsement workshop.",
    )
    # A few more, for the facilitator to approve as a selection on the People page.
    for full_name, email, job_title in (
        ("Ruth Nabirye", "r.nabirye@example.org", "Health Inspector, Mbale"),
        ("Joseph Okiror", "j.okiror@example.org", "Health Inspector, Soroti"),
        ("Agnes Akello", "a.akello@example.org", "Biostatistician, Tororo"),
    ):
        registration_submit(
            event=event,
            full_name=full_name,
            email=email,
            job_title=job_title,
            organisation=None,
            organisation_name="Mbale District Local Government",
            organisation_kind=Kind.GOVERNMENT,
        )
    return event


def _started(event) -> Event:
    """The kick-off held and the core group at work, as the facilitator moves the event on."""
    return event_advance_to(event=event, phase=Event.Phase.CORE_GROUP_WORK)


def core_group_event(users, orgs, *, day1: datetime.date) -> Event:
    """This week's event, in core-group work: the baseline round opened after the kick-off on
    day 1 and answered as far as the day of the event allows (see `ANSWERED`)."""
    event = _started(_event(users, orgs, title=DEMO_TITLE, day1=day1))
    day = event_day(event.day1, event.local_today())
    submitted, answered, agreed = ANSWERED[day]
    now = timezone.now()
    demo_assessment(
        event,
        users,
        answered=answered,
        submitted=submitted,
        agreed=agreed,
        # The round opened after the kick-off and closes at the end of day 3, or, when a member
        # is still answering by then, a day later than now.
        opens_at=min(at(event, 1, 14), now - datetime.timedelta(hours=1)),
        closes_at=max(at(event, 3, 18), now + datetime.timedelta(days=1)),
    )
    demo_attendance(event=event, through_day=day)
    return event


def follow_up_event(users, orgs, *, day1: datetime.date) -> Event:
    """The event held some months ago: its baseline round answered by everyone and closed on
    day 3, its plan endorsed on day 5 and published, pledges and progress since."""
    event = _started(_event(users, orgs, title=FOLLOW_UP_TITLE, day1=day1))
    demo_assessment(
        event,
        users,
        answered=(1, 1, 1, 1, 1),
        submitted=5,
        agreed=8,
        opens_at=at(event, 1, 14),
        closes_at=at(event, 3, 18),
    )
    demo_attendance(event=event, through_day=5)
    demo_inventory(event=event, orgs=orgs)
    demo_polls(event=event, by=users["facilitator"])
    version = seed_plan(event=event, users=users, orgs=orgs)
    as_held(event=event, version=version)
    return event


# By the day of the week's event: (responses submitted, the share of the questions each member
# has answered, questions agreed in consensus). On day 1 the round has just opened.
ANSWERED = {
    1: (0, (0.3, 0.2, 0.25, 0.1, 0), 0),
    2: (2, (1, 1, 0.6, 0.4, 0.2), 0),
    3: (4, (1, 1, 1, 1, 0.5), 0),
    4: (4, (1, 1, 1, 1, 0.5), 8),
    5: (4, (1, 1, 1, 1, 0.5), 8),
}


# The evidence members write beside some of their ratings.
DEMO_EVIDENCE = (
    "The 2025 joint sector review says so, but the district reports do not show it.",
    "Staff survey: half of the districts never received the guidelines.",
    "A partner funds it project by project; nothing is in the ministry's budget.",
    "Seen in three of the five regions we visited last year.",
    "The unit exists on paper; two of its six posts are filled.",
    "Discussed at every coordination meeting, decided at none.",
)


def _demo_scores(question_count: int, answered: tuple[float, ...]):
    """The members' answers: some areas weaker than others, development partners and ministries
    seeing things differently, a few "don't know"s, each member through `answered` of the
    questions."""
    rng = random.Random(20261217)  # the same demo every time

    def scores(index: int, position: int) -> dict | None:
        if position >= answered[index] * question_count:
            return None
        if rng.random() < 0.04:
            return {"kind": "dont_know"}
        optimism = (index % 3) - 1
        base = 1 + (position * 7 + 3) % 3
        current = min(4, max(1, base + optimism + rng.choice([0, 0, 1, -1])))
        answer = {"current": current, "desired": min(4, current + rng.choice([1, 1, 2]))}
        if (position + index) % 3 == 0:  # what they saw, for the consensus session to discuss
            answer["evidence"] = DEMO_EVIDENCE[(position + index) % len(DEMO_EVIDENCE)]
        return answer

    return scores


def demo_assessment(
    event,
    users,
    *,
    answered: tuple[float, ...],
    submitted: int,
    agreed: int,
    opens_at: datetime.datetime,
    closes_at: datetime.datetime,
) -> None:
    """The baseline round of the five core-group members, the first `submitted` of them done,
    and consensus on the first `agreed` questions, least agreement first."""
    version = default_version()
    assessment_round = answered_round(
        event=event,
        members=[users[f"member{n}"] for n in range(1, 6)],
        scores=_demo_scores(
            Question.objects.filter(dimension__level__version=version).count(), answered
        ),
        submitted=submitted,
        version=version,
        opens_at=opens_at,
        closes_at=closes_at,
    )
    agreement = question_agreement(assessment_round=assessment_round)
    for index, row in enumerate(agreement[:agreed]):
        median = max(1, int(row["median"] or 2))
        consensus_record(
            assessment_round=assessment_round,
            question=row["question"],
            current=median,
            desired=min(4, median + 1),
            rationale=CONSENSUS_RATIONALES[index % len(CONSENSUS_RATIONALES)],
            dissent=CONSENSUS_DISSENTS[index % len(CONSENSUS_DISSENTS)]
            if row["spread"] and row["spread"] >= 2
            else "",
            by=users["facilitator"],
        )
