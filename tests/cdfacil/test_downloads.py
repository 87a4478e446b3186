"""Downloaded files are named for people, in the report's language, and the name is safe: no
path, quote, control or invisible character survives, and the header carries an ASCII name and
the real one (RFC 6266)."""

import re
from urllib.parse import unquote

import pytest
from django.urls import reverse

from cdfacil import pdf
from cdfacil.downloads import ascii_name, content_disposition, download_name
from cdfacil.models import ReportJob
from tests.actionplans.helpers import build_plan, endorse_and_publish
from tests.helpers import client_for

pytestmark = pytest.mark.django_db

# No NUL byte: a form refuses it and PostgreSQL cannot store it (the names' own test has one).
HOSTILE_TITLE = '../..\\etc/passwd\x01\r\nSet-Cookie: x=1; "quoted" <b>|?*\u202egpj.exe\ttab  '


def names_in(header: str) -> tuple[str, str]:
    """The ASCII `filename` and the decoded `filename*` of a Content-Disposition header."""
    match = re.fullmatch(r"attachment; filename=\"([^\"]*)\"; filename\*=UTF-8''(\S+)", header)
    assert match, header
    return match.group(1), unquote(match.group(2))


def download(client, job) -> str:
    response = client.get(reverse("report_download", args=[job.pk]))
    assert response.status_code == 200
    b"".join(response.streaming_content)
    return response["Content-Disposition"]


def done_job(kind: str, subject_id: int, language: str) -> ReportJob:
    (pdf.report_storage_dir() / f"{kind}-{subject_id}.pdf").write_bytes(b"%PDF-1.7 test")
    return ReportJob.objects.create(
        kind=kind,
        subject_id=subject_id,
        language=language,
        status=ReportJob.Status.DONE,
        file_name=f"{kind}-{subject_id}.pdf",
    )


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def test_the_plan_downloads_under_its_french_name(event, government_org, facilitator, core_group):
    version = endorse_and_publish(build_plan(event, government_org), facilitator)
    job = done_job("plan", version.pk, "fr")

    fallback, name = names_in(download(client_for(facilitator), job))

    assert name == "Plan d'action - Santé Ouganda - v1.pdf"
    assert fallback == "Plan d'action - Sante Ouganda - v1.pdf"


def test_an_event_report_is_named_by_the_event_title_in_the_report_language(event, facilitator):
    job = done_job("agenda", event.pk, "fr")

    fallback, name = names_in(download(client_for(facilitator), job))

    assert name == "Programme et déroulé détaillé - Health sector capacity development.pdf"
    assert fallback == "Programme et deroule detaille - Health sector capacity development.pdf"


def test_a_hostile_event_title_leaves_a_plain_name(make_event, facilitator):
    event = make_event(title=HOSTILE_TITLE)
    job = done_job("agenda", event.pk, "en")

    header = download(client_for(facilitator), job)

    assert "\r" not in header and "\n" not in header and "Set-Cookie:" not in header
    fallback, name = names_in(header)
    for shown in (fallback, name):
        assert shown.startswith("Agenda and run-sheet - ") and shown.endswith(".exe tab.pdf")
        assert not set(shown) & set('/\\"<>|?*:\x00\x01\r\n\t\u202e')
        assert ".." not in shown
    assert name == "Agenda and run-sheet - etc-passwd Set-Cookie x=1; quoted b - gpj.exe tab.pdf"


def test_names_are_cut_to_a_readable_length_and_never_empty():
    long = download_name("Event report", "word " * 100, extension="pdf")
    assert len(long) < 110 and long.endswith("….pdf")
    assert download_name("", "\u202e\x00 ..", extension="xlsx") == "download.xlsx"
    assert ascii_name("Оценка - Уганда.pdf") == "download.pdf"
    assert ascii_name("Plan d’action – Ouganda.pdf") == "Plan d'action - Ouganda.pdf"


def test_the_header_encodes_the_real_name_as_rfc_5987_asks():
    header = content_disposition("Plan d'action - Santé Ouganda - v1.pdf")
    assert header == (
        'attachment; filename="Plan d\'action - Sante Ouganda - v1.pdf"; '
        "filename*=UTF-8''Plan%20d%27action%20-%20Sant%C3%A9%20Ouganda%20-%20v1.pdf"
    )
    assert header.isascii()
