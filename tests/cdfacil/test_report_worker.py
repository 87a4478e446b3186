"""A real Celery worker, on the real Redis of REDIS_URL, renders a report asked for through the
view, against the real PostgreSQL database. CI gives both; without them this test fails there
(CDFACIL_REQUIRE_SERVICES=1) and is skipped, with its reason, elsewhere. Killed workers are in
test_worker_lost."""

import io
import re
import time

import pypdf
import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.urls import reverse

from actionplans.models import PlanVersion
from actionplans.selectors.versions import snapshot_actions
from assessments.services.rounds import round_close
from cdfacil.models import ReportJob, User
from events.models import Event


@pytest.fixture
def worker(require_postgresql, require_redis, broker_queues, settings, tmp_path):
    from celery.contrib.testing.worker import start_worker

    from cdfacil.celery import app

    settings.MEDIA_ROOT = tmp_path
    assert app.conf.task_always_eager is False
    with app.connection_for_write() as conn:
        conn.default_channel.queue_purge("reports")  # nothing left over from another run
    with start_worker(app, perform_ping_check=False, queues=["reports"], shutdown_timeout=30):
        yield
    connection.close()


def wait_for(job, seconds=120):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        job.refresh_from_db()
        if job.status in (ReportJob.Status.DONE, ReportJob.Status.FAILED):
            return job
        time.sleep(0.2)
    pytest.fail(f"the report job is still {job.status} after {seconds} s")


@pytest.mark.services
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_real_worker_renders_the_event_report_asked_for_in_the_browser(worker):
    call_command("seed_demo", stdout=io.StringIO())
    event = Event.objects.get()
    version = PlanVersion.objects.get(plan__event=event, status=PlanVersion.Status.ENDORSED)
    facilitator = User.objects.get(username="facilitator")
    # The report prints a round's results once the round is closed, as members see them.
    round_close(assessment_round=event.assessment_rounds.get(), by=facilitator)
    client = Client()
    client.force_login(facilitator)

    started = time.perf_counter()
    response = client.post(reverse("report_request", args=["event", event.pk]))
    elapsed_ms = (time.perf_counter() - started) * 1000
    print(f"\nthe request that queued the job took {elapsed_ms:.1f} ms (real Redis broker)")
    job = ReportJob.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse(
        "report_job", args=[job.pk]
    )
    # The request only queued it: the worker thread does the rendering.
    page = client.get(reverse("report_job", args=[job.pk]), headers={"HX-Request": "true"})
    assert page.status_code == 200

    job = wait_for(job)
    assert job.status == ReportJob.Status.DONE, job.error
    assert job.page_count >= 10 and job.started_at >= job.queued_at
    page = client.get(reverse("report_job", args=[job.pk]), headers={"HX-Request": "true"})
    assert "Download the PDF" in page.content.decode()
    download = client.get(reverse("report_download", args=[job.pk]))
    reader = pypdf.PdfReader(io.BytesIO(b"".join(download.streaming_content)))
    assert len(reader.pages) == job.page_count
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))
    assert event.title in text and f"1 / {job.page_count}" in text
    assert version.fingerprint in text.replace(" ", "")
    for action in snapshot_actions(version.snapshot):
        assert re.sub(r"\s+", " ", action["title"]) in text

    # The same content again: the worker finds the finished file and renders nothing.
    client.post(reverse("report_request", args=["event", event.pk]))
    again = wait_for(ReportJob.objects.exclude(pk=job.pk).get())
    assert again.status == ReportJob.Status.DONE and again.file_name == job.file_name
    assert again.content_fingerprint == job.content_fingerprint
