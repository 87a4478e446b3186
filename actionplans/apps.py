from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ActionplansConfig(AppConfig):
    name = "actionplans"
    verbose_name = _("Action plans")

    def ready(self):
        from actionplans import (  # noqa: F401  (registers them)
            event_report,
            front_matter,
            navigation,
            next_steps,
            permissions,
            phases,
            reports,
        )
