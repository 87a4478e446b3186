"""Race WeasyPrint against Chromium on each PDF report of a large event, and time the request
that queues a report job.

Per report kind: the English HTML is made once, then WeasyPrint (in this process) and a fresh
headless Chromium process (`chromium --headless --print-to-pdf`, one process per render, as a
worker without a browser would run it) render that same HTML in turn, `--rounds` times each;
the table gives the median of each, WeasyPrint's seconds per page and the ratio, against the
targets: the event report at or below 0.12 s per page, every kind at or below Chromium's time.
It also gives the processor time of each (WeasyPrint's in this process; Chromium's, all its
processes together), which moves less than the wall clock when the machine is shared.

The large event is the demo event grown (by `builders.demo.grown`) to 40+ participants, 50
actions, 60 questions and 13 key issues, built inside a transaction that is rolled back, so the
database is left as it was.
"""

import resource
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.test import Client, TestCase
from django.urls import reverse

from actionplans.event_report import report_subjects
from actionplans.models import Action
from builders.demo.grown import grow_demo_event
from cdfacil import pdf, reports
from cdfacil import services as report_services
from cdfacil.models import ReportJob, User

CHROMIUM = "/usr/bin/chromium"
BENCH_QUEUE = "bench-reports"
TARGET_PER_PAGE = {"event": 0.12}  # seconds per page
TARGET_RATIO = 1.0  # WeasyPrint's seconds over Chromium's


class Rollback(Exception):
    pass


