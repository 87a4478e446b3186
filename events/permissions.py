"""Who may do what to an event: named rules, declared by every view that needs one.

The predicates read the viewer's role from `event.viewer_role` when the selector
`event_visible_to` has annotated it for this same person, so checking a rule costs no query.
"""

import rules

from cdfacil.web import object_view
from events.models import Participation
from events.selectors.event import event_for

Role = Participation.Role


def _role(user, event) -> str | None:
    if not user.is_authenticated or event is None:
        return None
    if getattr(event, "viewer_id", None) == user.pk:
        return event.viewer_role
    return (
        Participation.objects.filter(event=event, user=user).values_list("role", flat=True).first()
    )


@rules.predicate
def is_event_facilitator(user, event) -> bool:
    return _role(user, event) == Role.FACILITATOR


@rules.predicate
def is_event_core_group(user, event) -> bool:
    return _role(user, event) == Role.CORE_GROUP


@rules.predicate
def is_event_participant(user, event) -> bool:
    return _role(user, event) is not None


@rules.predicate
def speaks_for_organisation(user, organisation) -> bool:
    """One of the organisation's own people who runs an event or sits in a core group: not
    whoever registered as its staff to attend a workshop."""
    return (
        user.is_authenticated
        and organisation is not None
        and user.organisation_id == organisation.pk
        and Participation.objects.filter(
            user=user, role__in=[Role.FACILITATOR, Role.CORE_GROUP]
        ).exists()
    )


@rules.predicate
def can_add_events(user) -> bool:
    # Granted to facilitators by an administrator through the "events.add_event" permission.
    return user.is_authenticated and user.has_perm("events.add_event")


# An organisation's logo prints on the covers of every event it leads or facilitates.
rules.add_perm("cdfacil.change_organisation_logo", rules.is_superuser | speaks_for_organisation)
rules.add_perm("events.create_event", rules.is_superuser | can_add_events)
rules.add_perm("events.view_event", rules.is_superuser | is_event_participant)
rules.add_perm("events.manage_event", rules.is_superuser | is_event_facilitator)
rules.add_perm(
    "events.view_core_group", rules.is_superuser | is_event_facilitator | is_event_core_group
)


def event_view(permission: str):
    """A view of one event: loads it for the person (404 outside it), then checks `permission`
    on it (403 for a participant without it). The view receives the event."""
    return object_view(permission, load=event_for)
