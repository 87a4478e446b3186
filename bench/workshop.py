"""A workshop played against a running cdfacil over HTTP: the driver of `manage.py load_test`.

Each participant is a coroutine with its own cookies, as a browser would be: it signs in through
the login form, opens its page and then works at a person's pace. Every write it gets a success
for is remembered with the value sent, so the database can be checked afterwards. Nothing here
touches the database; `load_test` prepares the people and checks the outcome.
"""

import asyncio
import random
import re
import statistics
import time
from collections import defaultdict
from dataclasses import dataclass, field

import httpx

from bench.measure import percentile

STANCES = ["endorse", "reservations", "abstain"]
# Seconds between two actions of one person: an answer, a dot, a position, asking for a report.
PAUSES = {"assess": (2.0, 6.0), "vote": (3.0, 10.0), "endorse": (5.0, 40.0), "report": (10.0, 0)}


@dataclass
class Assessor:
    username: str
    page: str  # the response form
    autosave: dict[int, str]  # question pk: its autosave URL
    response_pk: int


@dataclass
class Voter:
    username: str
    page: str  # the key-issue list
    vote: str
    key_issues: list[int]
    dots: int


@dataclass
class Delegate:
    """The person recording their organisation's position on a frozen plan version."""

    username: str
    page: str  # the version page
    position: str
    version_pk: int
    organisation_pk: int


@dataclass
class Reporter:
    """A facilitator asking for a PDF report during the workshop and waiting for it."""

    username: str
    request: str


@dataclass
class Outcome:
    """What the participants were told, request by request, and what they saved."""

    # kind: (seconds since the workshop began when sent, seconds it took)
    timings: dict[str, list[tuple[float, float]]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    began: float = field(default_factory=time.monotonic)
    last_sign_in: float = 0.0  # seconds since the workshop began
    answers: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)
    votes: dict[tuple[str, int], int] = field(default_factory=dict)
    positions: dict[tuple[int, int], tuple[str, str]] = field(default_factory=dict)
    reports: dict[str, str] = field(default_factory=dict)  # job page: username
    reports_done: set = field(default_factory=set)

    def record(self, kind: str, sent: float, seconds: float, error: str | None = None) -> None:
        self.timings[kind].append((sent - self.began, seconds))
        if error:
            self.errors[kind].append(error)
        elif kind == "login":
            self.last_sign_in = max(self.last_sign_in, sent + seconds - self.began)

    def table(self, *, since: float = 0.0) -> list[dict]:
        """Per kind of request; `since`: only those sent that many seconds in or later."""
        rows = []
        for kind, timings in self.timings.items():
            ordered = sorted(seconds for sent, seconds in timings if sent >= since)
            if not ordered:
                continue
            rows.append(
                {
                    "kind": kind,
                    "requests": len(ordered),
                    "errors": len(self.errors.get(kind, [])) if not since else None,
                    "median_ms": statistics.median(ordered) * 1000,
                    "p95_ms": percentile(ordered, 0.95) * 1000,
                    "max_ms": ordered[-1] * 1000,
                }
            )
        return rows


class Participant:
    """One browser: its own cookies, and every request timed and checked."""

    def __init__(self, base_url: str, outcome: Outcome, password: str):
        # A kept-alive connection is given up before the server would close it (gunicorn's
        # keep-alive is 5 s in the load test), so no request is sent down a closing one.
        self.client = httpx.AsyncClient(
            base_url=base_url,
            timeout=30,
            follow_redirects=False,
            limits=httpx.Limits(keepalive_expiry=2.0),
        )
        self.outcome = outcome
        self.password = password

    async def close(self):
        await self.client.aclose()

    async def request(self, kind, method, url, *, expect, data=None, htmx=False, check=None):
        headers = {"X-CSRFToken": self.client.cookies.get("csrftoken", "")}
        if htmx:
            headers["HX-Request"] = "true"
        sent = time.monotonic()
        start = time.perf_counter()
        error = None
        response = None
        try:
            response = await self.client.request(method, url, data=data, headers=headers)
        except httpx.HTTPError as failure:
            error = f"{type(failure).__name__}: {failure}"
        seconds = time.perf_counter() - start
        expected = expect if isinstance(expect, tuple) else (expect,)
        if error is None and response.status_code not in expected:
            error = f"HTTP {response.status_code} for {method} {url}"
        if error is None and check is not None and not check(response):
            error = f"refused: {method} {url}"
        self.outcome.record(kind, sent, seconds, error)
        return response if error is None else None

    async def login(self, username) -> bool:
        if not await self.request("login page", "GET", "/accounts/login/", expect=200):
            return False
        token = self.client.cookies.get("csrftoken", "")
        response = await self.request(
            "login",
            "POST",
            "/accounts/login/",
            expect=302,
            data={"username": username, "password": self.password, "csrfmiddlewaretoken": token},
        )
        return response is not None

    async def arrive(self, username, kind, page) -> bool:
        """Sign in and open the page one works on; False when either failed."""
        if not await self.login(username):
            return False
        return await self.request(kind, "GET", page, expect=200) is not None


