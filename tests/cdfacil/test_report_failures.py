"""A report that cannot be rendered ends failed with its reason, never stuck "running"."""

import threading
from datetime import timedelta
from unittest import mock

import pytest
from django.db import connection
from django.utils import timezone

from cdfacil import pdf, services
from cdfacil.models import ReportJob
from tests.helpers import client_for

pytestmark = pytest.mark.django_db


def test_a_refused_fetch_fails_the_job_with_its_reason(event, facilitator, monkeypatch):
    # The fetcher refuses anything outside static/; WeasyPrint raises a BaseException for it.
    monkeypatch.setattr(
        services,
        "report_html",
        lambda **kwargs: '<html><body><img src="https://tracker.example/pixel.png"></body></html>',
    )
    job = ReportJob.objects.create(
        kind="agenda", subject_id=event.pk, language="en", requested_by=facilitator
    )
    services.report_render(job_id=job.pk)
    job.refresh_from_db()
    assert job.status == ReportJob.Status.FAILED
    assert "tracker.example" in job.error
    page = client_for(facilitator).get(f"/reports/jobs/{job.pk}/").content.decode()
    assert "Try again" in page


def test_a_lost_worker_gives_its_task_back_soon(settings):
    assert settings.CELERY_TASK_ACKS_LATE and settings.CELERY_TASK_REJECT_ON_WORKER_LOST
    visibility = settings.CELERY_BROKER_TRANSPORT_OPTIONS["visibility_timeout"]
    assert settings.CELERY_TASK_TIME_LIMIT < visibility <= settings.CELERY_TASK_TIME_LIMIT + 120


# --- The sweep: a job whose worker was lost, found without anyone opening its page ------------


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def stuck(job: ReportJob, settings) -> ReportJob:
    """The job as a worker that died while rendering left it: running since longer ago than
    its time limit and grace."""
    lost = settings.CELERY_TASK_TIME_LIMIT + settings.CDFACIL_REPORT_STALE_GRACE + 1
    ReportJob.objects.filter(pk=job.pk).update(
        status=ReportJob.Status.RUNNING,
        started_at=timezone.now() - timedelta(seconds=lost),
    )
    job.refresh_from_db()
    return job


