"""The event's own tabs and its entry of the top menu."""

from django.utils.translation import gettext_lazy as _

from cdfacil.navigation import Entry, event_tabs_register, menu_register

# label, URL name, rule, order (left to right), and the other pages under which it is current
event_tabs_register(
    Entry(_("Overview"), "events:detail", "events.view_event", 10),
    Entry(_("Agenda"), "events:agenda", "events.view_event", 20, ("events:run_sheet",)),
    Entry(
        _("Attendance"),
        "events:attendance_days",
        "events.manage_event",
        25,
        ("events:attendance_day", "events:attendance"),
    ),
    Entry(_("Reports"), "events:reports", "events.view_event", 70),
    Entry(_("Preparation"), "events:checklist", "events.manage_event", 80),
    Entry(_("People"), "events:people", "events.manage_event", 90),
    Entry(_("Funding"), "events:budget", "events.manage_event", 100),
    Entry(_("Audit log"), "events:audit", "events.manage_event", 110),
)
menu_register(Entry(_("New event"), "events:create", "events.create_event", 10))
