"""Every write to an event goes through these functions, one module per subdomain.

Each one checks its rule and, when it refuses, raises `ValidationError` with a message a
facilitator understands; views show that message on the page, next to the field it concerns.
"""

# Transitional re-exports for callers outside this app.
from events.services.event import event_create, event_phase_blockers, event_update
from events.services.funding import budget_line_save
from events.services.invitations import invitation_send, invitation_token
from events.services.people import participation_add
from events.services.preparation import checklist_item_save
from events.services.registration import registration_submit

__all__ = [
    "budget_line_save",
    "checklist_item_save",
    "event_create",
    "event_phase_blockers",
    "event_update",
    "invitation_send",
    "invitation_token",
    "participation_add",
    "registration_submit",
]
