"""Settings that fail safe: the platform's own system checks, and the refusal to start on the
development secret key with debug off."""

import os
import subprocess
from pathlib import Path

from django.core.checks import Error, run_checks

from tests.helpers import run_python

ROOT = Path(__file__).resolve().parent.parent.parent
PRODUCTION_KEY = "a-long-random-production-key-" + "k7#Qz9!xR2@" * 5


def ids(*, deploy: bool = False) -> set[str]:
    return {
        message.id
        for message in run_checks(include_deployment_checks=deploy)
        if message.id and message.id.startswith("cdfacil.")
    }


def test_the_development_secret_key_is_an_error_once_debug_is_off(settings):
    settings.SECRET_KEY = settings.DEVELOPMENT_SECRET_KEY
    settings.DEBUG = True
    assert ids() == set()
    settings.DEBUG = False
    assert ids() == {"cdfacil.E001"}
    [error] = [message for message in run_checks() if message.id == "cdfacil.E001"]
    assert isinstance(error, Error) and "DJANGO_SECRET_KEY" in error.hint
    # The example file's placeholder is no better.
    settings.SECRET_KEY = "change-me-to-a-long-random-string"
    assert ids() == {"cdfacil.E001"}
    settings.SECRET_KEY = PRODUCTION_KEY
    assert ids(deploy=True) == set()


def test_production_without_a_broker_is_an_error_of_check_deploy(settings):
    settings.SECRET_KEY = PRODUCTION_KEY
    settings.PRODUCTION = True
    settings.CDFACIL_BASE_URL = "https://cdfacil.example.org"
    settings.CELERY_TASK_ALWAYS_EAGER = True
    settings.CDFACIL_TASKS_IN_PROCESS = False
    assert ids(deploy=True) == {"cdfacil.E002"}
    [error] = [
        message
        for message in run_checks(include_deployment_checks=True)
        if message.id == "cdfacil.E002"
    ]
    assert isinstance(error, Error) and "REDIS_URL" in error.hint
    # Said out loud, it is a choice, not an accident.
    settings.CDFACIL_TASKS_IN_PROCESS = True
    assert ids(deploy=True) == set()
    # With a broker, or outside production, there is nothing to say.
    settings.CDFACIL_TASKS_IN_PROCESS = False
    settings.CELERY_TASK_ALWAYS_EAGER = False
    assert ids(deploy=True) == set()
    settings.CELERY_TASK_ALWAYS_EAGER = True
    settings.PRODUCTION = False
    assert ids(deploy=True) == set()


def test_production_emails_linking_to_this_machine_are_an_error_of_check_deploy(settings):
    settings.SECRET_KEY = PRODUCTION_KEY
    settings.PRODUCTION = True
    settings.CELERY_TASK_ALWAYS_EAGER = False
    settings.CDFACIL_BASE_URL = "http://127.0.0.1:8000"
    assert ids(deploy=True) == {"cdfacil.E003"}
    [error] = [
        message
        for message in run_checks(include_deployment_checks=True)
        if message.id == "cdfacil.E003"
    ]
    assert "CDFACIL_BASE_URL" in error.hint
    settings.CDFACIL_BASE_URL = "https://cdfacil.example.org"
    assert ids(deploy=True) == set()
    settings.CDFACIL_BASE_URL = "http://localhost:8000"
    settings.PRODUCTION = False  # on a developer's machine the default is right
    assert ids(deploy=True) == set()


def _start(env_changes: dict, code: str) -> subprocess.CompletedProcess:
    env = {**os.environ, **env_changes}
    for name in ("DJANGO_SECRET_KEY", "CDFACIL_PRODUCTION", "REDIS_URL"):
        if name not in env_changes:
            env.pop(name, None)
    return run_python(["-c", code], env)


def test_the_web_process_refuses_to_start_on_the_development_key_with_debug_off():
    """gunicorn loads `cdfacil.wsgi` and runs no system check: the refusal is in the start."""
    load = "import cdfacil.wsgi"
    refused = _start({"DJANGO_DEBUG": "0"}, load)
    assert refused.returncode != 0
    assert "cdfacil.E001" in refused.stderr and "DJANGO_SECRET_KEY" in refused.stderr
    assert _start({"DJANGO_DEBUG": "0", "DJANGO_SECRET_KEY": PRODUCTION_KEY}, load).returncode == 0
