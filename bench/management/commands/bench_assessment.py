"""Measure the results and consensus reads of a large round: 50 respondents x 60 questions.

Everything is built inside a transaction that is rolled back, so the database is left as it was.
Prints the median and 95th percentile of database time and of total time per call.
"""

import statistics
import time

from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.utils import timezone

from assessments.models import Answer, FrameworkVersion
from assessments.selectors.consensus import question_agreement
from assessments.selectors.results import round_results
from bench.measure import percentile
from builders.people import participations_add, people
from builders.rounds import answered_round
from cdfacil.models import Organisation, User
from events.models import Participation
from events.services.event import event_create


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
        event = event_create(
            by=facilitator,
            title="Benchmark event",
            sector="health",
            country="UG",
            day1=timezone.localdate(),
        )
        members = people("bench", [organisation], respondents)
        participations_add(
            event=event, users=members, role=Participation.Role.CORE_GROUP, lead=members[0]
        )
        assessment_round = answered_round(
            event=event,
            members=members,
            scores=lambda i, j: {"current": 1 + (i + j) % 4, "desired": min(4, 2 + (i + j) % 3)},
            version=FrameworkVersion.objects.filter(status="published").order_by("pk").first(),
        )
        answers = Answer.objects.filter(response__round=assessment_round).count()
        questions = answers // respondents
        self.stdout.write(
            f"{connection.vendor}: {respondents} respondents x {questions} questions "
            f"= {answers} answers"
        )
        self._measure(
            "round_results",
            lambda: round_results(assessment_round=assessment_round),
            repeat,
        )
        self._measure(
            "question_agreement",
            lambda: question_agreement(assessment_round=assessment_round),
            repeat,
        )

    def _measure(self, name, read, repeat):
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
            f" p95 {percentile(db_times, 0.95):.1f}"
            f"  total ms: median {statistics.median(totals):.1f}"
            f" p95 {percentile(totals, 0.95):.1f}"
        )
