"""The room scenario of `make load`, small, against the live test server: phones join by the
room's code and answer the polls the facilitator runs, the projector refreshes, and the check
finds every answer a phone saw recorded; when the database has lost one, the check says so."""

import asyncio
import io

import pytest
from django.core.management.base import OutputWrapper

from bench import load_phones
from workshops.models import PollAnswer

pytestmark = [
    pytest.mark.services,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_small_room_loses_no_answer_and_the_check_notices_a_loss(live_server, require_postgresql):
    out = io.StringIO()
    write = OutputWrapper(out).write
    room = load_phones.prepare({"phones": 4})
    outcome = asyncio.run(
        load_phones.play(base_url=live_server.url, room=room, seconds=30, arrival=1)
    )
    assert not outcome.errors, outcome.errors
    assert len(outcome.timings["phone join"]) == 4
    assert outcome.timings["projector refresh"] and outcome.timings["phone poll"]
    assert len(outcome.poll_answers) >= 4
    assert load_phones.check(outcome, room, write) == 0
    assert ", lost 0, different 0, duplicated 0; 0 request error(s)" in out.getvalue()

    (poll, phone), _value = next(iter(outcome.poll_answers.items()))
    PollAnswer.objects.filter(poll_id=poll, phone=phone).delete()
    out.truncate(0)
    assert load_phones.check(outcome, room, write) == 1
