from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CdfacilConfig(AppConfig):
    name = "cdfacil"
    verbose_name = _("Platform")
