"""The workshops' entries in the event's tabs."""

from django.utils.translation import gettext_lazy as _

from cdfacil.navigation import Entry, event_tabs_register

# label, URL name, rule, order (left to right), and the other pages under which it is current
event_tabs_register(
    Entry(
        _("Room and polls"),
        "workshops:poll_list",
        "workshops.run_room",
        85,
        ("workshops:poll_create", "workshops:poll_detail"),
    ),
)
