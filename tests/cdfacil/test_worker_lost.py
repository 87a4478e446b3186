"""A real Celery worker, in a process of its own on the real Redis and PostgreSQL, is killed
while it renders a report: first only its pool's child process, then the whole worker. Either
way the job ends done, within two minutes of a worker being available, with nobody opening
the job's page. CI gives both services; without them these tests fail there
(CDFACIL_REQUIRE_SERVICES=1) and are skipped, with their reason, elsewhere.

The report is the grown demo event's (35 pages, a few seconds to render), so a job seen
running is caught mid-render. The workers sweep every 3 seconds rather than every minute. The
killed child's worker gets a 30-second time limit; the killed worker and the next one keep
production's five minutes, so only the ping that finds the lost worker can end the job in two
minutes."""

import contextlib
import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pypdf
import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from cdfacil.models import ReportJob, User

pytestmark = [
    pytest.mark.services,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TIME_LIMIT, GRACE, SWEEP_EVERY = 30, 5, 3
PRODUCTION_TIME_LIMIT = 300  # the default: no try is given up for its time alone in this test


@pytest.fixture
def broker(require_postgresql, require_redis, broker_queues):
    """The report and default queues empty before and after, and no message left unacknowledged
    by a killed worker to come back in a later test."""
    from cdfacil.celery import app

    def clear():
        with app.connection_for_write() as conn:
            channel = conn.default_channel
            for queue in ("reports", "celery"):
                channel.queue_purge(queue)
            channel.client.delete("unacked", "unacked_index", "unacked_mutex")

    clear()
    yield
    clear()


@pytest.fixture
def workers(tmp_path, settings):
    """`start(name, beat=False)`: a `celery worker` process on this test's database, with one
    pool child; every process started is stopped at the end."""
    settings.MEDIA_ROOT = tmp_path
    database = connection.settings_dict
    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}"
        f"/{database['NAME']}",
        "CDFACIL_MEDIA_ROOT": str(tmp_path),
        "CELERY_TASK_TIME_LIMIT": str(TIME_LIMIT),
        "CDFACIL_REPORT_STALE_GRACE": str(GRACE),
        "CDFACIL_REPORT_SWEEP_SECONDS": str(SWEEP_EVERY),
        # A killed worker's message stays out of reach for the whole test, as it does for the
        # visibility timeout's six minutes in production: only the sweep can recover the job.
        "CELERY_VISIBILITY_TIMEOUT": "3600",
    }
    started = []

    def start(name: str, *, beat: bool = False, time_limit: int = TIME_LIMIT) -> subprocess.Popen:
        command = [
            sys.executable, "-m", "celery", "-A", "cdfacil", "worker",
            "-Q", "celery,reports", "-c", "1", "-n", f"{name}@%h",
            "--without-mingle", "--without-gossip", "--loglevel", "WARNING",
        ]  # fmt: skip
        if beat:  # as `make worker` runs it
            command += ["-B", "--schedule", str(tmp_path / f"beat-{name}")]
        process = subprocess.Popen(
            command,
            cwd=settings.BASE_DIR,
            env={**env, "CELERY_TASK_TIME_LIMIT": str(time_limit)},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        started.append(process)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                _kill_tree(process.pid)
                process.wait(timeout=10)
    connection.close()


def _children(pid: int) -> list[int]:
    """The processes `pid` started, read from /proc."""
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(child) for child in (task / "children").read_text().split()]
        except FileNotFoundError:
            continue
    return found


def _kill_tree(pid: int) -> list[int]:
    """SIGKILL `pid` and every process under it; returns them all."""
    family, index = [pid], 0
    while index < len(family):
        family += _children(family[index])
        index += 1
    for victim in family:
        with contextlib.suppress(ProcessLookupError):
            os.kill(victim, signal.SIGKILL)
    return family


def _gone(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1].startswith("Z")
    except FileNotFoundError:
        return True


