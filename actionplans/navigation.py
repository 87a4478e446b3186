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

# Sections that the apps above add to the donor portfolio (a network's funding): each is a
# function of the person giving the template to include and its context, or None to show none.
PORTFOLIO_SECTIONS: dict[str, object] = {}


def portfolio_section_register(name: str, section) -> None:
    PORTFOLIO_SECTIONS[name] = section


def portfolio_sections(*, user) -> list[dict]:
    shown = (section(user=user) for _name, section in sorted(PORTFOLIO_SECTIONS.items()))
    return [section for section in shown if section]
