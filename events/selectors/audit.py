"""Reads of the event's audit log."""

from django.db.models import QuerySet

from cdfacil.models import AuditEntry
from events.models import Event


def audit_entries(*, event: Event) -> QuerySet[AuditEntry]:
    """The audit log of one event, newest first. Callers check that the reader may manage it."""
    return AuditEntry.objects.filter(event_id=event.pk).select_related("actor")
