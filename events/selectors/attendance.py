"""Reads of attendance."""

from events.models import Participation, Session
from events.selectors.people import event_participations


def session_attendance(*, session: Session) -> list[tuple[Participation, bool]]:
    """Every participant of the session's event, with whether they were present."""
    present = set(
        session.attendances.filter(present=True).values_list("participation_id", flat=True)
    )
    return [(p, p.pk in present) for p in event_participations(event=session.event)]
