"""Measure the PDF reports of a large event: pages, seconds, seconds per page, peak memory, and,
where Chromium is installed, its headless print-to-PDF time for the same HTML. Also times the
request that queues a report job.

The large event is the demo event grown (by `builders.demo.grown`) to 40+ participants, 40
actions, 60 questions and 13 key issues, built inside a transaction that is rolled back, so the
database is left as it was.
"""

import shutil
import statistics
import subprocess
import tempfile
import time
import tracemalloc
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.test import Client, TestCase
from django.urls import reverse

from actionplans.models import Action, PlanVersion
from assessments.models import AssessmentRound
from builders.demo.grown import grow_demo_event
from cdfacil import pdf, reports
from cdfacil import services as report_services
from cdfacil.models import ReportJob, User

CHROMIUM = "/usr/bin/chromium"
BENCH_QUEUE = "bench-reports"


class Rollback(Exception):
    pass


def _median(values):
    return statistics.median(values) if values else None


class Command(BaseCommand):
    help = "Benchmark each PDF report kind on a large event (rolled back) and print a table."

    def add_arguments(self, parser):
        parser.add_argument("--repeat", type=int, default=3, help="renders per kind")
        parser.add_argument("--requests", type=int, default=20, help="timed queueing requests")
        parser.add_argument("--no-chromium", action="store_true")

    def handle(self, *args, repeat, requests, no_chromium, **options):
        self.media = Path(tempfile.mkdtemp(prefix="cdfacil-bench-"))
        settings.MEDIA_ROOT = self.media
        try:
            with transaction.atomic():
                self._run(repeat, requests, use_chromium=not no_chromium)
                raise Rollback
        except Rollback:
            pass
        finally:
            shutil.rmtree(self.media, ignore_errors=True)

    def _subjects(self, event):
        return {
            "event": event,
            "agenda": event,
            "attendance": event,
            "results": AssessmentRound.objects.filter(event=event).order_by("number").first(),
            "plan": PlanVersion.objects.filter(plan__event=event).order_by("-number").first(),
        }

    def _run(self, repeat, requests, use_chromium):
        started = time.perf_counter()
        event = grow_demo_event()
        self.stdout.write(
            f"Large event built in {time.perf_counter() - started:.1f} s: "
            f"{event.participations.count()} participants, "
            f"{Action.objects.filter(output__objective__plan__event=event).count()} actions, "
            f"{event.key_issues.count()} key issues, "
            f"{AssessmentRound.objects.filter(event=event).first().version.levels.values('dimensions__questions').count()} questions."  # noqa: E501
        )
        rows = [
            self._measure(name, subject, repeat) for name, subject in self._subjects(event).items()
        ]
        # Playwright runs an event loop in this thread, where Django refuses database access:
        # Chromium comes after every database read.
        if use_chromium:
            self._chromium(rows, repeat)
        self._table(rows)
        self._requests(event, requests)

    def _measure(self, name, subject, repeat):
        kind = reports.get(name)
        html = report_services.report_html(kind=kind, subject=subject, language="en")
        seconds = []
        for _ in range(repeat):
            start = time.perf_counter()
            _data, pages = pdf.render_pdf(html)
            seconds.append(time.perf_counter() - start)
        tracemalloc.start()
        pdf.render_pdf(html)
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        weasy = _median(seconds)
        return {
            "kind": name,
            "html": html,
            "pages": pages,
            "seconds": weasy,
            "per_page": weasy / pages,
            "peak_mib": peak / 2**20,
            "chromium": None,
            "ratio": None,
            "cold": None,
            "cold_ratio": None,
        }

    def _chromium(self, rows, repeat):
        chromium = _Chromium()
        if not chromium.available:
            self.stdout.write("Chromium (with Playwright) is not installed: its column is empty.")
            return
        try:
            for row in rows:
                row["chromium"] = chromium.print_seconds(row["html"], repeat)
                row["ratio"] = row["seconds"] / row["chromium"]
                row["cold"] = chromium.cold_print_seconds(row["html"], repeat)
                row["cold_ratio"] = row["seconds"] / row["cold"]
        finally:
            chromium.close()

    def _table(self, rows):
        def figure(value, digits=2):
            return "-" if value is None else f"{value:.{digits}f}"

        self.stdout.write("")
        self.stdout.write(
            f"{'report':<12}{'pages':>6}{'seconds':>9}{'s/page':>8}{'peak MiB':>10}"
            f"{'chromium warm':>15}{'ratio':>7}{'chromium cold':>15}{'ratio':>7}"
        )
        for row in rows:
            self.stdout.write(
                f"{row['kind']:<12}{row['pages']:>6}{row['seconds']:>9.2f}{row['per_page']:>8.3f}"
                f"{row['peak_mib']:>10.1f}{figure(row['chromium']):>15}{figure(row['ratio']):>7}"
                f"{figure(row['cold']):>15}{figure(row['cold_ratio']):>7}"
            )
        self.stdout.write(
            "seconds: median of the WeasyPrint renders, HTML to PDF bytes, in this process. "
            "peak MiB: Python allocations during one render (tracemalloc). chromium warm: "
            "page load and print-to-PDF in a browser already running (Playwright); chromium "
            "cold: one headless Chromium process per document (--print-to-pdf), as a worker "
            "without a browser pool would run it. ratio: WeasyPrint seconds over Chromium's "
            "(at or below 1.0, WeasyPrint is as fast or faster)."
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
            f"median {_median(timings):.1f} ms, 95th percentile {p95:.1f} ms"
        )


class _Chromium:
    """Headless Chromium through Playwright, launched once; times print-to-PDF of a page."""

    def __init__(self):
        self.available = False
        if not Path(CHROMIUM).exists():
            return
        try:
            from playwright.sync_api import sync_playwright
        except ImportError:
            return
        self._playwright = sync_playwright().start()
        self._browser = self._playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        self._page = self._browser.new_page()
        self.available = True
        self._folder = Path(tempfile.mkdtemp(prefix="cdfacil-chromium-"))

    def print_seconds(self, html, repeat):
        static = Path(settings.BASE_DIR, "static").resolve().as_uri() + "/"
        path = self._folder / "report.html"
        path.write_text(html.replace("<head>", f'<head><base href="{static}">', 1))
        seconds = []
        for _ in range(repeat):
            start = time.perf_counter()
            self._page.goto(path.as_uri(), wait_until="load")
            self._page.pdf(prefer_css_page_size=True)
            seconds.append(time.perf_counter() - start)
        return _median(seconds)

    def cold_print_seconds(self, html, repeat):
        static = Path(settings.BASE_DIR, "static").resolve().as_uri() + "/"
        path = self._folder / "cold.html"
        path.write_text(html.replace("<head>", f'<head><base href="{static}">', 1))
        output = self._folder / "cold.pdf"
        seconds = []
        for _ in range(repeat):
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
            seconds.append(time.perf_counter() - start)
        return _median(seconds)

    def close(self):
        self._browser.close()
        self._playwright.stop()
        shutil.rmtree(self._folder, ignore_errors=True)
