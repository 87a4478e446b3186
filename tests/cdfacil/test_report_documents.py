"""The PDF documents: each kind rendered from the demo event and read back with pypdf.

These call the render service directly (no broker); the real worker is in test_report_worker.
"""

import datetime
import io
import re
from unittest import mock

import pypdf
import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from actionplans.event_report import report_subjects
from actionplans.models import Action, KeyIssue, PlanVersion, Position
from actionplans.selectors.versions import snapshot_actions
from assessments.models import AssessmentRound
from builders.demo.content import FOLLOW_UP_TITLE
from cdfacil import pdf, reports, services
from cdfacil.models import ReportJob, User
from events.models import Event, Session

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def demo():
    call_command("seed_demo", stdout=io.StringIO())
    return Event.objects.get(title=FOLLOW_UP_TITLE)


def subject_of(name, event):
    return report_subjects(event)[name]


def render(name, subject, language="en"):
    kind = reports.get(name)
    html = services.report_html(kind=kind, subject=subject, language=language)
    data, pages = pdf.render_pdf(html)
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert len(reader.pages) == pages
    texts = [page.extract_text() for page in reader.pages]
    return reader, texts


def flat(texts) -> str:
    """The PDF's text with line breaks and hyphenation-free wrapping undone."""
    return re.sub(r"\s+", " ", " ".join(texts))


def test_every_kind_is_offered_to_the_facilitator_and_renders(demo):
    facilitator = User.objects.get(username="facilitator")
    from events.selectors.reports import offered_reports

    offered = {
        kind.name for kind, _subject, _label in offered_reports(event=demo, user=facilitator)
    }
    assert offered == {"event", "agenda", "attendance", "results", "plan"}
    for name in sorted(offered):
        _reader, texts = render(name, subject_of(name, demo))
        # A running header with the event's name from page 2, and "n / N" on every page but
        # the cover, which the sign-in sheet has not.
        total = len(texts)
        for number, text in enumerate(texts, start=1):
            if number == 1 and name != "attendance":
                assert f"{number} / {total}" not in text, (name, number)
                continue
            assert f"{number} / {total}" in text, (name, number)
            if number > 1:
                assert demo.title in text, (name, number)


def test_the_event_report_holds_everything(demo):
    # The results are printed once the round has closed.
    AssessmentRound.objects.filter(event=demo).update(closes_at=timezone.now())
    version = PlanVersion.objects.get(plan__event=demo, status=PlanVersion.Status.ENDORSED)
    _reader, texts = render("event", demo)
    text = flat(texts)
    assert len(texts) >= 10
    assert demo.title in text and "Event report" in text
    for action in snapshot_actions(version.snapshot):
        assert re.sub(r"\s+", " ", action["title"]) in text
    assert version.fingerprint in text.replace(" ", "")
    for session in Session.objects.filter(event=demo):
        assert session.title in text
    for participation in demo.participations.select_related("user"):
        assert participation.user.display_name in text
    for issue in KeyIssue.objects.filter(event=demo):
        assert issue.title in text
    for position in Position.objects.filter(version=version).select_related("organisation"):
        assert f"{position.organisation}: {position.get_stance_display()}" in text
    # Results with their charts (drawn as vector graphics, labelled with dimension codes).
    assert "Assessment results" in text and "Gap per dimension" in text and "IND1" in text


def test_the_plan_carries_its_fingerprint_and_status_on_every_page(demo):
    version = PlanVersion.objects.get(plan__event=demo, status=PlanVersion.Status.ENDORSED)
    _reader, texts = render("plan", version)
    for text in texts:
        compact = text.replace(" ", "").replace("\n", "")
        assert version.fingerprint in compact
        assert "Version1·Endorsed" in compact
    text = flat(texts)
    for action in snapshot_actions(version.snapshot):
        assert re.sub(r"\s+", " ", action["title"]) in text


