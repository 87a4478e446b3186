"""The workshop of `make load`, small, against the live test server: participants sign in,
answer, vote and record positions over HTTP, and the check finds every write they saw succeed;
when the database has lost or changed one, the check says so."""

import asyncio
import io

import pytest
from django.core.management.base import OutputWrapper

from actionplans.models import Position
from assessments.models import Answer
from bench import load_check, load_room, workshop

pytestmark = [
    pytest.mark.services,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_small_workshop_loses_nothing_and_the_check_notices_a_loss(
    live_server, require_postgresql
):
    out = io.StringIO()
    write = OutputWrapper(out).write
    people = load_room.prepare({"assessors": 3, "voters": 2, "organisations": 2, "reports": 0})
    assert [len(people[kind]) for kind in ("assessors", "voters", "delegates")] == [3, 2, 2]
    outcome = asyncio.run(
        workshop.play(
            base_url=live_server.url,
            password=load_room.PASSWORD,
            assessors=people["assessors"],
            voters=people["voters"],
            delegates=people["delegates"],
            reporters=[],
            seconds=6,
            arrival=0.5,
            pauses={"assess": (0.2, 0.5), "vote": (0.2, 0.6), "endorse": (0.2, 1.0)},
        )
    )
    assert not outcome.errors
    assert outcome.timings["login"] and len(outcome.timings["login"]) == 7
    assert len(outcome.answers) >= 10
    assert outcome.votes
    assert len(outcome.positions) == 2
    assert load_check.check(outcome, people, write) == 0
    report = out.getvalue()
    assert f"answers    confirmed {len(outcome.answers):>6}, lost 0, different 0" in report

    # A saved answer gone, and a position that is not what was sent.
    (response_pk, question_pk), _value = next(iter(outcome.answers.items()))
    Answer.objects.filter(response_id=response_pk, question_id=question_pk).delete()
    (version_pk, organisation_pk), _position = next(iter(outcome.positions.items()))
    Position.objects.filter(version_id=version_pk, organisation_id=organisation_pk).update(
        comment="Changed behind the participant's back."
    )
    out.truncate(0)
    assert load_check.check(outcome, people, write) == 2
    assert ", lost 1, different 0, duplicated 0" in out.getvalue()
    assert "positions  confirmed      2, lost 0, different 1, duplicated 0" in out.getvalue()
