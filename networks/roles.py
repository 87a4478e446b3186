"""Who a person is in a network: secretariat, and which member organisations they represent.

Read once per person and network: the loaders (`selectors.network`) set `viewer_roles` on the
network they return, so checking a rule on it, or on a round or cluster of it, costs no query.
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class NetworkRoles:
    user_id: int | None = None
    secretariat: bool = False
    # the NetworkMember ids this person represents (current members only)
    member_ids: frozenset = field(default_factory=frozenset)

    @property
    def representative(self) -> bool:
        return bool(self.member_ids)

    @property
    def in_network(self) -> bool:
        return self.secretariat or self.representative


NOBODY = NetworkRoles()


def read_roles(user, network) -> NetworkRoles:
    from networks.models import Representative, SecretariatSeat

    if not user.is_authenticated or network is None:
        return NOBODY
    return NetworkRoles(
        user_id=user.pk,
        secretariat=SecretariatSeat.objects.filter(network=network, user=user).exists(),
        member_ids=frozenset(
            Representative.objects.filter(
                user=user, member__network=network, member__left_at__isnull=True
            ).values_list("member_id", flat=True)
        ),
    )


def roles_of(user, network) -> NetworkRoles:
    """The person's roles in `network`, from what the loader kept when it is for this person."""
    if network is None or not user.is_authenticated:
        return NOBODY
    kept = getattr(network, "viewer_roles", None)
    if kept is not None and kept.user_id == user.pk:
        return kept
    roles = read_roles(user, network)
    network.viewer_roles = roles
    return roles
