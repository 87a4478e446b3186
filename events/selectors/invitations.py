"""Reads of invitations."""

from django.contrib.auth import get_user_model
from django.db.models import QuerySet

from events.models import Event, Invitation

User = get_user_model()


def event_pending_invitations(*, event: Event) -> QuerySet[Invitation]:
    return event.invitations.filter(
        accepted_at__isnull=True, revoked_at__isnull=True
    ).select_related("organisation")


def invitation_account(*, invitation: Invitation) -> User | None:
    """The existing account an invitation's email belongs to, if any, by its canonical form."""
    return User.objects.for_email(invitation.email)
