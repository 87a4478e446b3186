"""The zero-setup default (SQLite) holds a room saving at once: no "database is locked"."""

import json
import os

from tests.helpers import run_python


def test_twenty_autosaves_at_once_on_sqlite_all_succeed_and_are_stored(tmp_path):
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'room.sqlite3'}",
        "CELERY_TASK_ALWAYS_EAGER": "1",
    }
    env.pop("REDIS_URL", None)
    run = run_python(["tests/cdfacil/sqlite_room.py"], env)
    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["statuses"] == [200] * 20, result["statuses"]
    assert result["stored"] == sorted(f"member {index}" for index in range(20))
