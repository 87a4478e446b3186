"""The event's own tabs and its entry of the top menu."""

from django.utils.translation import gettext_lazy as _

from cdfacil.navigation import event_tab_register, menu_register

event_tab_register(
    label=_("Overview"), url_name="events:detail", rule="events.view_event", order=10
)
event_tab_register(
    label=_("Agenda"),
    url_name="events:agenda",
    rule="events.view_event",
    order=20,
    current=["events:run_sheet"],
)
event_tab_register(
    label=_("Reports"), url_name="events:reports", rule="events.view_event", order=70
)
event_tab_register(
    label=_("Preparation"), url_name="events:checklist", rule="events.manage_event", order=80
)
event_tab_register(
    label=_("People"), url_name="events:people", rule="events.manage_event", order=90
)
event_tab_register(
    label=_("Funding"), url_name="events:budget", rule="events.manage_event", order=100
)
event_tab_register(
    label=_("Audit log"), url_name="events:audit", rule="events.manage_event", order=110
)
menu_register(label=_("New event"), url_name="events:create", rule="events.create_event", order=10)
