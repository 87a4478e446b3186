"""The platform as deployed: production settings, the real PostgreSQL and Redis, the demo."""

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import close_old_connections, connection

from cdfacil.models import Organisation, User
from events.models import Event, Participation
from events.services.event import event_phase_blockers
from events.services.people import participation_add
from tests.helpers import run_python

ROOT = Path(__file__).resolve().parent.parent


def check_deploy(**environment: str) -> subprocess.CompletedProcess:
    """`manage.py check --deploy` under production settings, with `environment` on top."""
    env = {
        **os.environ,
        "CDFACIL_PRODUCTION": "1",
        "DJANGO_SECRET_KEY": "a-long-random-production-key-" + "k7#Qz9!xR2@" * 5,
        "DJANGO_ALLOWED_HOSTS": "cdfacil.example.org",
        "REDIS_URL": "redis://127.0.0.1:6379/0",
        "CDFACIL_BASE_URL": "https://cdfacil.example.org",
        **environment,
    }
    for name in ("DJANGO_DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE"):  # the latter: browser tests only
        env.pop(name, None)
    env = {name: value for name, value in env.items() if value}
    return run_python(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], env)


def test_production_settings_pass_check_deploy():
    result = check_deploy()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_refuses_production_without_a_broker():
    """Without Redis, tasks would run inside the web process: a report render would hold a
    gunicorn worker for minutes, unnoticed."""
    result = check_deploy(REDIS_URL="")
    assert result.returncode != 0
    assert "cdfacil.E002" in result.stderr and "REDIS_URL" in result.stderr
    assert check_deploy(REDIS_URL="", CDFACIL_TASKS_IN_PROCESS="1").returncode == 0


def test_check_deploy_refuses_production_whose_emails_would_link_to_this_machine():
    result = check_deploy(CDFACIL_BASE_URL="")
    assert result.returncode != 0
    assert "cdfacil.E003" in result.stderr and "CDFACIL_BASE_URL" in result.stderr


def test_production_settings_need_a_secret_key():
    env = {**os.environ, "CDFACIL_PRODUCTION": "1", "DJANGO_ALLOWED_HOSTS": "x.example.org"}
    env.pop("DJANGO_SECRET_KEY", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


@pytest.mark.django_db
def test_seed_demo_is_idempotent_and_realistic(capsys):
    call_command("seed_demo")
    counts = (Event.objects.count(), Participation.objects.count(), Organisation.objects.count())
    call_command("seed_demo")
    assert (Event.objects.count(), Participation.objects.count(), Organisation.objects.count()) == (
        counts
    )
    output = capsys.readouterr().out
    for login in ("facilitator", "member1", "member5", "stakeholder1", "donor", "admin"):
        assert f"  {login} " in output
    # The event in preparation is ready for its kick-off, with a task overdue.
    event = Event.objects.get(phase=Event.Phase.PREPARATION)
    assert event.sector == "health" and event.country.code == "UG"
    assert set(Organisation.objects.values_list("kind", flat=True)) == set(Organisation.Kind.values)
    lead = event.participations.get(is_lead=True)
    assert lead.user.username == "member1" and lead.user.organisation.is_government
    assert event_phase_blockers(event=event, phase=Event.Phase.KICK_OFF) == []
    assert any(item.is_overdue() for item in event.checklist_items.all())
    assert User.objects.get(username="facilitator").check_password("demo")


# --- The real services (PostgreSQL and Redis), given by CI ------------------------------------


@pytest.mark.services
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_core_group_limit_holds_under_concurrent_adds(require_postgresql, event, partner_org):
    """Four facilitators add a development partner to the core group at the same moment: the
    row lock on the event lets exactly two through."""
    from builders.factories import UserFactory

    users = [UserFactory(organisation=partner_org) for _ in range(4)]
    barrier = threading.Barrier(len(users))
    outcomes = []

    def add(user):
        try:
            barrier.wait(timeout=10)
            participation_add(event=event, user=user, role=Participation.Role.CORE_GROUP)
            outcomes.append("added")
        except Exception as error:  # noqa: BLE001
            outcomes.append(type(error).__name__)
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=add, args=(user,)) for user in users]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(outcomes) == ["ValidationError", "ValidationError", "added", "added"]
    assert (
        Participation.objects.filter(
            event=event,
            role=Participation.Role.CORE_GROUP,
            user__organisation__kind=Organisation.Kind.DEVELOPMENT_PARTNER,
        ).count()
        == 2
    )


@pytest.mark.services
def test_celery_uses_the_real_redis_broker(require_redis):
    from cdfacil.celery import app

    assert app.conf.broker_url.startswith("redis://")
    assert app.conf.task_always_eager is False
    with app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=2)
        assert conn.connected
