"""Measure the results and consensus reads of a large round: 50 respondents x 60 questions.

Everything is built inside a transaction that is rolled back, so the database is left as it was.
Prints the median and 95th percentile of database time and of total time per call.
"""

import datetime
import statistics
import time

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.utils import timezone

from assessments import selectors, services
from assessments.models import Answer, FrameworkVersion, Question, Response
from cdfacil.models import Organisation
from events import services as event_services
from events.models import Participation

User = get_user_model()


class Rollback(Exception):
    pass


class DatabaseTimer:
    def __init__(self):
        self.seconds = 0.0
        self.queries = 0

    def __call__(self, execute, sql, params, many, context):
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.seconds += time.perf_counter() - start
            self.queries += 1


class Command(BaseCommand):
    help = "Benchmark assessment results for 50 respondents x 60 questions (rolled back)."

    def add_arguments(self, parser):
        parser.add_argument("--respondents", type=int, default=50)
        parser.add_argument("--repeat", type=int, default=30)

    def handle(self, *args, respondents, repeat, **options):
        try:
            with transaction.atomic():
                self._run(respondents, repeat)
                raise Rollback
        except Rollback:
            pass

    def _run(self, respondents, repeat):
        organisation = Organisation.objects.create(
            name="Benchmark ministry", kind=Organisation.Kind.GOVERNMENT, country="UG"
        )
        facilitator = User.objects.create(username="bench-facilitator", organisation=organisation)
        event = event_services.event_create(
            by=facilitator,
            title="Benchmark event",
            sector="health",
            country="UG",
            day1=timezone.localdate(),
        )
        people = User.objects.bulk_create(
            User(username=f"bench-{n}", email=f"bench-{n}@example.org", organisation=organisation)
            for n in range(respondents)
        )
        Participation.objects.bulk_create(
            Participation(event=event, user=person, role=Participation.Role.CORE_GROUP)
            for person in people
        )
        version = FrameworkVersion.objects.filter(status="published").order_by("pk").first()
        now = timezone.now()
        assessment_round = services.round_create(
            event=event,
            version=version,
            opens_at=now - datetime.timedelta(hours=1),
            closes_at=now + datetime.timedelta(days=1),
            respondents=people,
        )
        questions = list(Question.objects.filter(dimension__level__version=version))
        responses = list(assessment_round.responses.all())
        Answer.objects.bulk_create(
            Answer(
                response=response,
                question=question,
                current=1 + (i + j) % 4,
                desired=min(4, 2 + (i + j) % 3),
            )
            for i, response in enumerate(responses)
            for j, question in enumerate(questions)
        )
        Response.objects.filter(round=assessment_round).update(
            status=Response.Status.SUBMITTED, submitted_at=now
        )
        self.stdout.write(
            f"{connection.vendor}: {len(responses)} respondents x {len(questions)} questions "
            f"= {len(responses) * len(questions)} answers"
        )
        for name, read in (
            ("round_results", lambda: selectors.round_results(assessment_round=assessment_round)),
            (
                "question_agreement",
                lambda: selectors.question_agreement(assessment_round=assessment_round),
            ),
        ):
            read()  # warm up
            db_times, totals, queries = [], [], 0
            for _ in range(repeat):
                timer = DatabaseTimer()
                start = time.perf_counter()
                with connection.execute_wrapper(timer):
                    read()
                totals.append((time.perf_counter() - start) * 1000)
                db_times.append(timer.seconds * 1000)
                queries = timer.queries
            self.stdout.write(
                f"  {name:<20} queries {queries}"
                f"  database ms: median {statistics.median(db_times):.1f}"
                f" p95 {percentile(db_times, 95):.1f}"
                f"  total ms: median {statistics.median(totals):.1f}"
                f" p95 {percentile(totals, 95):.1f}"
            )


def percentile(values, pct):
    ordered = sorted(values)
    index = min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))
    return ordered[index]
