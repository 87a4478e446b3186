"""Settings for cdfacil, read from the environment (see .env.example).

With nothing set, the app runs on SQLite with Celery tasks executed in-process.
`DATABASE_URL` selects PostgreSQL, `REDIS_URL` makes Redis the Celery broker, and
`CDFACIL_PRODUCTION=1` switches on the production hardening checked by `check --deploy`.
"""

from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import environ
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

PRODUCTION = env.bool("CDFACIL_PRODUCTION", default=False)
DEBUG = env.bool("DJANGO_DEBUG", default=not PRODUCTION)

# The demo's key is public: with debug off, the platform refuses to start on it (cdfacil.E001).
DEVELOPMENT_SECRET_KEY = "insecure-development-key-only-for-the-local-demo-0123456789abcdef"
if PRODUCTION:
    SECRET_KEY = env.str("DJANGO_SECRET_KEY")
    ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS")
else:
    SECRET_KEY = env.str("DJANGO_SECRET_KEY", default=DEVELOPMENT_SECRET_KEY)
    ALLOWED_HOSTS = env.list(
        "DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "testserver"]
    )

CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rules",
    "crispy_forms",
    "crispy_bootstrap5",
    "django_htmx",
    "template_partials",
    "bootstrap",
    "django_countries",
    "simple_history",
    "axes",
    "cdfacil",
    "events",
    "assessments",
    "actionplans",
    "workshops",
    "networks",
    "bench",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "cdfacil.middleware.UserLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "csp.middleware.CSPMiddleware",
    "cdfacil.middleware.FriendlyErrorsMiddleware",
    # Last, as its documentation asks: it answers locked-out sign-ins.
    "axes.middleware.AxesMiddleware",
]
# Django's debug page instead of the platform's error page on an unexpected error (DEBUG only).
CDFACIL_DEBUG_TRACEBACKS = env.bool("CDFACIL_DEBUG_TRACEBACKS", default=False)

ROOT_URLCONF = "cdfacil.urls"
WSGI_APPLICATION = "cdfacil.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
            # money, number, decimal1 and day: figures as the active language writes them
            "builtins": ["cdfacil.templatetags.figures"],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=0)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The zero-setup default serves a workshop room too. Writers take the lock when their
    # transaction begins (IMMEDIATE) and wait up to 20 s for it, instead of failing at once with
    # "database is locked" when two deferred transactions both try to write; WAL lets pages be
    # read while someone writes.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "cdfacil.User"
