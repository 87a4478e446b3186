"""A full workshop at once against cdfacil as it runs in production, then a check of every write.

In a database of its own (created and dropped like a test database), it prepares events where
200 core-group members have an open assessment round, 50 have an open dot vote and 60
organisations have a plan version open for positions, plus facilitators who ask for a report.
It starts gunicorn (several sync workers) and one Celery worker on PostgreSQL and Redis, plays
the workshop from this process over loopback (see `bench.workshop`), stops the servers, and
prints per kind of request: requests, errors, median, 95th percentile and slowest time, as
each participant measured it. Then it checks the database: every answer, vote and position
that got a success is there with the value sent, once.

`--scenario room` plays the workshop room instead (`bench.load_phones`): 150 phones join by the
room's code within 60 seconds and answer three live polls while the projector refreshes.
"""

import asyncio
import os
import resource
import secrets
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
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from bench import load_check, load_phones, load_room, workshop
from bench.measure import machine, percentile
from cdfacil.models import User
from events.models import Event


def _cpu(who) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


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
            "--arrival",
            type=float,
            default=None,
            help="seconds within which everyone arrives (120; 60 for the room)",
        )
        parser.add_argument("--scenario", choices=["workshop", "room"], default="workshop")
        parser.add_argument("--phones", type=int, default=150, help="phones in the room")
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
        room = options["scenario"] == "room"
        if options["arrival"] is None:
            options["arrival"] = 60 if room else 120
        try:
            self.stdout.write(f"Machine: {machine()}")
            problems = self._room(options, media) if room else self._workshop(options, media)
        finally:
            connection.close()
            connection.creation.destroy_test_db(old_name, verbosity=0)
        if problems:
            raise CommandError(
                f"{problems} problem(s) found; see above. The worker's log is in {media}."
            )
        shutil.rmtree(media, ignore_errors=True)

    def _workshop(self, options, media) -> int:
        """The workshop scenario: prepared, played and checked; the number of problems."""
        started = time.perf_counter()
        people = load_room.prepare(options)
        self.stdout.write(
            f"Prepared in {time.perf_counter() - started:.0f} s: "
            f"{Event.objects.count()} events, {User.objects.count()} people; "
            f"{len(people['assessors'])} assessing, {len(people['voters'])} voting, "
            f"{len(people['delegates'])} organisations recording positions, "
            f"{len(people['reporters'])} facilitators asking for a report."
        )
        connection.close()
        outcome = self._play(
            lambda base_url: workshop.play(
                base_url=base_url,
                password=load_room.PASSWORD,
                assessors=people["assessors"],
                voters=people["voters"],
                delegates=people["delegates"],
                reporters=people["reporters"],
                seconds=options["seconds"],
                arrival=options["arrival"],
            ),
            options,
            media,
        )
        self._print(outcome, options)
        return load_check.check(outcome, people, self.stdout.write)

    def _room(self, options, media) -> int:
        """The room scenario: prepared, played and checked; the number of problems."""
        room = load_phones.prepare(options)
        self.stdout.write(
            f"Prepared a room ({room['code']}) with {len(room['polls'])} polls for "
            f"{room['phones']} phones."
        )
        connection.close()
        outcome = self._play(
            lambda base_url: load_phones.play(
                base_url=base_url,
                room=room,
                seconds=options["seconds"],
                arrival=options["arrival"],
            ),
            options,
            media,
        )
        self._print(outcome, options)
        return load_phones.check(outcome, room, self.stdout.write)

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
            # As in production: a key of its own (the platform refuses the development key).
            "DJANGO_SECRET_KEY": os.environ.get("DJANGO_SECRET_KEY") or secrets.token_urlsafe(50),
            "DATABASE_CONN_MAX_AGE": "60",
            "CDFACIL_MEDIA_ROOT": str(media),
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        }

    def _servers(self, options, media, port) -> tuple[subprocess.Popen, subprocess.Popen]:
        """gunicorn on `port` and one Celery worker, on the load test's database."""
        environment = self._environment(media)
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
        return web, worker

    def _play(self, playing, options, media) -> workshop.Outcome:
        """Start the servers, run `playing(base_url)` (a coroutine) against them, stop them."""
        self.cpu, self.played = {}, 0.0
        port = _free_port()
        web, worker = self._servers(options, media, port)
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
            outcome = asyncio.run(playing(base_url))
            self.played = time.perf_counter() - started
            self.cpu = {"this driver": _cpu(resource.RUSAGE_SELF) - driver_cpu}
            return outcome
        finally:
            self._stop(web, worker)

    def _stop(self, web, worker) -> None:
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
