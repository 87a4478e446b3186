"""Every form of every page, filled with hostile values: never a server error.

The forms are found by reading the pages as each role (so a new form is fuzzed without being
listed here); each POST runs in a transaction that is rolled back.
"""

from html.parser import HTMLParser
from urllib.parse import urljoin

import pytest
from django.db import transaction
from django.test import Client
from django.urls import reverse

from tests.permission_world import World, spec

HOSTILE = [
    "",
    "x" * 5000,
    "nul\x00byte",
    "-1",
    "0",
    "99999999999999999999999999",
    "1e400",
    "NaN",
    "-0.000000001",
    "2026-13-45",
    "31/02/2026",
    "25:61",
    "²",  # a digit to str.isdigit(), not to int()
    "\u202etxt.exe",
    "Z̴̡̛̘̟͆́ͮ͑a̵l̸g̷o̶",
    "😀" * 300,
    "999999999",  # a wrong id
    "<script>alert(1)</script>",
    "' OR 1=1 --",
]


class FormReader(HTMLParser):
    """The POST forms of a page: action and field names."""

    def __init__(self):
        super().__init__()
        self.forms = []
        self._form = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("method", "get").lower() == "post":
            self._form = {"action": attrs.get("action") or "", "fields": set()}
            self.forms.append(self._form)
        elif tag in ("input", "select", "textarea") and self._form is not None:
            name = attrs.get("name")
            if name and name != "csrfmiddlewaretoken" and attrs.get("type") != "file":
                self._form["fields"].add(name)

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None


@pytest.fixture
def world(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return World(tmp_path)


def test_hostile_values_in_every_form_never_give_a_server_error(world):
    forms_tried = set()
    posts = 0
    for role in ("facilitator", "member", "stakeholder", "donor", "admin"):
        client = Client(raise_request_exception=True)
        client.force_login(world.people[role])
        for name, (method, kwargs) in spec(world).items():
            if method != "GET" or name in {"login", "admin:index"}:
                continue
            url = reverse(name, kwargs=kwargs)
            response = client.get(url)
            if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
                continue
            reader = FormReader()
            reader.feed(response.content.decode())
            for form in reader.forms:
                action = urljoin(url, form["action"]) if form["action"] else url
                if action.endswith(reverse("logout")) or not form["fields"]:
                    continue
                key = (action, tuple(sorted(form["fields"])))
                if key in forms_tried:
                    continue
                forms_tried.add(key)
                for value in HOSTILE:
                    with transaction.atomic():
                        response = client.post(action, dict.fromkeys(form["fields"], value))
                        transaction.set_rollback(True)
                    posts += 1
                    assert response.status_code < 500, (role, action, repr(value[:40]))
    assert len(forms_tried) >= 40 and posts == len(forms_tried) * len(HOSTILE)
    print(f"fuzzed {len(forms_tried)} forms with {posts} posts")
