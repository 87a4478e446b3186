"""Thematic clusters: the expected answers of their pages and their URL arguments (see
tests/networks/world.py). The world's network has published a round, so donors know of it;
its clusters' members, work plans and gaps are the network's own (donors read and pledge to
the focus areas' funding instead), so a cluster is not found for them."""

from tests.networks.world import CLUSTER_MANAGERS, NETWORK, OK, REPRESENTATIVES, SECRETARIAT, L

# The network's pages that a donor, who knows the network, is refused.
NETWORK_KNOWN_TO_DONORS = (L, OK, OK, OK, 404, 404, 403, OK)
# Whoever works in the cluster: a representative of a current member, or its managers.
IN_CLUSTER = (L, OK, OK, OK, 404, 404, 404, OK)
# The representative's own act on its organisation's activity, and the cluster's managers'.
ACTIVITY_EDITORS = (L, OK, OK, OK, 404, 404, 404, OK)
MANAGERS = CLUSTER_MANAGERS

EXPECTED = {
    # The network's own: a donor, who knows the network, is refused; the cluster pages are
    # not found for them (they read the funding of the focus areas instead).
    "networks:cluster_list": NETWORK_KNOWN_TO_DONORS,
    "networks:coordination": NETWORK_KNOWN_TO_DONORS,
    "networks:cluster_create": SECRETARIAT[:6] + (403,) + SECRETARIAT[7:],
    "networks:cluster_detail": NETWORK,
    "networks:cluster_gaps": NETWORK,
    "networks:cluster_edit": MANAGERS,
    "networks:cluster_join": REPRESENTATIVES[:6] + (404,) + REPRESENTATIVES[7:],
    # The member's representative, or the cluster's managers (the secretariat, the convener).
    "networks:cluster_leave": IN_CLUSTER,
    "networks:focus_area_create": MANAGERS,
    "networks:focus_area_edit": MANAGERS,
    "networks:focus_area_delete": MANAGERS,
    "networks:activity_create": IN_CLUSTER,
    "networks:activity_edit": ACTIVITY_EDITORS,
    "networks:activity_delete": ACTIVITY_EDITORS,
}


def spec(world):
    n, c = world.network.pk, world.cluster.pk
    return {
        "networks:cluster_list": ("GET", {"network_pk": n}),
        "networks:coordination": ("GET", {"network_pk": n}),
        "networks:cluster_create": ("GET", {"network_pk": n}),
        "networks:cluster_detail": ("GET", {"cluster_pk": c}),
        "networks:cluster_gaps": ("GET", {"cluster_pk": c}),
        "networks:cluster_edit": ("GET", {"cluster_pk": c}),
        "networks:cluster_join": ("POST", {"cluster_pk": c}),
        "networks:cluster_leave": ("POST", {"membership_pk": world.membership.pk}),
        "networks:focus_area_create": ("GET", {"cluster_pk": c}),
        "networks:focus_area_edit": ("GET", {"focus_area_pk": world.focus_area.pk}),
        "networks:focus_area_delete": ("POST", {"focus_area_pk": world.focus_area.pk}),
        "networks:activity_create": ("GET", {"cluster_pk": c}),
        "networks:activity_edit": ("GET", {"activity_pk": world.activity.pk}),
        "networks:activity_delete": ("POST", {"activity_pk": world.activity.pk}),
    }
