from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworksConfig(AppConfig):
    name = "networks"
    verbose_name = _("Networks")

    def ready(self):
        from networks import (  # noqa: F401  (registers them)
            cluster_report,
            navigation,
            permissions,
            reports,
        )
