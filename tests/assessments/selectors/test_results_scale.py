"""A round's results cost the same however many answers the rest of the platform holds."""

import os

import pytest
from django.db import connection

from assessments.selectors import results as result_selectors
from builders.factories import EventFactory
from builders.rounds import answered_round
from tests.helpers import run_python

pytestmark = pytest.mark.django_db


def _sqlite_steps(read) -> int:
    """How much work SQLite does for `read`: its virtual machine's instructions, in hundreds."""
    connection.ensure_connection()
    steps = 0

    def count():
        nonlocal steps
        steps += 1
        return 0  # go on

    connection.connection.set_progress_handler(count, 100)
    try:
        read()
    finally:
        connection.connection.set_progress_handler(None, 100)
    return steps


def test_the_results_read_only_the_rounds_answers_on_sqlite(
    event, members, government_org, add_core_member
):
    """SQLite has no statistics (a deployment's file has none): the averages must start from
    the round's few responses, not from every answer to each question on the platform.

    The planner at stake is SQLite's: on another engine (CI's PostgreSQL) this test runs itself
    again in a process of its own on the SQLite default."""
    if connection.vendor != "sqlite":
        env = {name: value for name, value in os.environ.items() if name != "DATABASE_URL"}
        test = f"{__file__}::test_the_results_read_only_the_rounds_answers_on_sqlite"
        done = run_python(["-m", "pytest", "-q", "-p", "no:cacheprovider", test], env)
        assert done.returncode == 0 and "1 passed" in done.stdout, done.stdout + done.stderr
        return
    assessment_round = answered_round(event=event, members=members[:3], scores=(2, 3))

    def read():
        return result_selectors.question_results(assessment_round=assessment_round)

    alone = _sqlite_steps(read)
    before = read()
    # Eight more events whose six members answered the same questions: 16 times the answers.
    for _ in range(8):
        other = EventFactory()
        others = [add_core_member(other, government_org).user for _ in range(6)]
        answered_round(event=other, members=others, scores=(1, 4))
    crowded = _sqlite_steps(read)
    assert read() == before
    assert crowded < alone * 1.2, (alone, crowded)