def test_results_print_aggregates_and_never_a_person(demo):
    assessment_round = subject_of("results", demo)
    # While the round is open, no figure: a later copy beside this one would show a person.
    AssessmentRound.objects.filter(pk=assessment_round.pk).update(
        closes_at=timezone.now() + datetime.timedelta(days=1)
    )
    assessment_round.refresh_from_db()
    _reader, texts = render("results", assessment_round)
    assert "Per dimension" not in flat(texts) and "still open" in flat(texts)
    AssessmentRound.objects.filter(pk=assessment_round.pk).update(closes_at=timezone.now())
    assessment_round.refresh_from_db()
    _reader, texts = render("results", assessment_round)
    text = flat(texts)
    assert "Per dimension" in text and "Largest gaps" in text
    # No name of a respondent appears: only group figures are printed.
    for response in assessment_round.responses.select_related("respondent"):
        assert response.respondent.display_name not in text
    # With fewer than three submitted responses, no figure at all.
    assessment_round.responses.update(status="draft")
    _reader, texts = render("results", assessment_round)
    text = flat(texts)
    assert "no figures are printed" in text and "Per dimension" not in text


def test_a_report_is_rendered_in_the_chosen_language(demo):
    demo.language = "fr"
    demo.save(update_fields=["language"])
    kind = reports.get("agenda")
    assert services.report_language(kind=kind, subject=demo) == "fr"
    assert services.report_language(kind=kind, subject=demo, requested="es") == "es"
    assert services.report_language(kind=kind, subject=demo, requested="xx") == "fr"
    reader, texts = render("agenda", demo, language="fr")
    assert reader.trailer["/Root"]["/Lang"] == "fr"
    # Dates come out in French (Django's own catalogue); typed content stays as typed.
    day1 = demo.day1
    french_months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                     "septembre", "octobre", "novembre", "décembre"]  # fmt: skip
    assert f"{day1.day} {french_months[day1.month - 1]} {day1.year}" in flat(texts)
    assert Session.objects.filter(event=demo).first().title in flat(texts)


def test_the_reports_page_asks_in_the_chosen_language(demo, django_capture_on_commit_callbacks):
    from cdfacil.celery import app

    client = Client()
    client.force_login(User.objects.get(username="facilitator"))
    url = reverse("events:reports", args=[demo.pk])
    page = client.get(url).content.decode()
    assert "Event report" in page and "Attendance sign-in sheet" in page
    assert "No report has been made yet." in page
    # A report that is not offered, or a language that is not ours, gets a field error.
    response = client.post(url, {"report": "event:999999", "language": "en"})
    assert response.status_code == 200 and "Select a valid choice" in response.content.decode()
    response = client.post(url, {"report": f"agenda:{demo.pk}", "language": "xx"})
    assert response.status_code == 200 and "Select a valid choice" in response.content.decode()
    assert ReportJob.objects.count() == 0
    eager = app.conf.task_always_eager
    app.conf.task_always_eager = True
    try:
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(url, {"report": f"attendance:{demo.pk}", "language": "pt"})
    finally:
        app.conf.task_always_eager = eager
    job = ReportJob.objects.get()
    assert response["Location"] == reverse("report_job", args=[job.pk])
    assert (job.kind, job.language, job.status) == ("attendance", "pt", ReportJob.Status.DONE)
    page = client.get(url).content.decode()
    assert "Attendance sign-in sheet" in page and reverse("report_download", args=[job.pk]) in page


def test_members_and_donors_are_offered_only_what_they_may_see(demo):
    from events.selectors.reports import offered_reports

    member = User.objects.get(username="member2")
    stakeholder = User.objects.get(username="stakeholder1")
    donor = User.objects.get(username="donor")
    # While the baseline is open, members are offered only the plan; its results once it closes.
    AssessmentRound.objects.filter(event=demo).update(
        closes_at=timezone.now() + datetime.timedelta(days=1)
    )
    assert {k.name for k, _s, _l in offered_reports(event=demo, user=member)} == {"plan"}
    AssessmentRound.objects.filter(event=demo).update(closes_at=timezone.now())
    assert {k.name for k, _s, _l in offered_reports(event=demo, user=member)} == {
        "results",
        "plan",
    }
    assert {k.name for k, _s, _l in offered_reports(event=demo, user=stakeholder)} == {"plan"}
    version = PlanVersion.objects.get(plan__event=demo, status=PlanVersion.Status.ENDORSED)
    round_ = subject_of("results", demo)
    # A donor may have the published plan, never the results nor the event report.
    assert reports.get("plan").load_for(donor, version.pk) == version
    assert reports.get("results").load_for(donor, round_.pk) is None
    assert reports.get("event").load_for(donor, demo.pk) is None
    client = Client()
    client.force_login(donor)
    assert client.post(reverse("report_request", args=["results", round_.pk])).status_code == 404
    assert client.get(reverse("events:reports", args=[demo.pk])).status_code == 404
    # A member gets 404 for the event report and the sign-in sheet.
    client.force_login(member)
    for name in ("event", "attendance", "agenda"):
        assert client.post(reverse("report_request", args=[name, demo.pk])).status_code == 404


