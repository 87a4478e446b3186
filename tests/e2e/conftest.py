"""Browser end-to-end tests: Playwright for Python driving Debian's Chromium against
pytest-django's live server.

Every test in this folder is marked `e2e` (run them alone with `-m e2e`, leave them out with
`-m "not e2e"`). The helpers are fixtures:

- `new_page(width, height, language="en")`: a page in a fresh browser context (its own cookies,
  so its own signed-in person) of that viewport, against the live server. `helpers.DESKTOP`
  and `helpers.PHONE` are the two sizes used.
- `sign_in(page, username, password)`: through the sign-in form.
- `check_a11y(page, name)`: axe-core on the page once it is settled (`helpers.settle`: no
  request in flight, no htmx swap or transition running), WCAG 2.x A/AA rules only; the
  serious and critical violations are kept in `check_a11y.violations` for the test to assert at
  the end, so that one run reports every page. `check_a11y.pages_checked` counts the pages.
- `shot(page, name, full_page=True)`: a screenshot `<name>-<width>.png` in the folder named by
  CDFACIL_SCREENSHOTS (default: the test's tmp_path).

Playwright's sync API runs an event loop in the test thread, so Django's async-safety check is
switched off for the tests' own ORM calls. The live server shares the in-memory SQLite
connection with the test thread: a test reads the database only while the browser is idle.
"""

import os
import threading
import time
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.servers.basehttp import ThreadedWSGIServer
from playwright.sync_api import expect
from pytest_django.live_server_helper import LiveServer

from tests.e2e.helpers import CHROMIUM, CHROMIUM_ARGS, TIMEOUT_MS, settle
from tests.services_plugin import summary_line

# Checked by Django on every ORM call, so setting it here, before any test runs, is enough.

HERE = Path(__file__).resolve().parent
expect.set_options(timeout=TIMEOUT_MS)

AXE_OPTIONS = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
    },
    "resultTypes": ["violations"],
}
REPORTED_IMPACTS = {"serious", "critical"}


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "e2e: browser end-to-end test (Playwright, Chromium, live server)"
    )


def pytest_collection_modifyitems(config, items):
    """Marks the browser tests. A test elsewhere that takes a browser fixture (a parameter
    named `page`, say) would be pulled in among them, ahead of database tests that must run
    before any live-server test empties the database: that is refused at collection."""
    for item in items:
        if HERE in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.e2e)
        elif "browser_name" in getattr(getattr(item, "callspec", None), "params", {}):
            raise pytest.UsageError(
                f"{item.nodeid} takes a browser fixture outside tests/e2e: rename its "
                "parameter (pytest-playwright owns `page`, `browser`, `context`)"
            )


# Playwright's sync API runs an event loop in the test's thread, where Django would otherwise
# refuse database access. (tests/test_platform.py runs `check --deploy` without it.)
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"


# --- The browser --------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """pytest-playwright's session browser, launched from Debian's Chromium. Without it the
    browser tests are skipped with the reason, and fail where CDFACIL_REQUIRE_SERVICES=1 (CI,
    whose .ci/run installs it)."""
    if not Path(CHROMIUM).exists():
        from tests.services_plugin import _missing

        _missing(f"needs Chromium at {CHROMIUM}: apt-get install chromium")
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


# --- The live server ----------------------------------------------------------------------------


class OneAtATimeWSGIServer(ThreadedWSGIServer):
    """Django's threaded live server, whose application handles one request at a time.

    With SQLite in memory, the live server and the test share one database connection, and two
    requests of the browser (two autosaves of the assessment, a page and its htmx fragment)
    would otherwise use it at once: their transactions would mix. Connections are still read in
    their own threads, so a connection the browser opens ahead and leaves idle (Chromium's
    preconnect) never holds up the others, as it would with a single-threaded server. The
    response is read whole inside the lock: a streamed file too."""

    def set_app(self, application):
        lock = threading.Lock()

        def one_at_a_time(environ, start_response):
            with lock:
                result = application(environ, start_response)
                try:
                    return [b"".join(result)]
                finally:
                    if hasattr(result, "close"):
                        result.close()

        super().set_app(one_at_a_time)


@pytest.fixture(scope="session")
def live_server(request):
    """pytest-django's live server, handling one request at a time (OneAtATimeWSGIServer)."""
    addr = (
        request.config.getvalue("liveserver")
        or os.getenv("DJANGO_LIVE_TEST_SERVER_ADDRESS")
        or "localhost"
    )
    server = LiveServer(addr, start=False)
    server.thread.server_class = OneAtATimeWSGIServer
    server.start()
    yield server
    server.stop()


# --- Settings of the live server ----------------------------------------------------------------


@pytest.fixture(autouse=True)
def _migration_data(django_db_blocker):
    """What migrations put in the database (permissions, the default framework, the method
    library), put back when a transactional test before this one emptied the tables."""
    import importlib

    from django.apps import apps
    from django.contrib.auth.management import create_permissions
    from django.contrib.contenttypes.management import create_contenttypes

    from assessments import default_framework
    from assessments.models import Framework
    from events import method_library
    from events.models import Method

    with django_db_blocker.unblock():
        for config in apps.get_app_configs():
            create_contenttypes(config, verbosity=0)
            create_permissions(config, verbosity=0)
        if not Framework.objects.filter(name=default_framework.NAME).exists():
            for name, function in (
                ("0002_default_framework", "load"),
                ("0003_default_framework_translations", "add_translations"),
            ):
                module = importlib.import_module(f"assessments.migrations.{name}")
                getattr(module, function)(apps, None)
        if not Method.objects.exists():
            method_library.load(Method)


