"""Real services for the tests that need them, and CI's rule that nothing may be skipped.

Tests that need PostgreSQL or Redis ask for `require_postgresql` / `require_redis`. Without
`DATABASE_URL` / `REDIS_URL` they are skipped with the reason; with `CDFACIL_REQUIRE_SERVICES=1`
(as CI sets it) a missing service fails the test instead, and any skipped test fails the run.
"""

import os

import pytest

REQUIRE = os.environ.get("CDFACIL_REQUIRE_SERVICES") == "1"
# The permission matrix's figures, printed in the summary (tests/test_permission_matrix.py).
MATRIX_KEY = pytest.StashKey[dict]()


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


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    matrix = config.stash.get(MATRIX_KEY, None)
    if matrix:
        terminalreporter.write_line(
            f"permission matrix: {matrix['patterns']} URL patterns x {matrix['roles']} roles = "
            f"{matrix['checks']} checks"
        )
    skipped = terminalreporter.stats.get("skipped", [])
    if REQUIRE and skipped:
        terminalreporter.write_line(
            f"CDFACIL_REQUIRE_SERVICES=1: {len(skipped)} test(s) were skipped; that fails the run.",
            red=True,
        )


def pytest_sessionfinish(session, exitstatus):
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if REQUIRE and reporter and reporter.stats.get("skipped") and exitstatus == 0:
        session.exitstatus = 1