HOSTILE = [
    '<img src="file:///etc/passwd">',
    '<link rel="stylesheet" href="http://127.0.0.1:9/x.css">',
    "<script>alert(1)</script>",
]


def test_typed_markup_is_printed_as_text_and_never_fetched(demo):
    """Markup typed into fields reaches the PDF as text; nothing is fetched (the fetcher would
    fail the render) and nothing runs."""
    session = Session.objects.filter(event=demo).first()
    session.title = HOSTILE[0]
    session.objectives = HOSTILE[1]
    session.save()
    demo.venue = HOSTILE[2]
    demo.save(update_fields=["venue"])
    KeyIssue.objects.filter(event=demo).update(title=HOSTILE[1])
    Action.objects.filter(output__objective__plan__event=demo).update(title=HOSTILE[0])
    fetched = []
    original = pdf.StaticOnlyFetcher.fetch

    def spy(self, url, headers=None):
        fetched.append(url)
        return original(self, url, headers)

    with mock.patch.object(pdf.StaticOnlyFetcher, "fetch", spy):
        _reader, texts = render("event", demo)
        _reader, agenda = render("agenda", demo)
    text = flat(texts + agenda)
    for value in HOSTILE:
        assert value in text
    # The stylesheet and fonts, and the charts drawn as images of their SVG in data: URLs.
    static = pdf._static_root().as_uri()
    assert fetched and all(
        url.startswith((static, "data:image/svg+xml;base64,")) for url in fetched
    )


