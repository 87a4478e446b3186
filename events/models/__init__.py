"""One event of the joint approach: its phases, agenda, preparation, people and funding.

Each subdomain's models live in their own module; they are all imported here, so that
`from events.models import Event` works and Django finds every model.
"""

from events.models.agenda import Attendance, BudgetLine, ChecklistItem, Session
from events.models.event import (
    CORE_GROUP_MAX_DEVELOPMENT_PARTNERS,
    CORE_GROUP_NORM,
    EVENT_DAYS,
    Event,
    Invitation,
    Participation,
    RegistrationRequest,
    Sector,
    known_time_zones,
    validate_time_zone,
)
from events.models.methods import Method
from events.models.reminders import ReminderOptOut, ReminderSent

__all__ = [
    "CORE_GROUP_MAX_DEVELOPMENT_PARTNERS",
    "CORE_GROUP_NORM",
    "EVENT_DAYS",
    "Attendance",
    "BudgetLine",
    "ChecklistItem",
    "Event",
    "Invitation",
    "Method",
    "Participation",
    "RegistrationRequest",
    "ReminderOptOut",
    "ReminderSent",
    "Sector",
    "Session",
    "known_time_zones",
    "validate_time_zone",
]
