"""Writes to attendance: checking people in, for a whole day or for one session."""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from events.models import Attendance, Event, Session
from events.selectors.attendance import expected_at

User = get_user_model()


@transaction.atomic
def attendance_mark(
    *, event: Event, sessions: list[Session], marks: dict[int, bool], by: User
) -> int:
    """Mark each participation in `marks` present (True) or absent (False) at those of
    `sessions` its audience expects it at: a day's check-in marks the day's sessions, a
    session's marks that one. Returns the number of people whose marks changed.

    Only the people named are touched, so two facilitators at two doors never undo each other.
    """
    if any(session.event_id != event.pk for session in sessions):
        raise ValidationError(_("This session belongs to another event."))
    participations = {p.pk: p for p in event.participations.filter(pk__in=list(marks))}
    if set(marks) - set(participations):
        raise ValidationError(_("Some of the people ticked do not take part in this event."))
    existing = {
        (a.participation_id, a.session_id): a
        for a in Attendance.objects.select_for_update().filter(
            session__in=sessions, participation_id__in=list(marks)
        )
    }
    to_create, to_update, changed = [], [], set()
    for pk, present in marks.items():
        for session in sessions:
            if not expected_at(session, participations[pk]):
                continue
            record = existing.get((pk, session.pk))
            if record is None:
                if present:
                    to_create.append(
                        Attendance(
                            session=session, participation_id=pk, present=True, recorded_by=by
                        )
                    )
                    changed.add(pk)
            elif record.present != present:
                record.present = present
                record.recorded_by = by
                record.recorded_at = timezone.now()
                to_update.append(record)
                changed.add(pk)
    try:
        with transaction.atomic():
            Attendance.objects.bulk_create(to_create)
    except IntegrityError as error:
        raise ValidationError(
            _("Someone else recorded this attendance at the same moment. Reload and try again.")
        ) from error
    Attendance.objects.bulk_update(to_update, ["present", "recorded_by", "recorded_at"])
    return len(changed)
