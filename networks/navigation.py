"""The network's tabs and its entry of the top menu.

Each subdomain registers its tab here with the URL it leads to (taking the network's pk) and
the named rule (taking the network) that guards that URL's view.
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from actionplans.navigation import portfolio_section_register
from cdfacil.navigation import Entry, menu_register

NETWORK_TABS: dict[str, Entry] = {}


def network_tabs_register(*tabs: Entry) -> None:
    NETWORK_TABS.update((tab.url_name, tab) for tab in tabs)


def network_tabs(*, user, network, view_name: str = "") -> list[dict]:
    return [
        {
            "label": entry.label,
            "url": reverse(entry.url_name, args=[network.pk]),
            "current": entry.is_current(view_name),
        }
        for entry in sorted(NETWORK_TABS.values(), key=lambda entry: entry.order)
        if user.has_perm(entry.rule, network)
    ]


menu_register(Entry(_("Networks"), "networks:list", "networks.view_networks", 25))
# label, URL name, rule, order (left to right), and the other pages under which it is current
network_tabs_register(
    Entry(_("Overview"), "networks:detail", "networks.view_network", 10, ("networks:edit",)),
    Entry(
        _("Members"),
        "networks:members",
        "networks.view_members",
        20,
        ("networks:member_add", "networks:member_leave"),
    ),
    Entry(
        _("Events"),
        "networks:events",
        "networks.view_members",
        70,
        ("networks:event_add", "networks:event_remove"),
    ),
    Entry(
        _("People"),
        "networks:people",
        "networks.manage_network",
        80,
        (
            "networks:invite",
            "networks:invitation_withdraw",
            "networks:representative_remove",
            "networks:secretariat_remove",
        ),
    ),
    Entry(
        _("Shared needs"),
        "networks:round_list",
        "networks.view_network",
        30,
        current=(
            "networks:round_create",
            "networks:round_detail",
            "networks:round_edit",
            "networks:round_open",
            "networks:round_close",
            "networks:round_publish",
            "networks:need_submit",
            "networks:candidate_edit",
            "networks:candidate_withdraw",
            "networks:consolidate",
            "networks:need_edit",
            "networks:need_merge",
            "networks:need_delete",
            "networks:ballot",
            "networks:round_result",
        ),
    ),
)
network_tabs_register(
    Entry(
        _("Clusters"),
        "networks:cluster_list",
        "networks.view_members",
        40,
        (
            "networks:cluster_create",
            "networks:cluster_detail",
            "networks:cluster_edit",
            "networks:cluster_join",
            "networks:cluster_leave",
            "networks:cluster_gaps",
            "networks:focus_area_create",
            "networks:focus_area_edit",
            "networks:focus_area_delete",
            "networks:activity_create",
            "networks:activity_edit",
            "networks:activity_delete",
            "networks:coordination",
        ),
    ),
)
# Consolidated reporting and resource mobilisation
network_tabs_register(
    Entry(
        _("Reporting"),
        "networks:reporting",
        "networks.view_reporting",
        40,
        (
            "networks:period_create",
            "networks:period_detail",
            "networks:period_report",
            "networks:activity_report",
            "networks:period_close",
            "networks:period_reopen",
            "networks:period_submit",
        ),
    ),
    Entry(
        _("Funding"),
        "networks:funding",
        "networks.view_network",
        50,
        (
            "networks:pledge_focus_area",
            "networks:pledge_activity",
            "networks:pledge_edit",
            "networks:pledge_withdraw",
        ),
    ),
)


def _donor_networks(*, user):
    """The donor portfolio's "Networks" section: those that published a round's result."""
    if not (user.is_authenticated and user.is_donor):
        return None
    from networks.selectors.funding import networks_published

    networks = list(networks_published(user=user))
    return {"template": "networks/funding_portfolio_section.html", "networks": networks}


portfolio_section_register("networks", _donor_networks)
