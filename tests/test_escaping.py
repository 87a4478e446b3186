"""Typed text is inert everywhere it shows: every text field of every model gets a hostile
value, then every page is read as each role and every PDF is rendered."""

import io
import re

import pypdf
import pytest
from django.apps import apps
from django.db import models
from django.test import Client
from django.urls import reverse

from cdfacil import pdf, reports, services
from tests.permission_world import World, spec

SCRIPT = "<script>alert(1)</script>"
ATTRIBUTE = '"><img src=x onerror=alert(1)>'
TEMPLATE = "{{ 7*7 }}"
PAYLOADS = [SCRIPT, ATTRIBUTE, TEMPLATE]

# Fields whose values the app checks or uses as codes, not free text.
NOT_FREE_TEXT = {
    "password",
    "username",
    "email",
    "currency",
    "time_zone",
    "language",
    "fingerprint",
    "content_fingerprint",
    "file_name",
    "actor_label",
}
OUR_APPS = {"cdfacil", "events", "assessments", "actionplans", "workshops"}


def _poison(value, n):
    """A JSON value with every string replaced by a payload (the keys stay)."""
    if isinstance(value, dict):
        return {key: _poison(item, n + i) for i, (key, item) in enumerate(value.items())}
    if isinstance(value, list):
        return [_poison(item, n + i) for i, item in enumerate(value)]
    if isinstance(value, str) and value and not re.fullmatch(r"[\d\-:T.+]+", value):
        return f"{PAYLOADS[n % 3]} {n}"
    return value


def poison_every_text_field() -> int:
    """Give each free-text field of every row a payload (with the row's number, to keep unique
    values unique). Returns how many fields were written."""
    written = 0
    for model in apps.get_models():
        if model._meta.app_label not in OUR_APPS or model.__name__.startswith("Historical"):
            continue
        fields = [
            field
            for field in model._meta.concrete_fields
            if isinstance(field, (models.CharField, models.TextField, models.JSONField))
            and not field.choices
            and field.name not in NOT_FREE_TEXT
            and not (field.max_length and field.max_length < len(ATTRIBUTE) + 6)
        ]
        if not fields:
            continue
        for row in model._default_manager.values("pk", *[field.attname for field in fields]):
            values = {}
            # A row's number; random (UUID) keys, as anonymous answers have, give one too.
            number = row["pk"] if isinstance(row["pk"], int) else row["pk"].int % 1000
            for index, field in enumerate(fields):
                if isinstance(field, models.JSONField):
                    values[field.attname] = _poison(row[field.attname], number + index)
                else:
                    values[field.attname] = f"{PAYLOADS[(number + index) % 3]} {number}"
                written += 1
            model._default_manager.filter(pk=row["pk"]).update(**values)
    return written


@pytest.fixture
def poisoned(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    world = World(tmp_path)
    written = poison_every_text_field()
    print(f"wrote a payload into {written} text fields")
    assert written > 500
    return world


def test_typed_markup_is_inert_on_every_page(poisoned):
    pages = 0
    showing = 0
    template_seen = False
    for role in ("facilitator", "member", "stakeholder", "donor", "admin"):
        client = Client()
        client.force_login(poisoned.people[role])
        for name, (method, kwargs) in spec(poisoned).items():
            if method != "GET":
                continue
            response = client.get(reverse(name, kwargs=kwargs))
            if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
                continue
            body = response.content.decode()
            pages += 1
            assert SCRIPT not in body, f"{name} as {role} shows a live <script>"
            assert "<img src=x onerror" not in body, f"{name} as {role} shows a live <img>"
            if "&lt;script&gt;alert(1)&lt;/script&gt;" in body:
                showing += 1
            template_seen = template_seen or TEMPLATE in body
            assert "alert(1)</script>" not in body
    print(f"read {pages} pages as 5 roles; {showing} showed an escaped payload")
    assert pages > 150
    assert showing > 100  # the payloads did reach the pages, escaped
    assert template_seen  # a template string is shown as typed, never evaluated


def test_typed_markup_is_text_in_every_pdf(poisoned):
    subjects = {
        "event": poisoned.event,
        "agenda": poisoned.event,
        "attendance": poisoned.event,
        "results": poisoned.round,
        "plan": poisoned.version,
    }
    for name, subject in subjects.items():
        kind = reports.get(name)
        html = services.report_html(kind=kind, subject=subject, language="en")
        assert SCRIPT not in html and "<img src=x onerror" not in html, name
        data, _pages = pdf.render_pdf(html)  # the fetcher would fail the render on any fetch
        text = " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)
        assert "alert(1)" in text, name
