"""The room scenario of `make load`: phones join a workshop room by its code and answer three
live polls while the projector refreshes every two seconds and the facilitator starts and stops
the polls. Built, played over HTTP with `bench.workshop`'s timed browsers, and checked: every
answer a phone saw recorded is in the database with the value sent, once per phone and poll."""

import asyncio
import random
import re
import time

from django.contrib.auth.hashers import make_password
from django.db.models import Count
from django.urls import reverse

from bench.workshop import Outcome, Participant
from builders.factories import EventFactory, UserFactory
from cdfacil.models import User
from workshops.models import PollAnswer
from workshops.services.polls import poll_create
from workshops.services.room import room_open

PASSWORD = "room-load-test"
POLLS = [
    (
        "Which key issue matters most to your organisation?",
        "single",
        [f"Key issue {n}" for n in range(1, 7)],
    ),
    ("What do you expect from these five days?", "text", []),
    ("How useful was this morning?", "rating", []),
]
WORDS = ["ownership", "coordination", "funding", "clear roles", "data", "leadership", "training"]
FORM = re.compile(r'action="(/room/\w+/polls/(\d+)/)"')


def prepare(options: dict) -> dict:
    """One event with its room and three polls not started yet; its facilitator's password."""
    facilitator = UserFactory(username="room-facilitator")
    event = EventFactory(created_by=facilitator, title="Kick-off of the room load test")
    room = room_open(event=event)
    polls = [
        poll_create(event=event, question=q, kind=kind, options=options_, by=facilitator)
        for q, kind, options_ in POLLS
    ]
    User.objects.filter(pk=facilitator.pk).update(password=make_password(PASSWORD))
    return {
        "facilitator": facilitator.username,
        "code": room.code,
        "phone_page": reverse("workshops:phone", args=[room.code]),
        "phone_live": reverse("workshops:phone_live", args=[room.code]),
        "projector": reverse("workshops:room", args=[event.pk]),
        "live": reverse("workshops:room_live", args=[event.pk]),
        "polls": [
            (
                poll.pk,
                poll.kind,
                len(poll.options),
                reverse("workshops:poll_start", args=[event.pk, poll.pk]),
                reverse("workshops:poll_stop", args=[event.pk, poll.pk]),
            )
            for poll in polls
        ],
        "phones": options["phones"],
    }


def _answer_data(kind: str, options: int, rng) -> tuple[dict, tuple]:
    """What a phone sends, and the value the database should then hold."""
    if kind == "text":
        words = " ".join(rng.sample(WORDS, 2))
        return {"text": words}, ([], words)
    if kind == "rating":
        rating = rng.randint(1, 5)
        return {"choice": str(rating)}, ([rating], "")
    choice = rng.randrange(options)
    return {"choice": str(choice)}, ([choice], "")


async def facilitate(participant: Participant, room: dict, until: float, outcome: Outcome):
    """Sign in, open the projector, then run the polls one after another in equal parts."""
    if not await participant.arrive(room["facilitator"], "projector page", room["projector"]):
        return
    share = (until - time.monotonic()) / len(room["polls"])
    for _pk, _kind, _options, start, stop in room["polls"]:
        await participant.request("poll start", "POST", start, expect=302)
        await asyncio.sleep(max(share - 1, 0.5))
        await participant.request("poll stop", "POST", stop, expect=302)


async def project(participant: Participant, room: dict, until: float):
    """The projector: the room view's live part every two seconds."""
    if not await participant.login(room["facilitator"]):
        return
    while time.monotonic() < until + 2:
        await participant.request("projector refresh", "GET", room["live"], expect=200, htmx=True)
        await asyncio.sleep(2)


async def phone(participant: Participant, room: dict, rng, until: float, answers: dict):
    """Join by the QR code's address, ask every three seconds which poll is open, answer each
    poll once after reading it (a few change their answer), and keep what was recorded."""
    page = await participant.request("phone join", "GET", room["phone_page"], expect=200)
    if page is None:
        return
    kinds = {pk: (kind, options) for pk, kind, options, _start, _stop in room["polls"]}
    shown, text = "0", page.text
    answered: set[int] = set()
    while time.monotonic() < until:
        form = FORM.search(text)
        if form and int(form.group(2)) not in answered:
            poll = int(form.group(2))
            await asyncio.sleep(rng.uniform(2, 8))
            for _time in range(2 if rng.random() < 0.1 else 1):
                data, value = _answer_data(*kinds[poll], rng)
                response = await participant.request(
                    "answer",
                    "POST",
                    form.group(1),
                    expect=200,
                    data=data,
                    htmx=True,
                    # Refused in words because the facilitator stopped the poll meanwhile: as
                    # it should be, and not recorded.
                    check=lambda response: (
                        "alert-success" in response.text or "This poll is closed" in response.text
                    ),
                )
                if response is not None and "alert-success" in response.text:
                    key = participant.client.cookies.get("cdfacil_phone", "").split(":")[0]
                    answers[(poll, key)] = value
            answered.add(poll)
        await asyncio.sleep(3)
        shown = form.group(2) if form else "0"
        response = await participant.request(
            "phone poll",
            "GET",
            f"{room['phone_live']}?shown={shown}&evaluation=0",
            expect=(200, 204),
            htmx=True,
        )
        if response is not None and response.status_code == 200:
            text = response.text


async def play(*, base_url: str, room: dict, seconds: float, arrival: float, seed=2026):
    """The phones arrive within `arrival` seconds; the three polls share `seconds`."""
    outcome = Outcome()
    outcome.poll_answers = {}
    rng = random.Random(seed)
    until = outcome.began + seconds

    async def one(play_, delay, *args):
        await asyncio.sleep(delay)
        participant = Participant(base_url, outcome, PASSWORD)
        try:
            await play_(participant, room, *args)
        finally:
            await participant.close()

    tasks = [one(facilitate, 0, until, outcome), one(project, 0, until)] + [
        one(
            phone, rng.uniform(0, arrival), random.Random(rng.random()), until, outcome.poll_answers
        )
        for _ in range(room["phones"])
    ]
    await asyncio.wait_for(asyncio.gather(*tasks), timeout=seconds + 120)
    return outcome


def check(outcome: Outcome, room: dict, write) -> int:
    """Every answer a phone saw recorded is there as sent, once per phone and poll."""
    polls = [pk for pk, *_rest in room["polls"]]
    rows = PollAnswer.objects.filter(poll__in=polls)
    stored = {
        (poll, phone): (choices, text)
        for poll, phone, choices, text in rows.values_list("poll_id", "phone", "choices", "text")
    }
    sent = outcome.poll_answers
    lost = sum(1 for key in sent if key not in stored)
    different = sum(1 for key, value in sent.items() if key in stored and stored[key] != value)
    duplicated = rows.values("poll", "phone").annotate(n=Count("pk")).filter(n__gt=1).count()
    phones = len({phone for _poll, phone in sent})
    errors = sum(len(errors) for errors in outcome.errors.values())
    write("")
    write("Database after the room (every answer the phones saw recorded):")
    write(
        f"answers    confirmed {len(sent):>6} from {phones} phones, lost {lost}, "
        f"different {different}, duplicated {duplicated}; {errors} request error(s)"
    )
    return lost + different + duplicated + errors
