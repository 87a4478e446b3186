"""The platform's own system checks: settings that must fail safe rather than run unsafely.

Django runs them before `runserver`, `migrate` and `check`; gunicorn and Celery run none, so
`CdfacilConfig.ready` also refuses to start on the errors that `startup_errors` returns.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, Tags, register

# Keys that are public: the demo's, and the placeholder of `.env.example`.
PLACEHOLDER_SECRET_KEYS = {"change-me-to-a-long-random-string"}
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1", ""}


@register(Tags.security)
def secret_key_check(app_configs=None, **kwargs) -> list[Error]:
    """With debug off, a public secret key lets anyone sign sessions, password-reset and
    invitation links: refused, not merely warned about (Django's own check misses a long key)."""
    public = PLACEHOLDER_SECRET_KEYS | {settings.DEVELOPMENT_SECRET_KEY}
    if settings.DEBUG or settings.SECRET_KEY not in public:
        return []
    return [
        Error(
            "The secret key is the public development key, and debug is off.",
            hint="Set DJANGO_SECRET_KEY to a long random string kept out of the code "
            "(python -c 'import secrets; print(secrets.token_urlsafe(50))').",
            id="cdfacil.E001",
        )
    ]


@register(Tags.security, deploy=True)
def task_broker_check(app_configs=None, **kwargs) -> list[Error]:
    """In production without a broker, Celery tasks (report renders, emails) would run inside
    the web request, holding a gunicorn worker for as long as they take."""
    if (
        not settings.PRODUCTION
        or not settings.CELERY_TASK_ALWAYS_EAGER
        or settings.CDFACIL_TASKS_IN_PROCESS
    ):
        return []
    return [
        Error(
            "Production has no Celery broker: tasks would run inside the web processes.",
            hint="Set REDIS_URL and run a worker (celery -A cdfacil worker -Q celery,reports), "
            "or set CDFACIL_TASKS_IN_PROCESS=1 if tasks are meant to run in the web process.",
            id="cdfacil.E002",
        )
    ]


@register(Tags.security, deploy=True)
def base_url_check(app_configs=None, **kwargs) -> list[Error]:
    """The reminders a worker sends on its own carry links built on CDFACIL_BASE_URL: left at
    its development default, every link in them would point at the recipient's own machine."""
    host = urlsplit(settings.CDFACIL_BASE_URL).hostname or ""
    if not settings.PRODUCTION or host not in LOOPBACK_HOSTS:
        return []
    return [
        Error(
            f"Production emails would link to {settings.CDFACIL_BASE_URL}.",
            hint="Set CDFACIL_BASE_URL to the site's public address, e.g. "
            "https://cdfacil.example.org.",
            id="cdfacil.E003",
        )
    ]


def startup_errors() -> list[Error]:
    """The errors no process may start with."""
    return secret_key_check()
