"""The Assessment tab of an event and the Frameworks entry of the top menu."""

from django.utils.translation import gettext_lazy as _

from cdfacil.navigation import event_tab_register, menu_register

event_tab_register(
    label=_("Assessment"),
    url_name="assessments:round_list",
    rule="assessments.view_rounds",
    order=30,
    current=["assessments:"],
)
menu_register(
    label=_("Frameworks"),
    url_name="assessments:framework_list",
    rule="assessments.view_frameworks",
    order=20,
)
