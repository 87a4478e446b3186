"""Load the demo: a health-sector event in Uganda with its people, agenda and preparation.

Idempotent: running it again keeps what is there and resets the demo passwords to "demo".
"""

import datetime
import random
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from actionplans.demo import seed_plan
from assessments import default_framework, selectors
from assessments import services as assessment_services
from assessments.models import Answer, FrameworkVersion, Question
from cdfacil.models import Organisation
from events import services
from events.models import BudgetLine, ChecklistItem, Event, Participation

User = get_user_model()
Kind = Organisation.Kind
Role = Participation.Role

DEMO_PASSWORD = "demo"
DEMO_TITLE = "Joint approach to capacity development in the Uganda health sector"

ORGANISATIONS = {
    "moh": ("Ministry of Health", "MoH", Kind.GOVERNMENT, "UG"),
    "mofped": (
        "Ministry of Finance, Planning and Economic Development",
        "MoFPED",
        Kind.GOVERNMENT,
        "UG",
    ),
    "mops": ("Ministry of Public Service", "MoPS", Kind.GOVERNMENT, "UG"),
    "nms": ("National Medical Stores", "NMS", Kind.GOVERNMENT, "UG"),
    "who": (
        "World Health Organization, Uganda Country Office",
        "WHO",
        Kind.DEVELOPMENT_PARTNER,
        "UG",
    ),
    "danida": ("Royal Danish Embassy, Kampala", "Danida", Kind.DEVELOPMENT_PARTNER, "UG"),
    "eu": ("Delegation of the European Union to Uganda", "EU", Kind.DEVELOPMENT_PARTNER, "UG"),
    "unhco": ("Uganda National Health Consumers' Organisation", "UNHCO", Kind.CIVIL_SOCIETY, "UG"),
    "uhf": ("Uganda Healthcare Federation", "UHF", Kind.PRIVATE_SECTOR, "UG"),
    "mak": ("Makerere University School of Public Health", "MakSPH", Kind.ACADEMIA, "UG"),
    "uma": ("Uganda Medical Association", "UMA", Kind.OTHER, "UG"),
    "lencd": ("Learning Network on Capacity Development", "LenCD", Kind.OTHER, "NL"),
}

# username: (first name, last name, organisation, role in the event, lead, job title)
PEOPLE = {
    "facilitator": ("Hanna", "Lindqvist", "lencd", Role.FACILITATOR, False, "Lead facilitator"),
    "facilitator2": ("Kwame", "Mensah", "lencd", Role.FACILITATOR, False, "Co-facilitator"),
    "member1": ("Sarah", "Nakato", "moh", Role.CORE_GROUP, True, "Commissioner, Planning"),
    "member2": ("Joseph", "Ssempijja", "mofped", Role.CORE_GROUP, False, "Principal Economist"),
    "member3": ("Grace", "Atim", "mops", Role.CORE_GROUP, False, "Assistant Commissioner, HR"),
    "member4": ("Peter", "Mwesigwa", "who", Role.CORE_GROUP, False, "Health Systems Adviser"),
    "member5": ("Lars", "Jensen", "danida", Role.CORE_GROUP, False, "Counsellor, Health"),
    "stakeholder1": ("Ruth", "Namutebi", "unhco", Role.STAKEHOLDER, False, "Programme Manager"),
    "stakeholder2": ("David", "Okello", "uhf", Role.STAKEHOLDER, False, "Executive Director"),
    "stakeholder3": ("Esther", "Nansubuga", "mak", Role.STAKEHOLDER, False, "Senior Lecturer"),
    "stakeholder4": ("Moses", "Kato", "uma", Role.STAKEHOLDER, False, "Secretary General"),
    "stakeholder5": ("Irene", "Achieng", "nms", Role.STAKEHOLDER, False, "Head of Planning"),
}

LOGINS = [
    "facilitator",
    "member1",
    "member2",
    "member3",
    "member4",
    "member5",
    "stakeholder1",
    "donor",
    "admin",
]


