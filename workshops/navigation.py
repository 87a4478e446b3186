"""The workshops' entries in the event's tabs."""

from django.utils.translation import gettext_lazy as _

from cdfacil.navigation import Entry, event_tabs_register, menu_register

# The evaluations of the event's workshops, for its facilitators.
event_tabs_register(
    Entry(
        _("Evaluation"),
        "workshops:evaluation_list",
        "workshops.manage_evaluations",
        65,
        (
            "workshops:evaluation_create",
            "workshops:evaluation_detail",
            "workshops:evaluation_open",
            "workshops:evaluation_close",
            "workshops:evaluation_results",
            "workshops:evaluation_question_create",
            "workshops:evaluation_question_edit",
            "workshops:evaluation_question_delete",
        ),
    )
)
# Every facilitator may open the comparison of their events (it lists only theirs); the menu
# shows it to those who create events, by a rule the menu already asks, so it costs no query.
menu_register(Entry(_("Evaluations"), "workshops:evaluation_compare", "events.create_event", 25))

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
