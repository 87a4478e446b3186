"""Many people and their participations at once, for the benchmarks and large events."""

from collections.abc import Sequence

from django.contrib.auth.hashers import make_password

from cdfacil.models import Organisation, User
from events.models import Event, Participation


def people(
    prefix: str, organisations: Sequence[Organisation], count: int, *, start: int = 0, **fields
) -> list[User]:
    """`count` people `{prefix}-{n}` (n from `start`), spread over `organisations` in turn,
    written in one query; nobody can sign in until a password is set."""
    password = make_password(None)  # one unusable hash for all: hashing is the slow part
    return User.objects.bulk_create(
        User(
            **{
                "username": f"{prefix}-{n}",
                "email": f"{prefix}-{n}@bench.example.org",
                "first_name": f"Person {n}",
                "last_name": prefix.title(),
                "organisation": organisations[n % len(organisations)],
                "password": password,
                **fields,
            }
        )
        for n in range(start, start + count)
    )


def participations_add(
    *, event: Event, users: Sequence[User], role: str, lead: User | None = None
) -> list[Participation]:
    """`users` join `event` in `role`, written in one query, without the core-group rules that
    `participation_add` checks: for data whose shape the caller already knows is valid."""
    return Participation.objects.bulk_create(
        Participation(event=event, user=user, role=role, is_lead=user == lead) for user in users
    )