AUTHENTICATION_BACKENDS = [
    # First: refuses a sign-in while the person and address are locked out.
    "axes.backends.AxesStandaloneBackend",
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Django's list, with its PBKDF2 hasher replaced by the same one hashing at a lower CPU
# priority (cdfacil/hashers.py); stored hashes are the same.
PASSWORD_HASHERS = [
    "cdfacil.hashers.LowPriorityPBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.BCryptSHA256PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("fr", _("French")),
    ("es", _("Spanish")),
    ("pt", _("Portuguese")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
# English dates written "1 March 2027" (cdfacil/formats/en)
FORMAT_MODULE_PATH = ["cdfacil.formats"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_ROOT = env.path("CDFACIL_MEDIA_ROOT", default=BASE_DIR / "media")

# Organisations that belong to no one country (a UN agency's headquarters, a global fund) have
# this country; an event's organisation pickers offer its own country's and these.
COUNTRIES_OVERRIDE = {"ZZ": _("International")}

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

EMAIL_BACKEND = env.str("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="cdfacil <no-reply@cdfacil.localhost>")

# The cache holds what every server process must agree on, such as the public registration's
# request counts, and the drawn charts. With Redis it is shared, in a database of its own
# (`CACHE_URL`, by default the next one after the broker's), so emptying it never touches the
# queued tasks. Without Redis, each process keeps its own in memory: right for one process only.
CACHE_URL = env.str("CACHE_URL", default="")

# A link works until the end of day 5 of its event; one sent later, for this many days.
CDFACIL_INVITATION_MAX_AGE_DAYS = env.int("CDFACIL_INVITATION_MAX_AGE_DAYS", default=14)

# Celery: without a broker, tasks run in-process so the demo needs nothing else.
REDIS_URL = env.str("REDIS_URL", default="")
CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_RESULT_BACKEND = None
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
if REDIS_URL and not CACHE_URL:
    _broker = urlsplit(REDIS_URL)
    _broker_db = int(_broker.path.strip("/") or 0)
    CACHE_URL = urlunsplit(_broker._replace(path=f"/{_broker_db + 1}"))
if CACHE_URL:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL}
    }
# In production, tasks running inside the web process are an error of `check --deploy`
# (cdfacil.E002) unless this says they are meant to.
CDFACIL_TASKS_IN_PROCESS = env.bool("CDFACIL_TASKS_IN_PROCESS", default=False)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = env.int("CELERY_TASK_TIME_LIMIT", default=300)
# The task is told (SoftTimeLimitExceeded) shortly before it is killed, to fail its job cleanly.
CELERY_TASK_SOFT_TIME_LIMIT = max(CELERY_TASK_TIME_LIMIT - 30, CELERY_TASK_TIME_LIMIT * 4 // 5, 1)
# A task whose worker process died is given back to the queue at once, not lost with it.
CELERY_TASK_REJECT_ON_WORKER_LOST = True
# A message a killed worker held comes back after this long: just longer than the task may
# take, so a lost report is rendered again minutes later, not after a quarter of an hour.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=CELERY_TASK_TIME_LIMIT + 60)
}
CELERY_TASK_ROUTES = {"cdfacil.tasks.render_report": {"queue": "reports"}}
CELERY_WORKER_MAX_TASKS_PER_CHILD = env.int("CELERY_WORKER_MAX_TASKS_PER_CHILD", default=100)
CELERY_TIMEZONE = TIME_ZONE
# A queued report no worker has started after this long is taken for lost and can be retried.
CDFACIL_REPORT_QUEUE_TIMEOUT = env.int("CDFACIL_REPORT_QUEUE_TIMEOUT", default=1800)
# A running report started longer ago than its time limit and this many seconds more is taken
# for lost, before the broker's visibility timeout would give its message back: the sweep, run
# by Celery beat every CDFACIL_REPORT_SWEEP_SECONDS, queues it once more, then fails it for
# good. Beat runs inside the worker (`celery worker -B`, as `make worker` starts it) or on its
# own (`celery beat`); the sweep is safe to run twice.
CDFACIL_REPORT_STALE_GRACE = env.int("CDFACIL_REPORT_STALE_GRACE", default=30)
CDFACIL_REPORT_SWEEP_SECONDS = env.int("CDFACIL_REPORT_SWEEP_SECONDS", default=60)
CDFACIL_REMINDER_SWEEP_SECONDS = env.int("CDFACIL_REMINDER_SWEEP_SECONDS", default=3600)
# The site's root for the links in emails a worker sends on its own (the reminders).
CDFACIL_BASE_URL = env.str("CDFACIL_BASE_URL", default="http://127.0.0.1:8000")
CELERY_BEAT_SCHEDULE = {
    "sweep-report-jobs": {
        "task": "cdfacil.tasks.sweep_report_jobs",
        "schedule": CDFACIL_REPORT_SWEEP_SECONDS,
        # A sweep nobody ran in time is dropped: the next one does its work.
        "options": {"expires": CDFACIL_REPORT_SWEEP_SECONDS},
    },
    # Reminders of each person's next step: each step at most once per period of its rule
    # (events/next_steps.py), so sweeping often sends nothing twice.
    "send-reminders": {
        "task": "events.tasks.send_reminders",
        "schedule": CDFACIL_REMINDER_SWEEP_SECONDS,
        "options": {"expires": CDFACIL_REMINDER_SWEEP_SECONDS},
    },
}
# Emails leave from a worker, after the commit, retried with a growing pause when the mail
# server does not answer: the request only queues them.
CDFACIL_EMAIL_MAX_RETRIES = env.int("CDFACIL_EMAIL_MAX_RETRIES", default=6)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("DJANGO_LOG_LEVEL", default="WARNING")},
}

if PRODUCTION:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_CONTENT_TYPE_NOSNIFF = True
    SECURE_REFERRER_POLICY = "same-origin"
    X_FRAME_OPTIONS = "DENY"
    SESSION_COOKIE_HTTPONLY = True
    SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
    STORAGES = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
    }

# Sign-in throttling (django-axes): after 5 failed attempts for one username from one address,
# that pair is refused for 15 minutes (HTTP 429 with a page that says so). The pair, not the
# address alone: a workshop room shares one address behind the venue's router.
AXES_FAILURE_LIMIT = env.int("CDFACIL_LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("CDFACIL_LOGIN_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# Attempts count per account, whatever the case the username is typed in (cdfacil/throttling.py).
AXES_USERNAME_CALLABLE = "cdfacil.throttling.lockout_username"
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_VERBOSE = False
# Behind a reverse proxy, the number of proxies that set X-Forwarded-For.
AXES_IPWARE_PROXY_COUNT = env.int("CDFACIL_PROXY_COUNT", default=0) or None
if AXES_IPWARE_PROXY_COUNT:
    AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]

# Content Security Policy (django-csp): scripts only from the app's own static files, never
# inline or evaluated; nothing is framed or fetched from elsewhere. Inline styles are allowed:
# the SVG charts carry their own <style>, and layout uses a few style attributes.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
