"""The key-issue, plan and follow-up tabs of an event and the donors' entry of the top menu."""

from django.utils.translation import gettext_lazy as _

from cdfacil.navigation import event_tab_register, landing_register, menu_register

event_tab_register(
    label=_("Key issues"),
    url_name="actionplans:key_issue_list",
    rule="actionplans.view_plan",
    order=40,
)
event_tab_register(
    label=_("Action plan"),
    url_name="actionplans:plan_detail",
    rule="actionplans.view_plan",
    order=50,
    current=["actionplans:version_detail"],
)
event_tab_register(
    label=_("Follow-up"),
    url_name="actionplans:plan_dashboard",
    rule="actionplans.view_plan",
    order=60,
)
menu_register(
    label=_("Donor portfolio"),
    url_name="actionplans:donor_portfolio",
    rule="actionplans.view_portfolio",
    order=30,
)
landing_register(
    url_name="actionplans:donor_portfolio", rule="actionplans.start_on_portfolio", order=10
)
