"""The key-issue, plan and follow-up tabs of an event and the donors' entry of the top menu."""

from django.utils.translation import gettext_lazy as _

from cdfacil.navigation import Entry, event_tabs_register, landing_register, menu_register

# label, URL name, rule, order (left to right), and the other pages under which it is current
event_tabs_register(
    Entry(_("Key issues"), "actionplans:key_issue_list", "actionplans.view_plan", 40),
    Entry(
        _("Action plan"),
        "actionplans:plan_detail",
        "actionplans.view_plan",
        50,
        ("actionplans:version_detail",),
    ),
    Entry(_("Follow-up"), "actionplans:plan_dashboard", "actionplans.view_progress", 60),
)
menu_register(
    Entry(_("Donor portfolio"), "actionplans:donor_portfolio", "actionplans.view_portfolio", 30)
)
landing_register(
    url_name="actionplans:donor_portfolio", rule="actionplans.start_on_portfolio", order=10
)
