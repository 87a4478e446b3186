"""The queries of one render of the demo event's report, pinned: the front matter is built once
and handed to the page, so a change that reads the database again shows here."""

import io
from unittest import mock

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from builders.demo.content import FOLLOW_UP_TITLE
from cdfacil import pdf, reports, services
from events.models import Event

pytestmark = pytest.mark.django_db

# One render of the demo event's report in English: the content and front matter fingerprinted,
# the page's HTML built, the job's rows written (the PDF itself reads nothing). 85 while the
# front matter was built twice, once for the fingerprint and once for the page. The demo's three
# polls add two queries each (their results, read for the content and for the page).
EVENT_REPORT_QUERIES = 83


@pytest.fixture
def demo(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.REPORT_STORAGE_DIR = tmp_path
    call_command("seed_demo", stdout=io.StringIO())
    return Event.objects.get(title=FOLLOW_UP_TITLE)


def test_one_render_of_the_demo_event_report_makes_a_known_number_of_queries(demo):
    job = services.report_request(kind=reports.get("event"), subject=demo, language="en", by=None)
    with (
        mock.patch.object(pdf, "render_pdf", return_value=(b"%PDF-1.7", 1)),
        CaptureQueriesContext(connection) as queries,
    ):
        services.report_render(job_id=job.pk)
    job.refresh_from_db()
    assert job.status == "done", job.error
    assert len(queries) == EVENT_REPORT_QUERIES


def test_the_front_matter_is_built_once_per_render(demo):
    job = services.report_request(kind=reports.get("event"), subject=demo, language="fr", by=None)
    built = []
    build = reports.front_matter

    def counted(*args, **kwargs):
        built.append(args)
        return build(*args, **kwargs)

    with (
        mock.patch.object(pdf, "render_pdf", return_value=(b"%PDF-1.7", 1)) as render,
        mock.patch.object(reports, "front_matter", counted),
    ):
        services.report_render(job_id=job.pk)
    assert len(built) == 1
    # The page has the front matter in the report's language.
    [(html,), _kwargs] = render.call_args
    assert "Résumé" in html and "Table des matières" in html
