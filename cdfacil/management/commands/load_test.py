"""A full workshop at once against cdfacil as it runs in production, then a check of every write.

In a database of its own (created and dropped like a test database), it prepares events where
200 core-group members have an open assessment round, 50 have an open dot vote and 60
organisations have a plan version open for positions, plus facilitators who ask for a report.
It starts gunicorn (several sync workers) and one Celery worker on PostgreSQL and Redis, plays
the workshop from this process over loopback (see `cdfacil.workshop`), stops the servers, and
prints per kind of request: requests, errors, median, 95th percentile and slowest time, as
each participant measured it. Then it checks the database: every answer, vote and position
that got a success is there with the value sent, once.
"""

import asyncio
import os
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.db.models import Count
from django.urls import reverse
from django.utils import timezone

from actionplans import services as plan_services
from actionplans.models import Ballot, PlanVersion, Position, Vote
from assessments.models import Answer, Question
from cdfacil import synthetic, workshop
from cdfacil.measure import machine, percentile
from cdfacil.models import ReportJob, User
from events.models import Event, Participation

PASSWORD = "workshop-load-test"
Role = Participation.Role


def _cpu(who) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _differences(sent: dict, stored: dict) -> tuple[int, int]:
    """(lost, different): writes confirmed with a value but absent, and stored otherwise than
    sent. A value of 0 confirms an absence (dots taken back)."""
    lost = sum(1 for key, value in sent.items() if value and key not in stored)
    different = sum(1 for key, value in sent.items() if key in stored and stored[key] != value)
    return lost, different


