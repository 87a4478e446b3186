"""The network's own pages: their expected answers and their URL arguments."""

from tests.networks.world import OK, PUBLISHED, L

EXPECTED = {
    # Each person's own networks; someone in none is refused the list.
    "networks:list": (L, OK, OK, OK, OK, 403, 403, OK),
    "networks:detail": PUBLISHED,
}


def spec(world):
    n = world.network.pk
    return {
        "networks:list": ("GET", {}),
        "networks:detail": ("GET", {"network_pk": n}),
    }
