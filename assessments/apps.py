from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssessmentsConfig(AppConfig):
    name = "assessments"
    verbose_name = _("Capacity assessments")

    def ready(self):
        from assessments import (  # noqa: F401  (registers them)
            navigation,
            next_steps,
            permissions,
            phases,
            reports,
        )
