"""Helpers every app's tests use."""

import re
import subprocess
import sys
from pathlib import Path

from django.contrib.auth.models import Permission
from django.test import Client


def client_for(user) -> Client:
    """A test client signed in as `user`, one per person when a test has several."""
    client = Client()
    client.force_login(user)
    return client


def grant_add_event(user):
    """What an administrator grants a facilitator: the right to create events (and frameworks)."""
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="events", codename="add_event")
    )
    return user


ROOT = Path(__file__).resolve().parent.parent


def run_python(args: list[str], env: dict) -> subprocess.CompletedProcess:
    """This project's Python on `args` in a process of its own, from the project's folder, with
    exactly `env` as its environment: what a server or a command sees when it starts."""
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )


def body_pages(texts: list[str]) -> list[str]:
    """A report's pages after its front matter: the pages that follow its contents page, found
    by the contents' dot leaders (all pages when the report has no contents)."""
    contents = [n for n, text in enumerate(texts) if re.search(r"\.{10,}", text)]
    return texts[contents[-1] + 1 :] if contents else texts
