"""Writes to attendance: who was present at a session."""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from events.models import Attendance, Session

User = get_user_model()


@transaction.atomic
def attendance_record(*, session: Session, present_ids: set[int], by: User) -> int:
    """Record who was present at a session; returns the number present."""
    participations = {p.pk: p for p in session.event.participations.all()}
    unknown = set(present_ids) - set(participations)
    if unknown:
        raise ValidationError(_("Some of the people ticked do not take part in this event."))
    existing = {a.participation_id: a for a in session.attendances.all()}
    to_create, to_update = [], []
    for pk in participations:
        present = pk in present_ids
        record = existing.get(pk)
        if record is None:
            if present:
                to_create.append(
                    Attendance(session=session, participation_id=pk, present=True, recorded_by=by)
                )
        elif record.present != present:
            record.present = present
            record.recorded_by = by
            record.recorded_at = timezone.now()
            to_update.append(record)
    try:
        Attendance.objects.bulk_create(to_create)
    except IntegrityError as error:
        raise ValidationError(
            _("Someone else recorded this attendance at the same moment. Reload and try again.")
        ) from error
    Attendance.objects.bulk_update(to_update, ["present", "recorded_by", "recorded_at"])
    return len(present_ids)
