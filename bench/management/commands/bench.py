"""Benchmark the main pages and the report jobs on a synthetic platform at two sizes.

The platform of events and networks (see `bench.synthetic`) is built in a database of the
bench's own, created and dropped like a test database, on PostgreSQL when DATABASE_URL is set
and otherwise in a SQLite file with the settings of the default (WAL, immediate transactions),
not in memory: what a deployment on the embedded default has. Neither engine is given more than
a deployment gets: PostgreSQL's statistics are gathered (ANALYZE, as autovacuum does), SQLite
has none, as a deployment's file has none unless someone runs ANALYZE. It is built at scale 1,
measured, grown to scale 10 and measured again. The pages are asked for by the same people
about the same event and network at both sizes: what changes is the rest of the platform. The
network's pages (`NETWORK_PAGES`) are the secretariat's.

For each page: the number of queries, and the median and 95th percentile of the server time
(the whole request through the middleware and the template, in this process), at each size,
and the ratio of the 95th percentiles. For each report kind: the request that queues a job, and
the worker's render (gathering the content and WeasyPrint), with the same figures. The tables
are in Markdown, to paste into docs/SCALING.md.
"""

import logging
import os
import shutil
import sqlite3
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, setup_test_environment
from django.urls import reverse

from bench import synthetic
from bench.measure import machine, percentile
from cdfacil import pdf, reports, runtime
from cdfacil import services as report_services
from cdfacil.models import ReportJob

BENCH_QUEUE = "bench"

# page: (who asks, how its URL is made from the bench's subjects)
PAGES = {
    "facilitator dashboard": ("facilitator", lambda s: reverse("dashboard")),
    "event page": ("facilitator", lambda s: reverse("events:detail", args=[s.event.pk])),
    "agenda": ("facilitator", lambda s: reverse("events:agenda", args=[s.event.pk])),
    "assessment form": (
        "member",
        lambda s: reverse("assessments:response", args=[s.event.pk, s.member_response.pk]),
    ),
    "consensus view": (
        "facilitator",
        lambda s: reverse("assessments:consensus", args=[s.event.pk, s.baseline.pk]),
    ),
    "results": (
        "facilitator",
        lambda s: reverse("assessments:results", args=[s.event.pk, s.baseline.pk]),
    ),
    "plan": ("facilitator", lambda s: reverse("actionplans:plan_detail", args=[s.event.pk])),
    "endorsement": (
        "facilitator",
        lambda s: reverse("actionplans:version_detail", args=[s.event.pk, s.version.number]),
    ),
    "donor portfolio": ("donor", lambda s: reverse("actionplans:donor_portfolio")),
    "donor plan page": (
        "donor",
        lambda s: reverse("actionplans:donor_plan", args=[s.version.pk]),
    ),
}

# The network's pages, asked for by the secretariat of network 0: its closed round's ranking of
# the shared needs, its first cluster, and that cluster's consolidated report of the last
# half-year. Timed with the pages above, in one table.
NETWORK_PAGES = {
    "needs ranking": (
        "secretariat",
        lambda s: reverse("networks:round_result", kwargs={"round_pk": s.needs_round.pk}),
    ),
    "cluster page": (
        "secretariat",
        lambda s: reverse("networks:cluster_detail", kwargs={"cluster_pk": s.cluster.pk}),
    ),
    "consolidated report": (
        "secretariat",
        lambda s: reverse("networks:period_report", kwargs={"period_pk": s.period.pk}),
    ),
}

# report kind: its subject among the bench's subjects
REPORTS = {
    "event": lambda s: s.event,
    "agenda": lambda s: s.event,
    "attendance": lambda s: s.event,
    "results": lambda s: s.baseline,
    "plan": lambda s: s.version,
}


@dataclass
class Figures:
    queries: int
    seconds: list[float] = field(default_factory=list)

    @property
    def median_ms(self) -> float:
        return statistics.median(self.seconds) * 1000

    @property
    def p95_ms(self) -> float:
        return percentile(self.seconds, 0.95) * 1000


