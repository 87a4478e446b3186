"""Reads, one module per subdomain: querysets already limited to what the person asking may see."""

# Transitional re-exports for callers outside this app.
from events.selectors.agenda import agenda_days
from events.selectors.event import event_visible_to
from events.selectors.people import event_participations

__all__ = ["agenda_days", "event_participations", "event_visible_to"]
