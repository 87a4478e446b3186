"""The shared-needs round's pages: their expected answers and their URL arguments (see
tests/networks/world.py). The round of the world is open; last year's is published."""

from tests.networks.world import NETWORK, OK, PUBLISHED, REPRESENTATIVES, SECRETARIAT, L

# A member's own candidate: its representative only; another member's representative is told
# nothing of it.
OWN_CANDIDATE = (L, 403, OK, 404, 404, 404, 404, 403)

EXPECTED = {
    "networks:round_list": PUBLISHED,
    # Donors see the network (it has published a result) but prepare no round.
    "networks:round_create": (L, OK, 403, 403, 404, 404, 403, OK),
    "networks:round_detail": NETWORK,
    "networks:round_edit": SECRETARIAT,
    "networks:round_open": SECRETARIAT,
    "networks:round_close": SECRETARIAT,
    "networks:round_publish": SECRETARIAT,
    "networks:need_submit": REPRESENTATIVES,
    "networks:candidate_edit": OWN_CANDIDATE,
    "networks:candidate_withdraw": OWN_CANDIDATE,
    "networks:candidates_pull": SECRETARIAT,
    "networks:consolidate": SECRETARIAT,
    "networks:need_edit": SECRETARIAT,
    "networks:need_merge": SECRETARIAT,
    "networks:need_delete": SECRETARIAT,
    "networks:ballot": REPRESENTATIVES,
    # Before publishing, the live ranking is the secretariat's alone.
    "networks:round_result": SECRETARIAT,
    "networks:round_export": SECRETARIAT,
}


def spec(world):
    n = world.network.pk
    r = world.round.pk
    need = {"round_pk": r, "need_pk": world.need.pk}
    candidate = {"round_pk": r, "candidate_pk": world.candidate.pk}
    return {
        "networks:round_list": ("GET", {"network_pk": n}),
        "networks:round_create": ("GET", {"network_pk": n}),
        "networks:round_detail": ("GET", {"round_pk": r}),
        "networks:round_edit": ("GET", {"round_pk": r}),
        "networks:round_open": ("GET", {"round_pk": r}),
        "networks:round_close": ("GET", {"round_pk": r}),
        "networks:round_publish": ("GET", {"round_pk": r}),
        "networks:need_submit": ("GET", {"round_pk": r}),
        "networks:candidate_edit": ("GET", candidate),
        "networks:candidate_withdraw": ("GET", candidate),
        "networks:candidates_pull": ("POST", {"round_pk": r}),
        "networks:consolidate": ("GET", {"round_pk": r}),
        "networks:need_edit": ("GET", need),
        "networks:need_merge": ("GET", need),
        "networks:need_delete": ("GET", need),
        "networks:ballot": ("GET", {"round_pk": r}),
        "networks:round_result": ("GET", {"round_pk": r}),
        "networks:round_export": ("GET", {"round_pk": r}),
    }