def _duplicated(rows, *fields) -> int:
    """How many keys of `fields` have more than one row."""
    return rows.values(*fields).annotate(n=Count("pk")).filter(n__gt=1).count()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Command(BaseCommand):
    help = "Play a full workshop against gunicorn, PostgreSQL, Redis and a Celery worker."

    def add_arguments(self, parser):
        parser.add_argument("--assessors", type=int, default=200)
        parser.add_argument("--voters", type=int, default=50)
        parser.add_argument("--organisations", type=int, default=60)
        parser.add_argument("--reports", type=int, default=4)
        parser.add_argument("--seconds", type=float, default=150, help="seconds of work")
        parser.add_argument(
            "--arrival", type=float, default=120, help="seconds within which everyone signs in"
        )
        parser.add_argument("--web-workers", type=int, default=2 * (os.cpu_count() or 1) + 1)
        parser.add_argument(
            "--web-threads", type=int, default=1, help="threads per gunicorn worker (gthread)"
        )

    def handle(self, *args, **options):
        if connection.vendor != "postgresql" or not settings.REDIS_URL:
            raise CommandError(
                "The load test runs cdfacil as in production: set DATABASE_URL to PostgreSQL "
                "and REDIS_URL to Redis (see .env.example)."
            )
        old_name = connection.settings_dict["NAME"]
        connection.settings_dict.setdefault("TEST", {})["NAME"] = f"{old_name}_load"
        connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
        media = Path(tempfile.mkdtemp(prefix="cdfacil-load-"))
        problems = 1  # until the checks say otherwise
        try:
            self.stdout.write(f"Machine: {machine()}")
            started = time.perf_counter()
            people = self._prepare(options)
            self.stdout.write(
                f"Prepared in {time.perf_counter() - started:.0f} s: "
                f"{Event.objects.count()} events, {User.objects.count()} people; "
                f"{len(people['assessors'])} assessing, {len(people['voters'])} voting, "
                f"{len(people['delegates'])} organisations recording positions, "
                f"{len(people['reporters'])} facilitators asking for a report."
            )
            connection.close()
            outcome = self._play(people, options, media)
            self._print(outcome, options)
            problems = self._check(outcome, people)
        finally:
            connection.close()
            connection.creation.destroy_test_db(old_name, verbosity=0)
        if problems:
            raise CommandError(
                f"{problems} problem(s) found; see above. The worker's log is in {media}."
            )
        shutil.rmtree(media, ignore_errors=True)

    # --- The workshop's people --------------------------------------------------------------

    def _prepare(self, options) -> dict:
        version = synthetic.default_version()
        questions = list(Question.objects.filter(dimension__level__version=version).order_by("pk"))
        per_event = synthetic.CORE_GROUP
        assessing = -(-options["assessors"] // per_event)
        voting = -(-options["voters"] // per_event)
        endorsing = -(-options["organisations"] // synthetic.ORGANISATIONS_PER_EVENT)
        events = [
            synthetic.build_event(index, version=version, questions=questions)
            for index in range(assessing + voting + endorsing)
        ]
        User.objects.update(password=make_password(PASSWORD))
        people = {"assessors": [], "voters": [], "delegates": [], "reporters": []}

        for event in events[:assessing]:
            follow_up = event.assessment_rounds.get(number=2)
            Answer.objects.filter(response__round=follow_up).delete()
            for response in follow_up.responses.select_related("respondent"):
                page = reverse("assessments:response", args=[event.pk, response.pk])
                autosave = {
                    question.pk: reverse(
                        "assessments:answer_autosave", args=[event.pk, response.pk, question.pk]
                    )
                    for question in questions
                }
                people["assessors"].append(
                    workshop.Assessor(response.respondent.username, page, autosave, response.pk)
                )

        for event in events[assessing : assessing + voting]:
            Vote.objects.filter(key_issue__event=event).delete()
            Ballot.objects.filter(event=event).update(closed_at=None, dots_per_member=5)
            key_issues = list(event.key_issues.values_list("pk", flat=True))
            for participation in event.participations.filter(role=Role.CORE_GROUP):
                people["voters"].append(
                    workshop.Voter(
                        participation.user.username,
                        reverse("actionplans:key_issue_list", args=[event.pk]),
                        reverse("actionplans:ballot_vote", args=[event.pk]),
                        key_issues,
                        dots=5,
                    )
                )

        for event in events[assessing + voting :]:
            facilitator = event.participations.get(role=Role.FACILITATOR).user
            version = plan_services.plan_freeze(plan=event.plan, frozen_by=facilitator)
            delegates = {}
            for participation in event.participations.filter(role=Role.STAKEHOLDER).order_by("pk"):
                delegates.setdefault(participation.user.organisation_id, participation.user)
            for organisation_pk, user in delegates.items():
                people["delegates"].append(
                    workshop.Delegate(
                        user.username,
                        reverse("actionplans:version_detail", args=[event.pk, version.number]),
                        reverse("actionplans:version_position", args=[event.pk, version.number]),
                        version.pk,
                        organisation_pk,
                    )
                )
            asking = {person.username for person in people["reporters"]}
            if len(asking) < options["reports"] and facilitator.username not in asking:
                people["reporters"].append(
                    workshop.Reporter(
                        facilitator.username,
                        reverse("report_request", args=["event", event.pk]),
                    )
                )
        people["assessors"] = people["assessors"][: options["assessors"]]
        people["voters"] = people["voters"][: options["voters"]]
        people["delegates"] = people["delegates"][: options["organisations"]]
        return people

    # --- The servers and the play -----------------------------------------------------------

    def _environment(self, media) -> dict:
        database = connection.settings_dict
        url = (
            f"postgres://{database['USER']}:{database['PASSWORD'] or ''}@{database['HOST']}:"
            f"{database['PORT'] or 5432}/{database['NAME']}"
        )
        return {
            **os.environ,
            "DATABASE_URL": url,
            "REDIS_URL": settings.REDIS_URL,
            "DJANGO_DEBUG": "0",
            "DATABASE_CONN_MAX_AGE": "60",
            "CDFACIL_MEDIA_ROOT": str(media),
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        }

    def _play(self, people, options, media) -> workshop.Outcome:
        environment = self._environment(media)
        self.cpu, self.played = {}, 0.0
        port = _free_port()
        bin_dir = Path(sys.executable).parent
        web = subprocess.Popen(  # noqa: S603 (a fixed command line)
            [
                str(bin_dir / "gunicorn"),
                "cdfacil.wsgi",
                f"--workers={options['web_workers']}",
                f"--threads={options['web_threads']}",
                f"--bind=127.0.0.1:{port}",
                "--preload",
                "--keep-alive=5",
                "--log-level=warning",
            ],
            env=environment,
        )
        self.worker_log = media / "celery-worker.log"
        worker = subprocess.Popen(  # noqa: S603 (a fixed command line)
            [
                str(bin_dir / "celery"),
                "-A",
                "cdfacil",
                "worker",
                "-Q",
                "celery,reports",
                "--concurrency=1",
                "--loglevel=warning",
            ],
            env=environment,
            stdout=self.worker_log.open("w"),
            stderr=subprocess.STDOUT,
        )
        try:
            base_url = f"http://127.0.0.1:{port}"
            self._wait_for(base_url, web)
            self.stdout.write(
                f"gunicorn ({options['web_workers']} workers x {options['web_threads']} "
                f"threads) at {base_url}, one Celery worker; "
                f"playing {options['seconds']:.0f} s, everyone signed in within "
                f"{options['arrival']:.0f} s."
            )
            started = time.perf_counter()
            driver_cpu = _cpu(resource.RUSAGE_SELF)
            outcome = asyncio.run(
                workshop.play(
                    base_url=base_url,
                    password=PASSWORD,
                    assessors=people["assessors"],
                    voters=people["voters"],
                    delegates=people["delegates"],
                    reporters=people["reporters"],
                    seconds=options["seconds"],
                    arrival=options["arrival"],
                )
            )
            self.played = time.perf_counter() - started
            self.cpu = {"this driver": _cpu(resource.RUSAGE_SELF) - driver_cpu}
            return outcome
        finally:
            # Processes are waited for one at a time, so the CPU time of each (gunicorn's with
            # its workers') is what the children's total grew by.
            children = _cpu(resource.RUSAGE_CHILDREN)
            for name, process in (("gunicorn", web), ("Celery worker", worker)):
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
                self.cpu[name] = _cpu(resource.RUSAGE_CHILDREN) - children
                children += self.cpu[name]

    def _wait_for(self, base_url, web):
        import httpx

        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if web.poll() is not None:
                raise CommandError("gunicorn stopped before it answered; see its output above.")
            try:
                if httpx.get(base_url + "/accounts/login/", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        raise CommandError("gunicorn did not answer within 60 s.")

    # --- Figures and checks -----------------------------------------------------------------

    def _print(self, outcome, options):
        self.stdout.write("")
        self._rows(outcome.table())
        steady = outcome.last_sign_in
        self.stdout.write("")
        self.stdout.write(
            f"Sent after the last sign-in ({steady:.0f} s in), everyone working, nobody arriving:"
        )
        self._rows(outcome.table(since=steady))
        self.stdout.write("")
        self.stdout.write("Autosave by 15-second window (sent in the window): count, p95 ms:")
        windows: dict[int, list[float]] = {}
        for sent, seconds in outcome.timings.get("autosave", []):
            windows.setdefault(int(sent // 15), []).append(seconds)
        self.stdout.write(
            "  "
            + "  ".join(
                f"{window * 15}-{window * 15 + 15}s: {len(values)}, "
                f"{percentile(values, 0.95) * 1000:.0f}"
                for window, values in sorted(windows.items())
            )
        )
        total = sum(len(timings) for timings in outcome.timings.values())
        self.stdout.write(
            f"{total} requests in all; times are as each participant measured them, from "
            "sending the request to the whole answer."
        )
        self.stdout.write(
            f"Played in {self.played:.0f} s on {os.cpu_count()} cores. CPU seconds: "
            + ", ".join(f"{name} {seconds:.0f}" for name, seconds in self.cpu.items())
            + f" (the machine had {self.played * (os.cpu_count() or 1):.0f})."
        )
        for kind, errors in outcome.errors.items():
            for error, count in Counter(errors).most_common(5):
                self.stdout.write(f"  {kind}: {count} x {error}")

    def _rows(self, rows):
        self.stdout.write(
            f"{'request':<20}{'requests':>10}{'errors':>8}{'median ms':>11}{'p95 ms':>9}"
            f"{'max ms':>9}"
        )
        for row in rows:
            errors = "" if row["errors"] is None else row["errors"]
            self.stdout.write(
                f"{row['kind']:<20}{row['requests']:>10}{errors:>8}"
                f"{row['median_ms']:>11.1f}{row['p95_ms']:>9.1f}{row['max_ms']:>9.1f}"
            )

    def _check(self, outcome, people) -> int:
        problems = 0

        def line(label, expected, lost, wrong, duplicated):
            nonlocal problems
            problems += lost + wrong + duplicated
            self.stdout.write(
                f"{label:<10} confirmed {expected:>6}, lost {lost}, different {wrong}, "
                f"duplicated {duplicated}"
            )

        self.stdout.write("")
        self.stdout.write("Database after the workshop (every write the participants saw succeed):")
        response_pks = [person.response_pk for person in people["assessors"]]
        answers = Answer.objects.filter(response__in=response_pks)
        stored = {
            (response, question): (current, desired)
            for response, question, current, desired in answers.values_list(
                "response_id", "question_id", "current", "desired"
            )
        }
        line(
            "answers",
            len(outcome.answers),
            *_differences(outcome.answers, stored),
            _duplicated(answers, "response_id", "question_id"),
        )

        votes = Vote.objects.filter(
            voter__username__in=[person.username for person in people["voters"]]
        )
        stored = {
            (username, issue): dots
            for username, issue, dots in votes.values_list(
                "voter__username", "key_issue_id", "dots"
            )
        }
        # Dots taken back (0) must be gone, and dots placed there as sent.
        line(
            "votes",
            len(outcome.votes),
            *_differences(outcome.votes, stored),
            _duplicated(votes, "voter_id", "key_issue_id"),
        )

        version_pks = {person.version_pk for person in people["delegates"]}
        positions = Position.objects.filter(version__in=version_pks)
        stored = {
            (version, organisation): (stance, comment)
            for version, organisation, stance, comment in positions.values_list(
                "version_id", "organisation_id", "stance", "comment"
            )
        }
        line(
            "positions",
            len(outcome.positions),
            *_differences(outcome.positions, stored),
            _duplicated(positions, "version_id", "organisation_id"),
        )

        done = ReportJob.objects.filter(status=ReportJob.Status.DONE).count()
        asked = len(outcome.reports)
        self.stdout.write(
            f"reports    asked {asked}, done {done}, seen done by the facilitator "
            f"{len(outcome.reports_done)}"
        )
        problems += asked - len(outcome.reports_done)
        errors = sum(len(errors) for errors in outcome.errors.values())
        problems += errors
        still_open = PlanVersion.objects.filter(pk__in=version_pks, status="open").count()
        self.stdout.write(
            f"{errors} request error(s); {still_open} plan version(s) still open, as left; "
            f"checked at {timezone.now():%H:%M:%S %Z}."
        )
        return problems
