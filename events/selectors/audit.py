"""Reads of the event's audit log."""

from django.db.models import QuerySet

from cdfacil.models import AuditEntry
from events.models import Event


def audit_entries(*, event: Event) -> QuerySet[AuditEntry]:
    """The audit log of one event, newest first. Callers check that the reader may manage it."""
    return AuditEntry.objects.filter(event_id=event.pk).select_related("actor")


def phase_step_backs(*, event: Event) -> list[dict]:
    """The event's steps back, newest first: from and to which phase, when, by whom, and why."""
    entries = AuditEntry.objects.filter(
        event_id=event.pk, action=AuditEntry.Action.PHASE_STEPPED_BACK
    ).order_by("-created_at", "-pk")
    return [
        {
            "left": Event.Phase(entry.details["from"]).label,
            "entered": Event.Phase(entry.details["to"]).label,
            "at": entry.created_at,
            "by": entry.actor_label,
            "reason": entry.details["reason"],
        }
        for entry in entries
    ]
