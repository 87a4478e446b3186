"""The follow-up of the plan: progress on its actions and measurements of its indicators."""

import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from actionplans.models import Action, Indicator, IndicatorMeasurement, ProgressUpdate
from cdfacil.models import User
from cdfacil.writes import validated_save
from events.models import Event
from events.phases import act_check


def _not_in_future(*, event: Event, date: datetime.date | None) -> None:
    if date is not None and date > event.local_today():
        raise ValidationError({"date": _("The date cannot be in the future.")})


@transaction.atomic
def progress_record(
    *,
    action: Action,
    status: str,
    percent_complete: int,
    date: datetime.date,
    note: str = "",
    by: User,
) -> ProgressUpdate:
    """One progress update on an action; the latest one is the action's current state."""
    event = Event.objects.get(plan__objectives__outputs__actions=action)
    act_check(event=event, act="progress")
    _not_in_future(event=event, date=date)
    update = ProgressUpdate(
        action=action,
        status=status,
        percent_complete=percent_complete,
        date=date,
        note=note,
        recorded_by=by,
    )
    return validated_save(update)


@transaction.atomic
def measurement_record(
    *, indicator: Indicator, value: Decimal, date: datetime.date, note: str = "", by: User
) -> IndicatorMeasurement:
    """A measured value of an indicator on a date; the latest is compared with the target."""
    event = Event.objects.filter(
        Q(plan__objectives__indicators=indicator)
        | Q(plan__objectives__outputs__indicators=indicator)
    ).first()
    if event is None:
        raise ValidationError(_("This indicator belongs to no plan."))
    act_check(event=event, act="progress")
    _not_in_future(event=event, date=date)
    measurement = IndicatorMeasurement(
        indicator=indicator, value=value, date=date, note=note, recorded_by=by
    )
    return validated_save(measurement)
