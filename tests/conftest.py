"""Shared fixtures: organisations of each kind, a facilitator, events made through the services,
and a helper to build a core group through `participation_add`.

Email: pytest-django runs Django's `setup_test_environment()`, which already switches
EMAIL_BACKEND to locmem and empties `mail.outbox` before each test; the autouse fixture below
sets it again explicitly, so a test never sends real mail whatever the environment says.
It also picks a fast password hasher, runs Celery tasks in-process (except in the tests that ask
for the real Redis), and empties the cache after each test.
"""

import os
from urllib.parse import urlsplit, urlunsplit

import pytest
from django.core.cache import cache
from django.utils import translation

from builders.factories import EventFactory, OrganisationFactory, UserFactory
from cdfacil.models import Organisation
from events.models import Participation
from events.services.people import participation_add

BASE_URL = "https://cdfacil.test"


def pytest_configure(config):
    """Tests empty the cache after each test. With a shared Redis cache and tests run in several
    processes (pytest-xdist), each process gets a Redis database of its own, so one emptying
    its cache never clears the counts of a test running in another."""
    from django.conf import settings

    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    cache = settings.CACHES["default"]
    if worker.startswith("gw") and cache["BACKEND"].endswith("RedisCache"):
        location = urlsplit(cache["LOCATION"])
        database = int(location.path.strip("/") or 0) + 1 + int(worker[2:])
        cache["LOCATION"] = urlunsplit(location._replace(path=f"/{database}"))


@pytest.fixture(autouse=True)
def _test_settings(settings, request):
    from cdfacil.celery import app

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    # A fast hasher: every factory-made person gets the password "demo".
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Tasks run in the test's process, even where REDIS_URL is set (CI), except in the tests
    # that ask for the real Redis: nothing is left in a queue no worker reads.
    eager = app.conf.task_always_eager
    app.conf.task_always_eager = eager or "require_redis" not in request.fixturenames
    yield
    app.conf.task_always_eager = eager
    # A request in another language leaves it active in this thread: the next test starts
    # in the default language again.
    translation.deactivate()
    # Nothing cached (drawn charts) carries over into the next test.
    cache.clear()


@pytest.fixture
def base_url():
    return BASE_URL


# --- Organisations and people -----------------------------------------------------------------


def _organisation(name, acronym, kind):
    """A fixture giving one organisation of `kind`: the three below differ only in their data."""

    @pytest.fixture
    def organisation(db):
        return OrganisationFactory(name=name, acronym=acronym, kind=kind)

    return organisation


government_org = _organisation("Ministry of Health", "MoH", Organisation.Kind.GOVERNMENT)
partner_org = _organisation(
    "Deutsche Gesellschaft für Internationale Zusammenarbeit",
    "GIZ",
    Organisation.Kind.DEVELOPMENT_PARTNER,
)
civil_society_org = _organisation(
    "Uganda National Health Consumers' Organisation", "UNHCO", Organisation.Kind.CIVIL_SOCIETY
)


@pytest.fixture
def facilitator(db):
    organisation = OrganisationFactory(name="Facilitation team", kind=Organisation.Kind.OTHER)
    return UserFactory(
        username="fatima",
        email="fatima@example.org",
        first_name="Fatima",
        last_name="Nakato",
        organisation=organisation,
    )


@pytest.fixture
def fclient(client, facilitator):
    """The test client, signed in as the facilitator."""
    client.force_login(facilitator)
    return client


@pytest.fixture
def outsider(db):
    return UserFactory(username="outsider", first_name="Otto", last_name="Outside")


# --- Events -----------------------------------------------------------------------------------


@pytest.fixture
def make_event(db, facilitator):
    """Create an event through `event_create` (facilitator, agenda, checklist)."""

    def make(**kwargs):
        kwargs.setdefault("created_by", facilitator)
        return EventFactory(**kwargs)

    return make


@pytest.fixture
def event(make_event):
    return make_event(title="Health sector capacity development")


@pytest.fixture
def add_core_member(db):
    """Add a core-group member through `participation_add`.

    `add_core_member(event, organisation, is_lead=False, **user_fields)` creates a person in
    `organisation` and returns the new Participation.
    """

    def add(event, organisation, *, is_lead=False, **user_fields):
        user = UserFactory(organisation=organisation, **user_fields)
        return participation_add(
            event=event, user=user, role=Participation.Role.CORE_GROUP, is_lead=is_lead
        )

    return add


@pytest.fixture
def core_group(event, government_org, partner_org, add_core_member):
    """A core group within the norm: a government lead, two more government members and one
    development partner (4 members)."""
    return [
        add_core_member(event, government_org, is_lead=True, first_name="Grace"),
        add_core_member(event, government_org, first_name="Henry"),
        add_core_member(event, government_org, first_name="Irene"),
        add_core_member(event, partner_org, first_name="Jonas"),
    ]


@pytest.fixture
def stakeholder(event, civil_society_org):
    """A stakeholder of the event, from civil society."""
    user = UserFactory(organisation=civil_society_org, first_name="Stella")
    participation_add(event=event, user=user, role=Participation.Role.STAKEHOLDER)
    return user
