"""Consolidated reporting and resource mobilisation: expected answers and URL arguments (see
tests/networks/world.py). The world has a period, a report on the member's activity and the
donor's pledge to the focus area."""

from tests.networks.world import CLUSTER_MANAGERS, DONORS, NETWORK, OK, PUBLISHED, L

# The cluster's managers; a cluster is the network's own, not found for a donor.
CLUSTER_MANAGERS_ONLY = (L, OK, 403, OK, 404, 404, 404, OK)

EXPECTED = {
    # The network's people; a donor sees the network, not its reporting.
    "networks:reporting": (L, OK, OK, OK, 404, 404, 403, OK),
    "networks:period_create": CLUSTER_MANAGERS_ONLY,
    "networks:period_detail": NETWORK,
    "networks:period_remind": CLUSTER_MANAGERS,
    "networks:period_close": CLUSTER_MANAGERS,
    "networks:period_reopen": CLUSTER_MANAGERS,
    # A representative of the activity's organisation alone (not the convener's, nor an
    # administrator: a report speaks for the organisation).
    "networks:activity_report": (L, 403, OK, 403, 404, 404, 404, 403),
    "networks:period_report": NETWORK,
    "networks:period_submit": CLUSTER_MANAGERS,
    "networks:funding": PUBLISHED,
    "networks:pledge_focus_area": DONORS,
    "networks:pledge_activity": DONORS,
    # The pledge's donor alone.
    "networks:pledge_edit": DONORS,
    "networks:pledge_withdraw": DONORS,
}


def spec(world):
    period = {"period_pk": world.period.pk}
    pledge = {"pledge_pk": world.pledge.pk}
    return {
        "networks:reporting": ("GET", {"network_pk": world.network.pk}),
        "networks:period_create": ("GET", {"cluster_pk": world.cluster.pk}),
        "networks:period_detail": ("GET", period),
        "networks:period_remind": ("POST", period),
        "networks:period_close": ("GET", period),
        "networks:period_reopen": ("GET", period),
        "networks:activity_report": (
            "GET",
            {"period_pk": world.period.pk, "activity_pk": world.activity.pk},
        ),
        "networks:period_report": ("GET", period),
        "networks:period_submit": ("GET", period),
        "networks:funding": ("GET", {"network_pk": world.network.pk}),
        "networks:pledge_focus_area": ("GET", {"focus_area_pk": world.focus_area.pk}),
        "networks:pledge_activity": ("GET", {"activity_pk": world.activity.pk}),
        "networks:pledge_edit": ("GET", pledge),
        "networks:pledge_withdraw": ("GET", pledge),
    }
