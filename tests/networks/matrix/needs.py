"""Expected answers and URL arguments of this subdomain's pages (see tests/networks/world.py)."""

EXPECTED = {}


def spec(world):
    return {}