def test_the_sweep_queues_a_lost_job_once_more_and_it_is_rendered(
    event, facilitator, media, settings, django_capture_on_commit_callbacks
):
    job = stuck(
        ReportJob.objects.create(kind="agenda", subject_id=event.pk, language="fr"), settings
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert services.report_jobs_sweep() == 1  # the task the beat schedule runs
    job.refresh_from_db()
    assert job.status == ReportJob.Status.DONE and job.attempts == 2 and job.page_count >= 1
    assert (
        job.error
        == "Le processus de génération s'est arrêté pendant le rendu\xa0; nouvel essai lancé."
    )
    body = b"".join(
        client_for(facilitator).get(f"/reports/jobs/{job.pk}/download/").streaming_content
    )
    assert body.startswith(b"%PDF")
    assert services.report_jobs_sweep() == 0  # a done job is left alone


def test_a_try_whose_worker_no_longer_answers_is_queued_again_at_once(
    event, media, django_capture_on_commit_callbacks
):
    """A worker killed a few seconds into a render: the sweep need not wait out the time limit
    when the worker that holds the try is not among those that answer a ping."""
    lost, busy, quiet = (
        ReportJob.objects.create(kind=kind, subject_id=event.pk, language="en")
        for kind in ("agenda", "attendance", "event")
    )
    just_started = {"status": ReportJob.Status.RUNNING, "started_at": timezone.now()}
    ReportJob.objects.filter(pk=lost.pk).update(worker="reports@old-host", **just_started)
    ReportJob.objects.filter(pk=busy.pk).update(worker="reports@live-host", **just_started)
    ReportJob.objects.filter(pk=quiet.pk).update(worker="reports@old-host", **just_started)

    with django_capture_on_commit_callbacks() as sent:
        assert services.report_jobs_sweep(alive=None) == 0  # no answer at all: no evidence
        ReportJob.objects.filter(pk=quiet.pk).update(status=ReportJob.Status.DONE)
        assert services.report_jobs_sweep(alive={"reports@live-host"}) == 1

    lost.refresh_from_db()
    busy.refresh_from_db()
    assert (lost.status, lost.attempts, lost.worker) == (ReportJob.Status.QUEUED, 2, "")
    assert lost.error == "The worker stopped while rendering; tried again."
    assert busy.status == ReportJob.Status.RUNNING and busy.attempts == 1
    assert len(sent) == 1


def test_a_requeued_job_shows_why_while_it_waits(event, facilitator, media, settings):
    job = ReportJob.objects.create(kind="agenda", subject_id=event.pk, language="en")
    stuck(job, settings)
    services.report_jobs_sweep()
    job.refresh_from_db()
    assert job.status == ReportJob.Status.QUEUED and job.started_at is None
    page = client_for(facilitator).get(f"/reports/jobs/{job.pk}/").content.decode()
    assert "The worker stopped while rendering; tried again." in page
    assert "hx-trigger" in page and "Try again" not in page  # still being worked on


def test_a_second_lost_try_fails_for_good_with_try_again(
    event, facilitator, media, settings, django_capture_on_commit_callbacks
):
    job = ReportJob.objects.create(kind="agenda", subject_id=event.pk, language="en")
    with django_capture_on_commit_callbacks() as sent:
        services.report_jobs_sweep()  # nothing stuck yet
        stuck(job, settings)
        services.report_jobs_sweep()
        stuck(job, settings)  # the second try's worker was lost too
        services.report_jobs_sweep()
        services.report_jobs_sweep()
    job.refresh_from_db()
    assert job.status == ReportJob.Status.FAILED and job.attempts == 2
    assert "stopped while rendering, on every try" in job.error
    page = client_for(facilitator).get(f"/reports/jobs/{job.pk}/").content.decode()
    assert "stopped while rendering, on every try" in page and "Try again" in page
    assert len(sent) == 1  # queued once more, once


def test_a_late_worker_of_a_superseded_try_does_not_overwrite_the_new_one(
    event, facilitator, media, settings, django_capture_on_commit_callbacks
):
    """The first try's worker was only slow: the sweep queued a second try while it rendered.
    Its result is thrown away, and its message, given back late, starts nothing."""
    job = ReportJob.objects.create(kind="agenda", subject_id=event.pk, language="en")
    render = pdf.render_pdf
    requeue = []

    def slow(html):
        stuck(job, settings)
        with django_capture_on_commit_callbacks() as callbacks:
            services.report_jobs_sweep()
        requeue.extend(callbacks)
        return render(html)

    with mock.patch.object(pdf, "render_pdf", slow):
        services.report_render(job_id=job.pk, attempt=1)
    job.refresh_from_db()
    assert (job.status, job.attempts, job.file_name) == (ReportJob.Status.QUEUED, 2, "")
    assert list(pdf.report_storage_dir().glob("*.pdf")) == []  # the late file is removed
    services.report_render(job_id=job.pk, attempt=1)  # the first try's message, redelivered
    job.refresh_from_db()
    assert job.status == ReportJob.Status.QUEUED and job.started_at is None
    with django_capture_on_commit_callbacks(execute=True):
        for callback in requeue:
            callback()  # the second try's message
    job.refresh_from_db()
    assert job.status == ReportJob.Status.DONE and job.file_name.endswith("-2.pdf")
    services.report_render(job_id=job.pk, attempt=1)
    job.refresh_from_db()
    assert job.status == ReportJob.Status.DONE and job.file_name.endswith("-2.pdf")


def test_a_report_that_kills_its_worker_every_time_stops_after_the_last_try(
    event, facilitator, media, settings
):
    """The message given back after a lost worker is the job's next try; given back once more,
    it is an earlier try's and starts nothing, and the sweep ends the job: no endless loop."""
    job = ReportJob.objects.create(kind="agenda", subject_id=event.pk, language="en")
    killed = mock.Mock(side_effect=SystemExit("worker killed"))  # nothing in the task catches it
    with mock.patch.object(pdf, "render_pdf", killed):
        for _delivery in range(2):
            with pytest.raises(SystemExit):
                services.report_render(job_id=job.pk, attempt=1)
        job.refresh_from_db()
        assert (job.status, job.attempts) == (ReportJob.Status.RUNNING, 2)
        assert job.error == "The worker stopped while rendering; tried again."
        services.report_render(job_id=job.pk, attempt=1)  # given back a third time
        stuck(job, settings)
        services.report_jobs_sweep()
    job.refresh_from_db()
    assert job.status == ReportJob.Status.FAILED and killed.call_count == 2
    assert "stopped while rendering, on every try" in job.error
    page = client_for(facilitator).get(f"/reports/jobs/{job.pk}/").content.decode()
    assert "Try again" in page


def test_a_job_that_finished_as_the_sweep_ran_stays_done(event, media, settings):
    """The worker wins the row first: the sweep, which checks again under the lock, leaves it."""
    job = ReportJob.objects.create(kind="agenda", subject_id=event.pk, language="en")
    stuck(job, settings)
    original = services._recover

    def worker_finishes_first(*, job_id):
        ReportJob.objects.filter(pk=job_id).update(
            status=ReportJob.Status.DONE, finished_at=timezone.now(), file_name="x.pdf"
        )
        return original(job_id=job_id)

    with mock.patch.object(services, "_recover", worker_finishes_first):
        assert services.report_jobs_sweep() == 0
    job.refresh_from_db()
    assert (job.status, job.attempts, job.error) == (ReportJob.Status.DONE, 1, "")


def test_beat_sweeps_every_minute_and_make_worker_runs_beat(settings):
    entry = settings.CELERY_BEAT_SCHEDULE["sweep-report-jobs"]
    assert entry["task"] == "cdfacil.tasks.sweep_report_jobs" and entry["schedule"] <= 60
    makefile = (settings.BASE_DIR / "Makefile").read_text()
    worker_line = next(line for line in makefile.splitlines() if "celery -A cdfacil worker" in line)
    assert " -B" in worker_line and "celery" in worker_line.split("-Q")[1]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_sweeps_at_once_queue_a_lost_job_once(require_postgresql, event, settings):
    """Two beat schedulers sweep at the same moment: the row lock lets one requeue the job; the
    other skips it, or finds it no longer stale."""
    job = stuck(
        ReportJob.objects.create(kind="agenda", subject_id=event.pk, language="en"), settings
    )
    barrier = threading.Barrier(2)
    changed = []

    def sweep():
        try:
            barrier.wait(timeout=10)
            changed.append(services.report_jobs_sweep())
        finally:
            connection.close()

    with mock.patch("cdfacil.tasks.render_report.delay") as sent:
        threads = [threading.Thread(target=sweep) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
    job.refresh_from_db()
    assert sorted(changed) == [0, 1]
    assert (job.status, job.attempts) == (ReportJob.Status.QUEUED, 2)
    sent.assert_called_once_with(job.pk, 2)
