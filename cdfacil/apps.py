from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CdfacilConfig(AppConfig):
    name = "cdfacil"
    verbose_name = _("Platform")

    def ready(self):
        # Connects the audit log's receivers for sign-ins.
        from cdfacil import signals  # noqa: F401