class Command(BaseCommand):
    help = "Race WeasyPrint against a fresh headless Chromium on each report of a large event."

    def add_arguments(self, parser):
        parser.add_argument("--rounds", type=int, default=3, help="renders per engine and kind")
        parser.add_argument("--requests", type=int, default=20, help="timed queueing requests")
        parser.add_argument("--no-chromium", action="store_true")

    def handle(self, *args, rounds, requests, no_chromium, **options):
        self.media = Path(tempfile.mkdtemp(prefix="cdfacil-bench-"))
        settings.MEDIA_ROOT = self.media
        chromium = None if no_chromium or not Path(CHROMIUM).exists() else _Chromium()
        try:
            with transaction.atomic():
                self._run(max(rounds, 1), requests, chromium)
                raise Rollback
        except Rollback:
            pass
        finally:
            shutil.rmtree(self.media, ignore_errors=True)
            if chromium:
                chromium.close()

    def _run(self, rounds, requests, chromium):
        started = time.perf_counter()
        event = grow_demo_event()
        actions = Action.objects.filter(output__objective__plan__event=event).count()
        self.stdout.write(
            f"Large event built in {time.perf_counter() - started:.1f} s: "
            f"{event.participations.count()} participants, {actions} actions, "
            f"{event.key_issues.count()} key issues."
        )
        if chromium is None:
            self.stdout.write("No Chromium: its columns are empty.")
        rows = [
            self._race(name, subject, rounds, chromium)
            for name, subject in report_subjects(event).items()
        ]
        self._table(rows, rounds)
        self._requests(event, requests)

    def _race(self, name, subject, rounds, chromium):
        """WeasyPrint and Chromium in turn on the same HTML, after one untimed WeasyPrint render
        (imports and font loading happen once per worker process)."""
        html = report_services.report_html(kind=reports.get(name), subject=subject, language="en")
        _data, pages = pdf.render_pdf(html)
        weasy, chrome, weasy_cpu, chrome_cpu = [], [], [], []
        for _ in range(rounds):
            start, start_cpu = time.perf_counter(), time.process_time()
            pdf.render_pdf(html)
            weasy.append(time.perf_counter() - start)
            weasy_cpu.append(time.process_time() - start_cpu)
            if chromium:
                seconds, cpu = chromium.print_seconds(html)
                chrome.append(seconds)
                chrome_cpu.append(cpu)
        seconds = statistics.median(weasy)
        chromium_seconds = statistics.median(chrome) if chrome else None
        return {
            "kind": name,
            "pages": pages,
            "seconds": seconds,
            "per_page": seconds / pages,
            "chromium": chromium_seconds,
            "ratio": seconds / chromium_seconds if chromium_seconds else None,
            "cpu": statistics.median(weasy_cpu),
            "chromium_cpu": statistics.median(chrome_cpu) if chrome_cpu else None,
        }

    def _table(self, rows, rounds):
        def verdict(value, target):
            if value is None or target is None:
                return "-"
            return "PASS" if value <= target else "MISS"

        self.stdout.write("")
        self.stdout.write(
            f"{'report':<12}{'pages':>6}{'seconds':>9}{'s/page':>8}{'target':>8}{'':>6}"
            f"{'chromium':>10}{'ratio':>7}{'target':>8}{'':>6}{'cpu':>7}{'chr cpu':>9}"
        )
        for row in rows:
            per_page_target = TARGET_PER_PAGE.get(row["kind"])
            chromium = "-" if row["chromium"] is None else f"{row['chromium']:.2f}"
            ratio = "-" if row["ratio"] is None else f"{row['ratio']:.2f}"
            target = "-" if per_page_target is None else f"{per_page_target:.2f}"
            self.stdout.write(
                f"{row['kind']:<12}{row['pages']:>6}{row['seconds']:>9.2f}{row['per_page']:>8.3f}"
                f"{target:>8}{verdict(row['per_page'], per_page_target):>6}"
                f"{chromium:>10}{ratio:>7}{TARGET_RATIO:>8.2f}"
                f"{verdict(row['ratio'], TARGET_RATIO):>6}{row['cpu']:>7.2f}"
                f"{'-' if row['chromium_cpu'] is None else format(row['chromium_cpu'], '.2f'):>9}"
            )
        self.stdout.write(
            f"Medians of {rounds} rounds, WeasyPrint and Chromium in turn on the same HTML. "
            "seconds: WeasyPrint, HTML to PDF bytes in this process. chromium: a fresh "
            "`chromium --headless --print-to-pdf` process per render. ratio: WeasyPrint's "
            "seconds over Chromium's. cpu, chr cpu: processor seconds of WeasyPrint and of all "
            "of Chromium's processes (user and system)."
        )

    def _requests(self, event, count):
        """Time the POST that queues an event report: the job row, the content fingerprint and
        the message to the broker, sent to a queue of the bench's own and purged."""
        from cdfacil.celery import app

        broker = settings.REDIS_URL or "memory (no REDIS_URL: the demo renders in-process)"
        client = Client()
        client.force_login(User.objects.get(username="facilitator"))
        url = reverse("report_request", args=["event", event.pk])
        eager, routes = app.conf.task_always_eager, app.conf.task_routes
        app.conf.task_always_eager = False
        app.conf.task_routes = {"cdfacil.tasks.render_report": {"queue": BENCH_QUEUE}}
        timings = []
        try:
            for _ in range(count + 2):
                ReportJob.objects.filter(kind="event").delete()
                start = time.perf_counter()
                with TestCase.captureOnCommitCallbacks(execute=True):
                    response = client.post(url)
                timings.append((time.perf_counter() - start) * 1000)
                assert response.status_code == 302, response.status_code
        finally:
            app.conf.task_always_eager, app.conf.task_routes = eager, routes
            if settings.REDIS_URL:
                with app.connection_for_write() as conn:
                    conn.default_channel.queue_purge(BENCH_QUEUE)
        timings = sorted(timings[2:])  # the first two warm up connections and caches
        p95 = timings[min(len(timings) - 1, int(round(0.95 * (len(timings) - 1))))]
        self.stdout.write("")
        self.stdout.write(
            f"Request that queues the event report ({count} requests, broker: {broker}): "
            f"median {statistics.median(timings):.1f} ms, 95th percentile {p95:.1f} ms"
        )


class _Chromium:
    """A fresh headless Chromium process per render, printing a file of the HTML (with a base
    URL on the static folder, where WeasyPrint reads the stylesheet and fonts) to PDF."""

    def __init__(self):
        self._folder = Path(tempfile.mkdtemp(prefix="cdfacil-chromium-"))

    def print_seconds(self, html):
        """The wall-clock seconds of a render, and the processor seconds of its processes."""
        static = Path(settings.BASE_DIR, "static").resolve().as_uri() + "/"
        path = self._folder / "report.html"
        path.write_text(html.replace("<head>", f'<head><base href="{static}">', 1))
        output = self._folder / "report.pdf"
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(  # noqa: S603  (a fixed program on a file of our own)
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-pdf-header-footer",
                f"--print-to-pdf={output}",
                path.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        seconds = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        return seconds, cpu

    def close(self):
        shutil.rmtree(self._folder, ignore_errors=True)
