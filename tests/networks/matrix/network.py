"""The network's own pages: their expected answers and their URL arguments."""

from networks.models import Representative, SecretariatSeat
from networks.services.invitations import invitation_token
from tests.networks.world import OK, PUBLIC, PUBLISHED, L

# Network A has published a result, so a donor knows of it (its overview): its other pages
# refuse a donor with 403, not 404. The roles as in tests/networks/world.py ROLES.
NETWORK = (L, OK, OK, OK, 404, 404, 403, OK)
SECRETARIAT = (L, OK, 403, 403, 404, 404, 403, OK)

EXPECTED = {
    # Each person's own networks; someone in none is refused the list.
    "networks:list": (L, OK, OK, OK, OK, 403, 403, OK),
    "networks:create": (L, 403, 403, 403, 403, 403, 403, OK),
    "networks:detail": PUBLISHED,
    "networks:edit": SECRETARIAT,
    "networks:members": NETWORK,
    "networks:member_add": SECRETARIAT,
    "networks:member_leave": SECRETARIAT,
    "networks:organisation_search": SECRETARIAT,
    "networks:people": SECRETARIAT,
    "networks:invite": SECRETARIAT,
    "networks:invitation_withdraw": SECRETARIAT,
    "networks:representative_remove": SECRETARIAT,
    "networks:secretariat_remove": SECRETARIAT,
    # The link in the email: public, as an event's invitation is.
    "networks:invitation_accept": PUBLIC,
    "networks:events": NETWORK,
    "networks:event_add": SECRETARIAT,
    "networks:event_remove": SECRETARIAT,
}


def spec(world):
    n = world.network.pk
    network = {"network_pk": n}
    return {
        "networks:list": ("GET", {}),
        "networks:create": ("GET", {}),
        "networks:detail": ("GET", network),
        "networks:edit": ("GET", network),
        "networks:members": ("GET", network),
        "networks:member_add": ("GET", network),
        "networks:member_leave": ("GET", {**network, "member_pk": world.member.pk}),
        "networks:organisation_search": ("GET", network),
        "networks:people": ("GET", network),
        "networks:invite": ("GET", network),
        "networks:invitation_withdraw": (
            "GET",
            {**network, "invitation_pk": world.invitation.pk},
        ),
        "networks:representative_remove": (
            "GET",
            {**network, "pk": Representative.objects.get(member=world.member).pk},
        ),
        "networks:secretariat_remove": (
            "GET",
            {
                **network,
                "pk": SecretariatSeat.objects.get(
                    network=world.network, user=world.people["secretariat"]
                ).pk,
            },
        ),
        "networks:invitation_accept": ("GET", {"token": invitation_token(world.invitation)}),
        "networks:events": ("GET", network),
        "networks:event_add": ("GET", network),
        "networks:event_remove": ("GET", {**network, "link_pk": world.event_link.pk}),
    }
