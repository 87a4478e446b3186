"""Thematic clusters: the expected answers of their pages and their URL arguments (see
tests/networks/world.py). The world's network has published a round, so donors read its
clusters; they act on none."""

from tests.networks.world import CLUSTER_MANAGERS, OK, PUBLISHED, REPRESENTATIVES, SECRETARIAT, L

# Whoever works in the cluster: a representative of a current member, or its managers.
IN_CLUSTER = (L, OK, OK, OK, 404, 404, 403, OK)
# The representative's own act on its organisation's activity, and the cluster's managers'.
ACTIVITY_EDITORS = (L, OK, OK, OK, 404, 404, 403, OK)
# Managers under the donor's eyes: a donor sees the cluster, so is refused rather than hidden.
MANAGERS = CLUSTER_MANAGERS[:6] + (403,) + CLUSTER_MANAGERS[7:]

EXPECTED = {
    "networks:cluster_list": PUBLISHED,
    "networks:coordination": PUBLISHED,
    "networks:cluster_create": SECRETARIAT[:6] + (403,) + SECRETARIAT[7:],
    "networks:cluster_detail": PUBLISHED,
    "networks:cluster_gaps": PUBLISHED,
    "networks:cluster_edit": MANAGERS,
    "networks:cluster_join": REPRESENTATIVES[:6] + (403,) + REPRESENTATIVES[7:],
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