def _saved(question_pk):
    marker = re.compile(rf'id="s{question_pk}" class="small text-success"')
    return lambda response: bool(marker.search(response.text))


async def assess(participant: Participant, person: Assessor, rng, until, pause):
    if not await participant.arrive(person.username, "assessment page", person.page):
        return
    questions = list(person.autosave)
    rng.shuffle(questions)
    step = 0
    while time.monotonic() + pause[0] < until:
        await asyncio.sleep(rng.uniform(*pause))
        question = questions[step % len(questions)]
        step += 1
        current = rng.randint(1, 4)
        desired = rng.randint(current, 4)
        data = {"kind": "rated", "current": current, "desired": desired, "evidence": ""}
        if rng.random() < 0.2:
            data["evidence"] = f"Seen in the annual sector review, step {step}."
        response = await participant.request(
            "autosave",
            "POST",
            person.autosave[question],
            expect=200,
            data=data,
            htmx=True,
            check=_saved(question),
        )
        if response is not None:
            participant.outcome.answers[(person.response_pk, question)] = (current, desired)


async def vote(participant: Participant, person: Voter, rng, until, pause):
    if not await participant.arrive(person.username, "key issues page", person.page):
        return
    placed: dict[int, int] = {}
    while time.monotonic() + pause[0] < until:
        await asyncio.sleep(rng.uniform(*pause))
        issue = rng.choice(person.key_issues)
        free = person.dots - sum(dots for pk, dots in placed.items() if pk != issue)
        dots = rng.randint(0, free)
        response = await participant.request(
            "dot vote",
            "POST",
            person.vote,
            expect=200,
            data={"key_issue": issue, "dots": dots},
            htmx=True,
            check=lambda response: "alert-danger" not in response.text,
        )
        if response is not None:
            placed[issue] = dots
            participant.outcome.votes[(person.username, issue)] = dots


async def endorse(participant: Participant, person: Delegate, rng, until, pause):
    if not await participant.arrive(person.username, "plan version page", person.page):
        return
    changes = 0
    # Most say their position once; some change their mind after the discussion. Everyone
    # says it before the end, however late they came in.
    while changes < 2 and until - time.monotonic() > 1:
        await asyncio.sleep(min(rng.uniform(*pause), until - time.monotonic() - 1))
        stance = rng.choice(STANCES)
        comment = f"{person.username}: position {changes + 1}, after the plenary discussion."
        response = await participant.request(
            "position",
            "POST",
            person.position,
            expect=302,
            data={"stance": stance, "comment": comment},
        )
        if response is not None:
            participant.outcome.positions[(person.version_pk, person.organisation_pk)] = (
                stance,
                comment,
            )
        changes += 1 if rng.random() < 0.5 else 2


async def report(participant: Participant, person: Reporter, rng, until, pause):
    if not await participant.login(person.username):
        return
    await asyncio.sleep(rng.uniform(*pause))
    response = await participant.request("report request", "POST", person.request, expect=302)
    if response is None:
        return
    job_page = response.headers["location"]
    participant.outcome.reports[job_page] = person.username
    while time.monotonic() < until + 60:
        await asyncio.sleep(2)
        status = await participant.request("report status", "GET", job_page, expect=200, htmx=True)
        if status is not None and "/download/" in status.text:
            participant.outcome.reports_done.add(job_page)
            return


async def play(
    *,
    base_url: str,
    password: str,
    assessors: list[Assessor],
    voters: list[Voter],
    delegates: list[Delegate],
    reporters: list[Reporter],
    seconds: float,
    arrival: float,
    pauses: dict[str, tuple[float, float]] | None = None,
    seed: int = 2026,
) -> Outcome:
    """Everyone arrives within `arrival` seconds and works until `seconds` have passed,
    waiting between two actions a random time within the `pauses` of their kind."""
    pauses = {**PAUSES, **(pauses or {})}
    outcome = Outcome()
    rng = random.Random(seed)
    until = outcome.began + seconds
    plays = (
        [(assess, person, pauses["assess"]) for person in assessors]
        + [(vote, person, pauses["vote"]) for person in voters]
        + [(endorse, person, pauses["endorse"]) for person in delegates]
        + [(report, person, (pauses["report"][0], seconds / 2)) for person in reporters]
    )

    async def one(play_, person, pause, delay, seed_):
        await asyncio.sleep(delay)
        participant = Participant(base_url, outcome, password)
        try:
            await play_(participant, person, random.Random(seed_), until, pause)
        finally:
            await participant.close()

    tasks = [
        one(play_, person, pause, rng.uniform(0, arrival), rng.random())
        for play_, person, pause in plays
    ]
    # Bounded: whatever happens, the workshop ends a minute after its time.
    await asyncio.wait_for(asyncio.gather(*tasks), timeout=seconds + 120)
    return outcome
