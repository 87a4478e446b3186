"""PDF report jobs: asked for in the request, rendered by the task, downloaded with checks."""

from unittest import mock

import pytest
from django.test import Client
from django.urls import reverse

from builders.factories import UserFactory
from cdfacil import pdf, reports, services
from cdfacil.models import ReportJob
from events.models import Participation
from events.services.people import participation_add
from tests.helpers import client_for

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture(autouse=True)
def _tasks_in_process():
    """These tests render in the test process, also where a Redis broker is configured; the
    real worker is exercised separately."""
    from cdfacil.celery import app

    before = app.conf.task_always_eager
    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = before


def request_url(event):
    return reverse("report_request", args=["agenda", event.pk])


def test_facilitator_gets_the_run_sheet_pdf(event, facilitator, django_capture_on_commit_callbacks):
    client = client_for(facilitator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(request_url(event))
    job = ReportJob.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse(
        "report_job", args=[job.pk]
    )
    job.refresh_from_db()
    # The cover, the summary and the contents, then the run-sheet's pages.
    assert job.status == ReportJob.Status.DONE and job.page_count >= 3 + 1
    assert len(job.content_fingerprint) == 64 and job.started_at and job.finished_at
    page = client.get(reverse("report_job", args=[job.pk])).content.decode()
    assert f"Ready: {job.page_count} pages." in page
    download = client.get(reverse("report_download", args=[job.pk]))
    body = b"".join(download.streaming_content)
    assert download.status_code == 200 and body.startswith(b"%PDF")
    assert download["Content-Disposition"].startswith("attachment")


def test_same_content_is_not_rendered_twice(event, facilitator, django_capture_on_commit_callbacks):
    """The worker fingerprints the content; a job whose content was rendered before reuses that
    file, and a change to the content makes a new one."""
    client = client_for(facilitator)
    renders = []
    real_render = pdf.render_pdf

    def counted(html):
        renders.append(html)
        return real_render(html)

    with mock.patch.object(pdf, "render_pdf", counted):
        for _ in range(2):
            with django_capture_on_commit_callbacks(execute=True):
                client.post(request_url(event))
        first, second = ReportJob.objects.order_by("pk")
        assert len(renders) == 1
        assert first.status == second.status == ReportJob.Status.DONE
        assert first.file_name == second.file_name and second.page_count == first.page_count
        assert first.content_fingerprint == second.content_fingerprint
        session = event.sessions.first()
        session.title = "Opening, changed"
        session.save()
        with django_capture_on_commit_callbacks(execute=True):
            client.post(request_url(event))
    third = ReportJob.objects.order_by("pk").last()
    assert len(renders) == 2 and "Opening, changed" in renders[1]
    assert third.file_name != first.file_name
    assert third.content_fingerprint != first.content_fingerprint
    assert len(list(pdf.report_storage_dir().iterdir())) == 2


def test_an_active_job_is_shared(event, facilitator):
    kind = reports.get("agenda")
    first = services.report_request(kind=kind, subject=event, language="en", by=None)
    second = services.report_request(kind=kind, subject=event, language="en", by=None)
    assert first.pk == second.pk and first.status == ReportJob.Status.QUEUED


def test_rendering_twice_leaves_a_finished_job_alone(event, django_capture_on_commit_callbacks):
    kind = reports.get("agenda")
    with django_capture_on_commit_callbacks(execute=True):
        job = services.report_request(kind=kind, subject=event, language="en", by=None)
    job.refresh_from_db()
    finished = job.finished_at
    services.report_render(job_id=job.pk)
    job.refresh_from_db()
    assert job.status == ReportJob.Status.DONE and job.finished_at == finished
    files = list(pdf.report_storage_dir().iterdir())
    assert [f.name for f in files] == [job.file_name]  # no partial files left behind


def test_people_who_may_not_see_the_agenda_pdf_get_404(
    event, facilitator, civil_society_org, outsider, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client_for(facilitator).post(request_url(event))
    job = ReportJob.objects.get()
    stakeholder = UserFactory(organisation=civil_society_org)
    participation_add(event=event, user=stakeholder, role=Participation.Role.STAKEHOLDER)
    donor = UserFactory(is_donor=True)
    for person in (stakeholder, outsider, donor):
        client = client_for(person)
        assert client.post(request_url(event)).status_code == 404
        assert client.get(reverse("report_job", args=[job.pk])).status_code == 404
        assert client.get(reverse("report_download", args=[job.pk])).status_code == 404
    assert Client().get(reverse("report_download", args=[job.pk])).status_code == 302
    assert client_for(facilitator).get(request_url(event)).status_code == 405
    assert ReportJob.objects.count() == 1


def test_a_failed_job_says_why_and_can_be_retried(
    event, facilitator, settings, django_capture_on_commit_callbacks
):
    broken = reports.register(
        reports.ReportKind(
            name="broken-agenda",
            label="Broken",
            template="events/reports/agenda.html",
            load_for=reports.get("agenda").load_for,
            content=lambda event: {"n": event.pk},
            back_url=lambda event: "/",
            event_of=lambda event: event,
            context=lambda event: {"days": 42},  # not iterable as days: a data error
        )
    )
    client = client_for(facilitator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("report_request", args=[broken.name, event.pk]))
    job = ReportJob.objects.get()
    assert job.status == ReportJob.Status.FAILED and job.error
    page = client.get(reverse("report_job", args=[job.pk])).content.decode()
    assert "The report could not be made" in page and "Try again" in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("report_retry", args=[job.pk]))
    assert response.status_code == 302
    jobs = ReportJob.objects.filter(kind=broken.name).order_by("pk")
    # The failed job stays on record; the retry is a new job (which fails the same way here).
    assert [job.status for job in jobs] == [ReportJob.Status.FAILED, ReportJob.Status.FAILED]
    assert response["Location"] == reverse("report_job", args=[jobs[1].pk])
    # A job that has not failed cannot be retried.
    queued = services.report_request(
        kind=reports.get("agenda"), subject=event, language="en", by=facilitator
    )
    assert client.post(reverse("report_retry", args=[queued.pk])).status_code == 302
    assert ReportJob.objects.filter(kind="agenda").count() == 1


def test_pdf_rendering_fetches_nothing_outside_static():
    from weasyprint.urls import FatalURLFetchingError

    with pytest.raises(FatalURLFetchingError):
        pdf.render_pdf('<img src="http://127.0.0.1:9/x.png">')
    with pytest.raises(FatalURLFetchingError):
        pdf.render_pdf('<link rel="stylesheet" href="file:///etc/passwd">')
    data, pages = pdf.render_pdf('<link rel="stylesheet" href="css/print.css"><h1>Ok</h1>')
    assert data.startswith(b"%PDF") and pages == 1