class Command(BaseCommand):
    help = "Load the demo event and its people (idempotent)."

    def handle(self, *args, **options):
        self._load()
        self.stdout.write("\nDemo logins (password for all: demo):")
        for username in LOGINS:
            user = User.objects.select_related("organisation").get(username=username)
            self.stdout.write(f"  {username:<13} {user.display_name}, {user.organisation or '-'}")

    @transaction.atomic
    def _load(self):
        orgs = {
            key: Organisation.objects.get_or_create(
                name=name, country=country, defaults={"acronym": acronym, "kind": kind}
            )[0]
            for key, (name, acronym, kind, country) in ORGANISATIONS.items()
        }
        users = {
            username: self._user(username, first, last, orgs[org], job)
            for username, (first, last, org, _role, _lead, job) in PEOPLE.items()
        }
        donor = self._user("donor", "Marie", "Dubois", orgs["eu"], "Programme Officer, Health")
        donor.is_donor = True
        donor.save(update_fields=["is_donor"])
        admin = self._user("admin", "Platform", "Administrator", None, "")
        admin.is_staff = admin.is_superuser = True
        admin.save(update_fields=["is_staff", "is_superuser"])
        users["facilitator"].user_permissions.add(
            Permission.objects.get(codename="add_event", content_type__app_label="events")
        )

        if not Event.objects.filter(title=DEMO_TITLE).exists():
            event = self._event(users, orgs)
            self._assessment(event, users)
            seed_plan(event=event, users={**users, "donor": donor}, orgs=orgs)
            self.stdout.write(self.style.SUCCESS("Demo event created."))
        else:
            self.stdout.write("Demo event already present; left as it is.")

    def _user(self, username, first, last, organisation, job_title):
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

    def _event(self, users, orgs):
        day1 = timezone.localdate() + datetime.timedelta(days=24)
        event = services.event_create(
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
            if username == "facilitator":
                continue
            services.participation_add(event=event, user=users[username], role=role, is_lead=lead)

        owners = [
            "facilitator",
            "member1",
            "member1",
            "facilitator",
            "member1",
            "member3",
            "facilitator2",
            "facilitator",
            "facilitator",
        ]
        today = timezone.localdate()
        for item, owner in zip(event.checklist_items.order_by("due_date"), owners, strict=False):
            item.owner = users[owner]
            if item.due_date < today - datetime.timedelta(days=14):
                item.status = ChecklistItem.Status.DONE
            elif item.due_date < today + datetime.timedelta(days=7):
                item.status = ChecklistItem.Status.IN_PROGRESS
            services.checklist_item_save(item=item)

        for category, description, funder, source, amount, currency in [
            (
                "facilitator_fees",
                "Two facilitators, 12 days each",
                "danida",
                "basket_fund",
                "28800",
                "USD",
            ),
            ("travel", "International flights and per diem", "eu", "basket_fund", "7400", "USD"),
            (
                "venue_logistics",
                "Venue, catering and equipment, 5 days",
                "moh",
                "country_partner",
                "21500000",
                "UGX",
            ),
            (
                "other",
                "Printing of background documents",
                "moh",
                "country_partner",
                "1800000",
                "UGX",
            ),
        ]:
            services.budget_line_save(
                line=BudgetLine(
                    event=event,
                    category=category,
                    description=description,
                    funder=orgs[funder],
                    source=source,
                    amount=Decimal(amount),
                    currency=currency,
                )
            )

        services.event_update(
            event=event,
            data={
                "registration_open": True,
                "registration_capacity": 60,
                "registration_deadline": datetime.datetime.combine(
                    day1 - datetime.timedelta(days=3), datetime.time(17, 0), tzinfo=event.tzinfo
                ),
            },
        )
        services.registration_submit(
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

    def _assessment(self, event, users):
        """A baseline round: four members submitted, one still answering, partial consensus."""
        version = FrameworkVersion.objects.get(framework__name=default_framework.NAME, number=1)
        members = [users[f"member{n}"] for n in range(1, 6)]
        now = timezone.now()
        assessment_round = assessment_services.round_create(
            event=event,
            version=version,
            opens_at=now - datetime.timedelta(days=1),
            closes_at=datetime.datetime.combine(
                event.date_of_day(3), datetime.time(18, 0), tzinfo=event.tzinfo
            ),
            respondents=members,
        )
        questions = list(Question.objects.filter(dimension__level__version=version))
        rng = random.Random(20261217)  # the same demo every time
        for index, response in enumerate(
            assessment_round.responses.order_by("respondent__username")
        ):
            optimism = (index % 3) - 1  # development partners and ministries see things differently
            answers = []
            for position, question in enumerate(questions):
                if index == 4 and position >= len(questions) // 2:
                    break  # member5 is halfway through
                if rng.random() < 0.04:
                    answers.append(Answer(response=response, question=question, kind="dont_know"))
                    continue
                base = 1 + (position * 7 + 3) % 3  # some areas weaker than others
                current = min(4, max(1, base + optimism + rng.choice([0, 0, 1, -1])))
                desired = min(4, current + rng.choice([1, 1, 2]))
                answers.append(
                    Answer(response=response, question=question, current=current, desired=desired)
                )
            Answer.objects.bulk_create(answers)
            if index < 4:
                assessment_services.response_submit(response=response)
        for row in selectors.question_agreement(assessment_round=assessment_round)[:8]:
            assessment_services.consensus_record(
                assessment_round=assessment_round,
                question=row["question"],
                current=max(1, int(row["median"] or 2)),
                desired=min(4, max(1, int(row["median"] or 2)) + 1),
                rationale="Agreed after the group compared the sector review and staff survey.",
                dissent="The development partners rated this one point lower."
                if row["spread"] and row["spread"] >= 2
                else "",
                recorded_by=users["facilitator"],
            )
