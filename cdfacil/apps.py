from django.apps import AppConfig
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _


class CdfacilConfig(AppConfig):
    name = "cdfacil"
    verbose_name = _("Platform")

    def ready(self):
        # Registers the platform's system checks, and connects the audit log's receivers for
        # sign-ins.
        from cdfacil import checks, signals  # noqa: F401

        # gunicorn and Celery workers run no system check: they refuse to start here.
        errors = checks.startup_errors()
        if errors:
            raise ImproperlyConfigured(
                "\n".join(f"{error.id}: {error.msg} {error.hint}" for error in errors)
            )
