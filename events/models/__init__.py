"""One event of the joint approach: its phases, agenda, preparation, people and funding.

Each subdomain's models live in their own module; they are all imported here, so that
`from events.models import Event` works and Django finds every model.
"""

from events.models.agenda import Session
from events.models.attendance import Attendance
from events.models.event import (
    CORE_GROUP_MAX_DEVELOPMENT_PARTNERS,
    CORE_GROUP_NORM,
    EVENT_DAYS,
    Event,
    Sector,
    known_time_zones,
    validate_time_zone,
)
from events.models.funding import BudgetLine
from events.models.invitations import Invitation
from events.models.people import Participation
from events.models.preparation import ChecklistItem
from events.models.registration import RegistrationRequest

__all__ = [
    "CORE_GROUP_MAX_DEVELOPMENT_PARTNERS",
    "CORE_GROUP_NORM",
    "EVENT_DAYS",
    "Attendance",
    "BudgetLine",
    "ChecklistItem",
    "Event",
    "Invitation",
    "Participation",
    "RegistrationRequest",
    "Sector",
    "Session",
    "known_time_zones",
    "validate_time_zone",
]
