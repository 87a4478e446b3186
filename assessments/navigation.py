"""The Assessment tab of an event and the Frameworks entry of the top menu."""

from django.utils.translation import gettext_lazy as _

from cdfacil.navigation import Entry, event_tabs_register, menu_register

# The tab stays current on every assessment page of the event.
event_tabs_register(
    Entry(
        _("Assessment"), "assessments:round_list", "assessments.view_rounds", 30, ("assessments:",)
    )
)
menu_register(
    Entry(_("Frameworks"), "assessments:framework_list", "assessments.view_frameworks", 20)
)
