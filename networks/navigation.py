"""The network's entry of the top menu."""

from django.utils.translation import gettext_lazy as _

from cdfacil.navigation import Entry, menu_register

menu_register(Entry(_("Networks"), "networks:list", "networks.view_networks", 25))
