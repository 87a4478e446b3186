"""Who came: the demo's events checked in day by day, through the same service as the door.

A past day has everyone expected checked in but one stakeholder on the kick-off and a member who
left the last session of day 3 early; today's sessions that have begun are checked in too."""

from django.utils import timezone

from events.models import Event, Participation
from events.selectors.attendance import attendance_sheet, day_sessions
from events.services.attendance import attendance_mark

ABSENT_ON_DAY_1 = "stakeholder5"
LEFT_EARLY_ON_DAY_3 = "member5"


def demo_attendance(*, event: Event, through_day: int) -> None:
    now = timezone.now()
    facilitator = event.participations.filter(role=Participation.Role.FACILITATOR).first()
    by = facilitator.user if facilitator else None
    for day in range(1, through_day + 1):
        sessions = [s for s in day_sessions(event=event, day=day) if s.starts_at <= now]
        if not sessions:
            continue
        people = attendance_sheet(event=event, sessions=sessions).people
        marks = {
            person.participation.pk: not (
                day == 1 and person.participation.user.username == ABSENT_ON_DAY_1
            )
            for person in people
        }
        attendance_mark(event=event, sessions=sessions, marks=marks, by=by)
        if day == 3 and len(sessions) > 1:
            left = [
                p.participation.pk
                for p in people
                if p.participation.user.username == LEFT_EARLY_ON_DAY_3
            ]
            attendance_mark(
                event=event, sessions=sessions[-1:], marks=dict.fromkeys(left, False), by=by
            )
