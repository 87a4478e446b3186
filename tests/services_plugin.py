"""Real services for the tests that need them, and CI's rule that nothing may be skipped.

Tests that need PostgreSQL or Redis ask for `require_postgresql` / `require_redis`. Without
`DATABASE_URL` / `REDIS_URL` they are skipped with the reason; with `CDFACIL_REQUIRE_SERVICES=1`
(as CI sets it) a missing service fails the test instead, and any skipped test fails the run.
"""

import fcntl
import hashlib
import os
import tempfile
from pathlib import Path

import pytest

REQUIRE = os.environ.get("CDFACIL_REQUIRE_SERVICES") == "1"
# Figures the tests measure (the permission matrix, the accessibility checks of the journeys),
# printed in the run's summary. Under pytest-xdist each test process sends its own back.
SUMMARY_KEY = pytest.StashKey[list]()


def summary_line(config, line: str) -> None:
    """Print `line` in the run's summary, whichever test process measured it."""
    config.stash.setdefault(SUMMARY_KEY, []).append(line)


def _missing(reason: str):
    if REQUIRE:
        pytest.fail(f"{reason} (CDFACIL_REQUIRE_SERVICES=1)")
    pytest.skip(reason)


@pytest.fixture
def require_postgresql():
    from django.db import connection

    if connection.vendor != "postgresql":
        _missing("needs PostgreSQL: set DATABASE_URL=postgres://...")


@pytest.fixture
def require_redis():
    from django.conf import settings

    if not settings.REDIS_URL:
        _missing("needs Redis: set REDIS_URL=redis://...")
    import redis

    try:
        redis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=3).ping()
    except redis.RedisError as error:
        pytest.fail(f"Redis at {settings.REDIS_URL} does not answer: {error}")


@pytest.fixture
def broker_queues():
    """The broker's queues belong to one test at a time, whichever test process runs it
    (pytest-xdist): a test that purges or reads them, or starts a worker on them, holds this
    lock for its whole length."""
    from django.conf import settings

    key = hashlib.sha256(settings.CELERY_BROKER_URL.encode()).hexdigest()[:12]
    with (Path(tempfile.gettempdir()) / f"cdfacil-broker-{key}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def pytest_testnodedown(node, error):
    """A test process of pytest-xdist has finished: keep the lines it measured."""
    lines = getattr(node, "workeroutput", {}).get("summary_lines", [])
    node.config.stash.setdefault(SUMMARY_KEY, []).extend(lines)


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    for line in sorted(config.stash.get(SUMMARY_KEY, [])):
        terminalreporter.write_line(line)
    skipped = terminalreporter.stats.get("skipped", [])
    if REQUIRE and skipped:
        terminalreporter.write_line(
            f"CDFACIL_REQUIRE_SERVICES=1: {len(skipped)} test(s) were skipped; that fails the run.",
            red=True,
        )


def pytest_sessionfinish(session, exitstatus):
    if hasattr(session.config, "workeroutput"):  # a test process of pytest-xdist
        session.config.workeroutput["summary_lines"] = session.config.stash.get(SUMMARY_KEY, [])
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if REQUIRE and reporter and reporter.stats.get("skipped") and exitstatus == 0:
        session.exitstatus = 1
