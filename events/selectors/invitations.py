"""Reads of invitations."""

from django.contrib.auth import get_user_model
from django.db.models import QuerySet
from django.utils import timezone

from events.models import Event, Invitation, Participation

User = get_user_model()


def event_pending_invitations(*, event: Event) -> QuerySet[Invitation]:
    return event.invitations.filter(
        accepted_at__isnull=True, revoked_at__isnull=True
    ).select_related("organisation")


def pending_core_group_count(*, event: Event) -> int:
    """The core-group invitations waiting for an answer whose link still works."""
    return (
        event_pending_invitations(event=event)
        .filter(role=Participation.Role.CORE_GROUP, expires_at__gt=timezone.now())
        .count()
    )


def invitation_account(*, invitation: Invitation) -> User | None:
    """The existing account an invitation's email belongs to, if any, by its canonical form."""
    return User.objects.for_email(invitation.email)
