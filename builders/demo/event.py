"""The demo: a health-sector event in Uganda with its people, agenda, preparation, budget, a
registration, a baseline assessment round and (see `builders.demo.plan`) its action plan."""

import datetime
import random
from decimal import Decimal

from django.contrib.auth.models import Permission
from django.db import transaction
from django.utils import timezone

from assessments.models import Question
from assessments.selectors.consensus import question_agreement
from assessments.services.consensus import consensus_record
from builders.demo.content import (
    BUDGET,
    CHECKLIST_OWNERS,
    DEMO_PASSWORD,
    DEMO_TITLE,
    ORGANISATIONS,
    PEOPLE,
    Kind,
)
from builders.demo.plan import seed_plan
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
    """The demo's people by username (the donor and the admin included) and its organisations
    by key; made once, and the passwords reset to the demo's every time."""
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
    users["facilitator"].user_permissions.add(
        Permission.objects.get(codename="add_event", content_type__app_label="events")
    )
    return {**users, "donor": donor, "admin": admin}, orgs


@transaction.atomic
def demo_load() -> bool:
    """The demo's people, and its event unless it is there already; True if it was made."""
    users, orgs = demo_people()
    if Event.objects.filter(title=DEMO_TITLE).exists():
        return False
    event = demo_event(users, orgs)
    demo_assessment(event, users)
    seed_plan(event=event, users=users, orgs=orgs)
    return True


def _preparation(event, users) -> None:
    """Owners for the checklist; what was due long ago is done, what is due soon under way."""
    today = timezone.localdate()
    items = event.checklist_items.order_by("due_date")
    for item, owner in zip(items, CHECKLIST_OWNERS, strict=False):
        item.owner = users[owner]
        if item.due_date < today - datetime.timedelta(days=14):
            item.status = ChecklistItem.Status.DONE
        elif item.due_date < today + datetime.timedelta(days=7):
            item.status = ChecklistItem.Status.IN_PROGRESS
        checklist_item_save(item=item)


def demo_event(users, orgs) -> Event:
    day1 = timezone.localdate() + datetime.timedelta(days=24)
    event = event_create(
        by=users["facilitator"],
        title=DEMO_TITLE,
        sector="health",
        country="UG",
        day1=day1,
        time_zone="Africa/Kampala",
        language="en",
        venue="Imperial Royale Hotel, Kampala",
    )
    for username, (_first, _last, _org, role, lead, _job) in PEOPLE.items():
        if username != "facilitator":
            participation_add(event=event, user=users[username], role=role, is_lead=lead)
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
    return event


def _demo_scores(question_count: int):
    """The members' answers: some areas weaker than others, development partners and ministries
    seeing things differently, a few "don't know"s, and member5 halfway through."""
    rng = random.Random(20261217)  # the same demo every time

    def scores(index: int, position: int) -> dict | None:
        if index == 4 and position >= question_count // 2:
            return None
        if rng.random() < 0.04:
            return {"kind": "dont_know"}
        optimism = (index % 3) - 1
        base = 1 + (position * 7 + 3) % 3
        current = min(4, max(1, base + optimism + rng.choice([0, 0, 1, -1])))
        return {"current": current, "desired": min(4, current + rng.choice([1, 1, 2]))}

    return scores


def demo_assessment(event, users) -> None:
    """A baseline round: four members submitted, one still answering, partial consensus."""
    version = default_version()
    assessment_round = answered_round(
        event=event,
        members=[users[f"member{n}"] for n in range(1, 6)],
        scores=_demo_scores(Question.objects.filter(dimension__level__version=version).count()),
        submitted=4,
        version=version,
        opens_at=timezone.now() - datetime.timedelta(days=1),
        closes_at=datetime.datetime.combine(
            event.date_of_day(3), datetime.time(18, 0), tzinfo=event.tzinfo
        ),
    )
    agreement = question_agreement(assessment_round=assessment_round)
    for row in agreement[:8]:
        median = max(1, int(row["median"] or 2))
        consensus_record(
            assessment_round=assessment_round,
            question=row["question"],
            current=median,
            desired=min(4, median + 1),
            rationale="Agreed after the group compared the sector review and staff survey.",
            dissent="The development partners rated this one point lower."
            if row["spread"] and row["spread"] >= 2
            else "",
            by=users["facilitator"],
        )
