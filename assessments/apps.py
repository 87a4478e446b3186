from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssessmentsConfig(AppConfig):
    name = "assessments"
    verbose_name = _("Capacity assessments")

    def ready(self):
        from assessments import permissions, reports  # noqa: F401  (register rules and reports)