def _wait(condition, seconds: float, what: str):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if value := condition():
            return value
        time.sleep(0.05)
    pytest.fail(f"{what} did not happen within {seconds} s")


def _status(job: ReportJob) -> str:
    job.refresh_from_db()
    return job.status


@pytest.fixture
def asked_for(broker):
    """The grown event's report, asked for on its page by the facilitator: (client, job)."""
    from builders.demo.grown import grow_demo_event

    event = grow_demo_event()
    client = Client()
    client.force_login(User.objects.get(username="facilitator"))
    client.post(reverse("report_request", args=["event", event.pk]))
    return client, ReportJob.objects.get()


def _assert_done(client, job):
    assert job.status == ReportJob.Status.DONE, job.error
    download = client.get(reverse("report_download", args=[job.pk]))
    reader = pypdf.PdfReader(io.BytesIO(b"".join(download.streaming_content)))
    assert len(reader.pages) == job.page_count >= 30


def test_a_killed_pool_child_gives_its_report_back_and_the_job_ends_done(asked_for, workers):
    """The child process rendering the report dies (SIGKILL): the worker gives the message back
    at once (late acknowledgement, reject on worker lost), a new child renders it as the job's
    second try. This worker runs no beat: the sweep plays no part."""
    client, job = asked_for
    worker = workers("child-killed")
    _wait(lambda: _status(job) == ReportJob.Status.RUNNING, 90, "the worker starting the job")
    (child,) = _children(worker.pid)
    os.kill(child, signal.SIGKILL)
    killed = time.monotonic()
    assert _status(job) == ReportJob.Status.RUNNING and job.file_name == ""  # mid-render

    _wait(lambda: _status(job) in (ReportJob.Status.DONE, ReportJob.Status.FAILED), 120, "end")
    elapsed = time.monotonic() - killed
    print(f"\nthe job ended {job.status} {elapsed:.1f} s after its worker's child was killed")
    _assert_done(client, job)
    assert job.attempts == 2 and elapsed < 120  # given back at once, not found by the sweep
    assert job.error == "The worker stopped while rendering; tried again."
    assert worker.poll() is None and child not in _children(worker.pid)


def test_a_killed_worker_leaves_its_report_to_the_next_one_and_the_job_ends_done(
    asked_for, workers, tmp_path
):
    """The whole worker dies (SIGKILL to it and its children): its message stays unacknowledged
    in Redis until the visibility timeout. With production's five-minute time limit, the next
    worker's beat sweep still finds the job at once: the worker that holds its try no longer
    answers a ping. It queues the job once more, and that try is rendered; the lost try's
    message, when it comes back, is left alone."""
    client, job = asked_for
    first = workers("first", beat=True, time_limit=PRODUCTION_TIME_LIMIT)
    _wait(lambda: _status(job) == ReportJob.Status.RUNNING, 90, "the worker starting the job")
    family = _kill_tree(first.pid)
    first.wait(timeout=10)
    assert len(family) >= 3  # the worker, its pool's child and its beat
    _wait(lambda: all(_gone(pid) for pid in family), 10, "the worker's processes dying")
    assert _status(job) == ReportJob.Status.RUNNING and job.file_name == ""  # mid-render
    assert client.get(reverse("report_download", args=[job.pk])).status_code == 404
    assert not list(tmp_path.glob("reports/*.pdf"))  # nothing half-written under a PDF name

    workers("second", beat=True, time_limit=PRODUCTION_TIME_LIMIT)
    available = time.monotonic()
    _wait(lambda: _status(job) in (ReportJob.Status.DONE, ReportJob.Status.FAILED), 120, "end")
    elapsed = time.monotonic() - available
    print(f"\nthe job ended {job.status} {elapsed:.1f} s after a new worker was started")
    _assert_done(client, job)
    assert job.attempts == 2 and elapsed < 120
    assert job.error == "The worker stopped while rendering; tried again."