class Command(BaseCommand):
    help = "Build a synthetic platform at 1x and 10x and time the main pages and report jobs."

    def add_arguments(self, parser):
        parser.add_argument("--scales", default="1,10", help="sizes, in units of 30 events")
        parser.add_argument("--repeat", type=int, default=30, help="timed requests per page")
        parser.add_argument("--renders", type=int, default=3, help="timed renders per report")
        parser.add_argument("--no-reports", action="store_true", help="pages only")
        parser.add_argument(
            "--pages",
            choices=["all", "network"],
            default="all",
            help="all: the platform's pages and the network's; network: the network's three only",
        )
        parser.add_argument(
            "--clock",
            choices=["wall", "cpu"],
            default="wall",
            help="wall: the server time a person waits; cpu: this process's processor time, "
            "which other programs on a busy machine do not inflate (on SQLite it holds the "
            "database's work too; on PostgreSQL the server's share is left out)",
        )

    # The clock the requests and renders are timed with (--clock).
    clock = staticmethod(time.perf_counter)

    def handle(self, *args, scales, repeat, renders, no_reports, clock, pages, **options):
        if clock == "cpu":
            self.clock = time.process_time
        scales = [int(scale) for scale in scales.split(",")]
        timed = NETWORK_PAGES if pages == "network" else {**PAGES, **NETWORK_PAGES}
        # WeasyPrint's notes on fonts would drown the table.
        logging.getLogger("weasyprint").setLevel(logging.ERROR)
        logging.getLogger("fontTools").setLevel(logging.ERROR)
        setup_test_environment(debug=False)
        old_name = connection.settings_dict["NAME"]
        folder = None
        if connection.vendor == "sqlite":
            folder = tempfile.mkdtemp(prefix="cdfacil-bench-")
            test_name = str(Path(folder) / "bench.sqlite3")
        else:
            test_name = f"{old_name}_bench"
        connection.settings_dict.setdefault("TEST", {})["NAME"] = test_name
        connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
        database = f"SQLite {sqlite3.sqlite_version}, a file with the default's settings"
        if connection.vendor == "postgresql":
            database = f"PostgreSQL {connection.pg_version // 10000}.{connection.pg_version % 100}"
        self.stdout.write(f"Machine: {machine()}")
        self.stdout.write(f"Database: {database} (a database of the bench's own, dropped after)")
        self.stdout.write(f"Clock: {clock}, on {os.getloadavg()[0]:.1f} processes ready to run")
        figures: dict[int, dict[str, Figures]] = {}
        jobs: dict[int, dict[str, Figures]] = {}
        try:
            for scale in scales:
                started = time.perf_counter()
                subjects = synthetic.build_platform(scale=scale, progress=self._progress)
                counts = synthetic.platform_counts()
                self.stdout.write(
                    f"{scale}x built in {time.perf_counter() - started:.0f} s: "
                    + ", ".join(f"{value:,} {name}" for name, value in counts.items())
                )
                figures[scale] = self._pages(subjects, repeat, timed)
                if not no_reports:
                    jobs[scale] = self._reports(subjects, repeat, renders)
        finally:
            connection.creation.destroy_test_db(old_name, verbosity=0)
            if folder:
                shutil.rmtree(folder, ignore_errors=True)
        self._table("Pages", figures, scales)
        if jobs:
            self._table("Report jobs", jobs, scales)
        self.stdout.write(
            "queries: per request (identical at every size is the aim). median and p95: "
            + ("server time" if clock == "wall" else "this process's processor time")
            + f" in ms over {repeat} requests after 3 unmeasured ones ({renders} renders for "
            "a report's render). ratio: p95 at the largest size over p95 at the smallest."
        )

    def _progress(self, done, target):
        self.stdout.write(f"  {done}/{target} events")

    def _clients(self, subjects) -> dict[str, Client]:
        clients = {}
        for role in ("facilitator", "member", "donor", "secretariat"):
            clients[role] = Client()
            clients[role].force_login(getattr(subjects, role))
        return clients

    def _pages(self, subjects, repeat, pages=PAGES) -> dict[str, Figures]:
        clients = self._clients(subjects)
        urls = {name: url_of(subjects) for name, (_role, url_of) in pages.items()}
        for name, (role, _url_of) in pages.items():
            for _ in range(3):
                response = clients[role].get(urls[name])
                assert response.status_code == 200, (name, response.status_code)
        # As the web process does once loaded (cdfacil/wsgi.py).
        runtime.settle()
        figures = {}
        for name, (role, _url_of) in pages.items():
            client, url = clients[role], urls[name]
            with CaptureQueriesContext(connection) as queries:
                client.get(url)
            figures[name] = Figures(queries=len(queries))
            for _ in range(repeat):
                start = self.clock()
                client.get(url)
                figures[name].seconds.append(self.clock() - start)
        return figures

    def _reports(self, subjects, repeat, renders) -> dict[str, Figures]:
        from cdfacil.celery import app

        client = self._clients(subjects)["facilitator"]
        eager, routes = app.conf.task_always_eager, app.conf.task_routes
        app.conf.task_always_eager = False
        app.conf.task_routes = {"cdfacil.tasks.render_report": {"queue": BENCH_QUEUE}}
        figures = {}
        try:
            for name, subject_of in REPORTS.items():
                kind, subject = reports.get(name), subject_of(subjects)
                url = reverse("report_request", args=[name, subject.pk])

                for _ in range(3):
                    self._queue(client, url)
                queries = CaptureQueriesContext(connection)
                self._queue(client, url, queries)
                request = Figures(queries=len(queries))
                request.seconds = [self._queue(client, url) for _ in range(repeat)]
                figures[f"{name}: request"] = request

                with CaptureQueriesContext(connection) as queries:
                    html = report_services.report_html(kind=kind, subject=subject, language="en")
                render = Figures(queries=len(queries))
                for _ in range(renders):
                    start = self.clock()
                    html = report_services.report_html(kind=kind, subject=subject, language="en")
                    _data, pages = pdf.render_pdf(html)
                    render.seconds.append(self.clock() - start)
                figures[f"{name}: render ({pages} p.)"] = render
        finally:
            app.conf.task_always_eager, app.conf.task_routes = eager, routes
            if settings.REDIS_URL:
                with app.connection_for_write() as conn:
                    conn.default_channel.queue_purge(BENCH_QUEUE)
        return figures

    def _queue(self, client, url, queries=None) -> float:
        """Ask for a report as a first click would, finding no job in the making; seconds."""
        ReportJob.objects.all().delete()
        start = self.clock()
        if queries is None:
            response = client.post(url)
        else:
            with queries:
                response = client.post(url)
        assert response.status_code == 302, (url, response.status_code)
        return self.clock() - start

    def _table(self, title, figures, scales):
        first, last = scales[0], scales[-1]
        self.stdout.write("")
        self.stdout.write(f"{title}:")
        self.stdout.write("")
        columns = [title.lower()[:-1]]
        for scale in scales:
            columns += [f"{scale}x queries", f"{scale}x median", f"{scale}x p95"]
        columns.append("ratio")
        self._row(columns)
        self._row(["-" * 30] + ["-" * 12 + ":"] * (len(columns) - 1))
        # Render rows carry the page count, which may differ by size: match them by position.
        rows = zip(*(figures[scale].items() for scale in scales), strict=True)
        for row in rows:
            name = row[-1][0]
            cells = [name]
            for _name, figure in row:
                cells += [str(figure.queries), f"{figure.median_ms:.1f}", f"{figure.p95_ms:.1f}"]
            ratio = figures[last][name].p95_ms / row[0][1].p95_ms if first != last else 1.0
            cells.append(f"{ratio:.2f}")
            self._row(cells)

    def _row(self, cells):
        """One line of a Markdown table: the name on the left, the figures on the right."""
        self.stdout.write(
            f"| {cells[0]:<30} | " + " | ".join(f"{cell:>13}" for cell in cells[1:]) + " |"
        )
