"""A report that cannot be rendered ends failed with its reason, never stuck "running"."""

import pytest

from cdfacil import services
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