def test_a_render_killed_midway_is_finished_by_the_next_delivery(demo):
    """A worker killed while writing leaves the job running with no file to serve; the task
    delivered again (late acknowledgement) completes it."""
    kind = reports.get("agenda")
    job = services.report_request(kind=kind, subject=demo, language="en", by=None)

    def killed(directory, name, data):
        (directory / "half.part").write_bytes(data[: len(data) // 2])
        raise SystemExit("worker killed")  # not an Exception: nothing in the task catches it

    with mock.patch.object(services, "_write_whole", killed), pytest.raises(SystemExit):
        services.report_render(job_id=job.pk)
    job.refresh_from_db()
    assert job.status == ReportJob.Status.RUNNING and job.file_name == ""
    client = Client()
    client.force_login(User.objects.get(username="facilitator"))
    assert client.get(reverse("report_download", args=[job.pk])).status_code == 404
    services.report_render(job_id=job.pk)  # the redelivered message
    job.refresh_from_db()
    # The cover, the summary and the contents, then the run-sheet's pages.
    assert job.status == ReportJob.Status.DONE and job.page_count >= 3 + 1
    body = b"".join(client.get(reverse("report_download", args=[job.pk])).streaming_content)
    assert len(pypdf.PdfReader(io.BytesIO(body)).pages) == job.page_count


def test_a_job_whose_worker_died_ends_failed_and_can_be_asked_again(demo, settings):
    kind = reports.get("agenda")
    job = services.report_request(kind=kind, subject=demo, language="en", by=None)
    ReportJob.objects.filter(pk=job.pk).update(
        status=ReportJob.Status.RUNNING,
        started_at=timezone.now()
        - timezone.timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT + 61),
    )
    job.refresh_from_db()
    assert job.is_stale and job.can_retry
    client = Client()
    client.force_login(User.objects.get(username="facilitator"))
    page = client.get(reverse("report_job", args=[job.pk])).content.decode()
    assert "stopped while it was being made" in page and "Try again" in page
    assert "hx-trigger" not in page  # no endless polling of a dead job
    response = client.post(reverse("report_retry", args=[job.pk]))  # its "Try again" button
    again = ReportJob.objects.exclude(pk=job.pk).get()
    assert response["Location"] == reverse("report_job", args=[again.pk])
    job.refresh_from_db()
    assert again.status == ReportJob.Status.QUEUED
    assert job.status == ReportJob.Status.FAILED and "worker stopped" in job.error


def test_a_render_over_its_time_limit_fails_with_a_reason(demo):
    from celery.exceptions import SoftTimeLimitExceeded

    kind = reports.get("agenda")
    job = services.report_request(kind=kind, subject=demo, language="en", by=None)
    with mock.patch.object(pdf, "render_pdf", side_effect=SoftTimeLimitExceeded()):
        services.report_render(job_id=job.pk)
    job.refresh_from_db()
    assert job.status == ReportJob.Status.FAILED
    assert job.error == "Rendering took longer than the time allowed for a report."
    assert list(pdf.report_storage_dir().iterdir()) == []


def test_a_disk_error_is_retried_and_the_job_goes_back_to_the_queue(demo):
    kind = reports.get("agenda")
    job = services.report_request(kind=kind, subject=demo, language="en", by=None)
    disk_full = mock.patch.object(services, "_write_whole", side_effect=OSError("disk full"))
    with disk_full, pytest.raises(OSError):
        services.report_render(job_id=job.pk)
    job.refresh_from_db()
    assert job.status == ReportJob.Status.QUEUED
    services.report_render(job_id=job.pk)
    job.refresh_from_db()
    assert job.status == ReportJob.Status.DONE


def test_a_donor_downloads_the_published_plan_without_the_events_pages(
    demo, django_capture_on_commit_callbacks
):
    from cdfacil.celery import app

    version = PlanVersion.objects.get(plan__event=demo, status=PlanVersion.Status.ENDORSED)
    client = Client()
    client.force_login(User.objects.get(username="donor"))
    plan_page = reverse("actionplans:donor_plan", args=[version.pk])
    assert (
        reverse("report_request", args=["plan", version.pk])
        in client.get(plan_page).content.decode()
    )
    eager = app.conf.task_always_eager
    app.conf.task_always_eager = True
    try:
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(reverse("report_request", args=["plan", version.pk]))
    finally:
        app.conf.task_always_eager = eager
    job = ReportJob.objects.get()
    page = client.get(response["Location"]).content.decode()
    assert plan_page in page  # back to the plan
    assert reverse("events:reports", args=[demo.pk]) not in page  # no tabs of the event
    assert reverse("events:agenda", args=[demo.pk]) not in page
    body = b"".join(client.get(reverse("report_download", args=[job.pk])).streaming_content)
    text = flat(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(body)).pages)
    assert "Estimated cost" in text and "Pledged" not in text
    # An unpublished version is not the donor's: 404.
    PlanVersion.objects.filter(pk=version.pk).update(published_at=None)
    assert client.get(reverse("report_download", args=[job.pk])).status_code == 404


def test_the_job_page_gives_times_in_the_events_time_zone(demo):
    import zoneinfo

    kind = reports.get("agenda")
    job = services.report_request(kind=kind, subject=demo, language="en", by=None)
    client = Client()
    client.force_login(User.objects.get(username="facilitator"))
    local = job.queued_at.astimezone(zoneinfo.ZoneInfo(demo.time_zone))
    assert demo.time_zone != "UTC" and local.utcoffset()
    page = client.get(reverse("report_job", args=[job.pk])).content.decode()
    assert f"asked for on {local:%-d %b %Y %H:%M}" in page
    listing = client.get(reverse("events:reports", args=[demo.pk])).content.decode()
    assert f"{local:%-d %b %Y %H:%M}" in listing


def test_the_report_of_a_french_event_is_in_french(demo):
    demo.language = "fr"
    demo.save(update_fields=["language"])
    # The results, with the framework's questions, are printed once the round has closed.
    AssessmentRound.objects.filter(event=demo).update(closes_at=timezone.now())
    kind = reports.get("event")
    language = services.report_language(kind=kind, subject=demo)
    _reader, texts = render("event", demo, language=language)
    text = flat(texts)
    assert language == "fr"
    assert "Rapport de l'événement" in text and "Résultats de l'évaluation" in text
    assert "Event report" not in text and "Assessment results" not in text
    # The framework's questions too; the session titles stay as typed.
    assert "Le personnel des organisations du secteur possède" in text
    assert Session.objects.filter(event=demo).first().title in text
