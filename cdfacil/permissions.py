"""Permissions that act as one particular person.

Django grants an active superuser every permission. Some of cdfacil's are not powers but acts
of a participant: answering one's own assessment, casting one's dots, recording one's
organisation's position, pledging as a donor. An administrator doing them would speak for
someone else, so for these the rule alone decides (`User.has_perm`). Apps declare theirs with
`add_personal_perm` instead of `rules.add_perm`.
"""

import rules

PERSONAL_PERMISSIONS: set[str] = set()


def add_personal_perm(name: str, predicate) -> None:
    rules.add_perm(name, predicate)
    PERSONAL_PERMISSIONS.add(name)