@pytest.fixture(autouse=True)
def e2e_settings(settings, tmp_path):
    """Emails kept in django.core.mail.outbox, reports rendered in the request (Celery eager),
    files in a temporary MEDIA_ROOT. The live server runs in this process, so it sees them."""
    from cdfacil.celery import app

    # Read before the settings change: Celery loads its configuration from them on first use.
    previous = app.conf.task_always_eager
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.CELERY_TASK_ALWAYS_EAGER = True
    settings.MEDIA_ROOT = str(tmp_path / "media")
    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = previous


# --- Helpers ------------------------------------------------------------------------------------


@pytest.fixture
def new_page(browser, live_server):
    """`new_page(width, height, language="en")`: a page in a new browser context."""
    contexts = []

    def make(width: int, height: int, language: str = "en"):
        context = browser.new_context(
            viewport={"width": width, "height": height},
            base_url=live_server.url,
            locale=language,
            extra_http_headers={"Accept-Language": language},
        )
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def sign_in():
    def sign_in(page, username: str, password: str):
        page.goto("/accounts/login/")
        page.locator("#id_username").fill(username)
        page.locator("#id_password").fill(password)
        page.locator("main form button[type=submit]").click()
        page.wait_for_url(lambda url: "/accounts/login/" not in url)

    return sign_in


def _node_message(node: dict) -> str:
    """What axe says about one element (for colour contrast: the colours and the ratio)."""
    checks = node.get("any") or node.get("all") or node.get("none") or [{}]
    return checks[0].get("message", "")


# While axe reads the page, htmx issues no request: polls are skipped, not queued.
PAUSE_POLLING_JS = """() => {
    window.cdfacilPollingPaused = true;
    if (!window.cdfacilPollingPause) {
        window.cdfacilPollingPause = true;
        document.body.addEventListener("htmx:beforeRequest", (event) => {
            if (window.cdfacilPollingPaused) event.preventDefault();
        });
    }
}"""


class A11yChecker:
    """Runs axe-core on each page it is given and keeps the serious and critical violations."""

    def __init__(self):
        self.axe = Axe()
        self.violations: list[dict] = []
        self.pages_checked = 0
        self.seconds = 0.0

    def __call__(self, page, name: str) -> None:
        # A region that refreshes itself (the projector every 2 s, a phone every 3 s) would
        # otherwise start a request, or swap its content, while axe reads the page.
        page.evaluate(PAUSE_POLLING_JS)
        settle(page)
        started = time.perf_counter()
        try:
            results = self.axe.run(page, options=AXE_OPTIONS)
        finally:
            page.evaluate("() => { window.cdfacilPollingPaused = false; }")
        self.seconds += time.perf_counter() - started
        self.pages_checked += 1
        width = page.viewport_size["width"] if page.viewport_size else "?"
        for violation in results.response["violations"]:
            if violation.get("impact") not in REPORTED_IMPACTS:
                continue
            nodes = violation.get("nodes") or [{}]
            self.violations.append(
                {
                    "page": f"{name} ({width}px)",
                    "url": page.url,
                    "rule": violation["id"],
                    "impact": violation["impact"],
                    "target": nodes[0].get("target"),
                    "nodes": len(violation.get("nodes") or []),
                    "help": violation.get("help", ""),
                    "targets": [
                        (node.get("target"), _node_message(node))
                        for node in violation.get("nodes") or []
                    ],
                }
            )

    def distinct(self) -> list[str]:
        """Each rule and element once (every node, not only the first), with the pages."""
        pages: dict[tuple, list[str]] = {}
        for v in self.violations:
            for target, message in v["targets"]:
                key = (v["rule"], v["impact"], str(target), message)
                pages.setdefault(key, []).append(v["page"])
        return [
            f"{rule} ({impact}) at {target}: {message} - {len(found)} page(s), first {found[0]}"
            for (rule, impact, target, message), found in pages.items()
        ]

    def report(self) -> str:
        lines = ["Distinct:", *self.distinct()]
        lines.append(f"{len(self.violations)} serious/critical axe violation(s):")
        lines += [
            f"- {v['page']}: {v['rule']} ({v['impact']}, {v['nodes']} node(s)) "
            f"first target {v['target']} - {v['help']}"
            for v in self.violations
        ]
        return "\n".join(lines)


@pytest.fixture
def check_a11y(request):
    checker = A11yChecker()
    yield checker
    summary_line(
        request.config,
        f"axe: {checker.pages_checked} pages checked, {len(checker.violations)} serious/critical "
        f"violation(s), {checker.seconds:.1f} s - {request.node.nodeid}",
    )


@pytest.fixture
def screenshots_dir(tmp_path) -> Path:
    folder = os.environ.get("CDFACIL_SCREENSHOTS")
    path = Path(folder).resolve() if folder else tmp_path / "screenshots"
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture
def shot(screenshots_dir):
    def shot(page, name: str, *, full_page: bool = True) -> Path:
        width = page.viewport_size["width"] if page.viewport_size else 0
        path = screenshots_dir / f"{name}-{width}.png"
        page.screenshot(path=str(path), full_page=full_page)
        return path

    return shot
