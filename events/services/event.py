"""Writes to the event itself: creating it, changing its details, moving it through the phases."""

import datetime
from collections.abc import Callable

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _

from cdfacil.models import AuditEntry
from cdfacil.services import audit_record
from cdfacil.writes import model_update, validated_save
from events.models import Event, Participation
from events.services.agenda import agenda_generate
from events.services.invitations import end_of_day_5, invitations_follow_day_5
from events.services.preparation import checklist_generate

User = get_user_model()
Role = Participation.Role
Phase = Event.Phase

# What `event_update` may change; the phase moves only through `event_advance_phase`.
EVENT_UPDATE_FIELDS = frozenset(
    {
        "title",
        "sector",
        "country",
        "language",
        "time_zone",
        "venue",
        "day1",
        "registration_open",
        "registration_deadline",
        "registration_capacity",
        "registration_hold_days",
    }
)


@transaction.atomic
def event_create(
    *,
    by: User,
    title: str,
    sector: str,
    country: str,
    day1: datetime.date,
    time_zone: str = "UTC",
    language: str = "en",
    venue: str = "",
) -> Event:
    """Create an event with `by` as its facilitator, its five-day agenda and its checklist."""
    event = Event(
        title=title,
        sector=sector,
        country=country,
        day1=day1,
        time_zone=time_zone,
        language=language,
        venue=venue,
        created_by=by,
    )
    validated_save(event)
    Participation.objects.create(event=event, user=by, role=Role.FACILITATOR)
    agenda_generate(event=event)
    checklist_generate(event=event)
    return event


@transaction.atomic
def event_update(*, event: Event, data: dict) -> Event:
    """Change an event's details: only the fields of `EVENT_UPDATE_FIELDS`, any other key is
    refused. Moving day 1 moves the preparation due dates with it, and the expiry of the
    invitations waiting that held until the end of day 5."""
    stored = Event.objects.only("day1", "time_zone").get(pk=event.pk)
    old_day1, previous_end = stored.day1, end_of_day_5(stored)
    # The phase is not among the fields: it moves only through `event_advance_phase`.
    model_update(instance=event, fields=EVENT_UPDATE_FIELDS, data=data)
    # `tzinfo` is a cached_property: drop it so a changed time zone is read afresh.
    event.__dict__.pop("tzinfo", None)
    shift = event.day1 - old_day1
    if shift:
        event.checklist_items.update(due_date=F("due_date") + shift)
    invitations_follow_day_5(event=event, previous_end=previous_end)
    return event


# Guards for entering each phase. Apps higher up (assessments, action plans) add their own with
# `phase_guard_register`, so that events never needs to import them.
PhaseGuard = Callable[[Event], list[str]]
_PHASE_GUARDS: dict[str, list[PhaseGuard]] = {phase: [] for phase in Phase.values}


def phase_guard_register(phase: str, guard: PhaseGuard) -> PhaseGuard:
    _PHASE_GUARDS[phase].append(guard)
    return guard


def _government_lead_guard(event: Event) -> list[str]:
    lead = (
        Participation.objects.filter(event=event, role=Role.CORE_GROUP, is_lead=True)
        .select_related("user__organisation")
        .first()
    )
    if lead is None:
        return [
            _(
                "The core group has no lead. Mark one core-group member from a government "
                "organisation as lead on the People page."
            )
        ]
    if lead.user.organisation is None or not lead.user.organisation.is_government:
        return [
            _(
                "The lead of the core group, %(name)s, does not belong to a government "
                "organisation; the process is government-led."
            )
            % {"name": lead.user.display_name}
        ]
    return []


def _agenda_guard(event: Event) -> list[str]:
    if not event.sessions.filter(day=1).exists():
        return [_("Day 1 has no sessions in the agenda. Add the kick-off workshop first.")]
    return []


for _phase in (Phase.KICK_OFF, Phase.CORE_GROUP_WORK, Phase.ENDORSEMENT):
    phase_guard_register(_phase, _government_lead_guard)
phase_guard_register(Phase.KICK_OFF, _agenda_guard)


# Guards for leaving a phase backwards, keyed by the phase left: what a step back would strand
# (a version still open for positions when the endorsement is left).
_STEP_BACK_GUARDS: dict[str, list[PhaseGuard]] = {phase: [] for phase in Phase.values}


def step_back_guard_register(phase: str, guard: PhaseGuard) -> PhaseGuard:
    _STEP_BACK_GUARDS[phase].append(guard)
    return guard


def event_next_phase(*, event: Event) -> str | None:
    """The phase after the event's, or None once it is closed."""
    phases = Phase.values
    index = phases.index(event.phase)
    return phases[index + 1] if index + 1 < len(phases) else None


def event_phase_blockers(*, event: Event, phase: str) -> list[str]:
    """What stops the event from entering `phase`, in words; empty when nothing does."""
    reasons = []
    for guard in _PHASE_GUARDS[phase]:
        reasons.extend(guard(event))
    return reasons


@transaction.atomic
def event_advance_phase(*, event: Event, to_phase: str) -> Event:
    """Move the event to the next phase of the process, if its guards allow it."""
    event = Event.objects.select_for_update().get(pk=event.pk)
    expected = event_next_phase(event=event)
    if to_phase != expected:
        if expected is None:
            raise ValidationError(_("The event is closed; it has no further phase."))
        raise ValidationError(
            _("The event is in the %(current)s phase; the next phase is %(next)s.")
            % {
                "current": event.get_phase_display(),
                "next": Phase(expected).label,
            }
        )
    blockers = event_phase_blockers(event=event, phase=to_phase)
    if blockers:
        raise ValidationError(blockers)
    event.phase = to_phase
    event.save(update_fields=["phase", "updated_at"])
    return event


def event_previous_phase(*, event: Event) -> str | None:
    """The phase before the event's, or None in the preparation."""
    index = Phase.values.index(event.phase)
    return Phase.values[index - 1] if index else None


def event_step_back_blockers(*, event: Event) -> list[str]:
    """What stops the event from stepping back from its phase, in words."""
    reasons = []
    for guard in _STEP_BACK_GUARDS[event.phase]:
        reasons.extend(guard(event))
    return reasons


REASON_MAX_LENGTH = 500


@transaction.atomic
def event_step_back(*, event: Event, by: User, reason: str) -> Event:
    """Take the event back one phase, with the reason written down: it is kept in the audit
    log and shown on the overview."""
    event = Event.objects.select_for_update().get(pk=event.pk)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Say why the event steps back; the reason is kept.")})
    if len(reason) > REASON_MAX_LENGTH:
        raise ValidationError(
            {"reason": _("Keep the reason under %(max)d characters.") % {"max": REASON_MAX_LENGTH}}
        )
    previous = event_previous_phase(event=event)
    if previous is None:
        raise ValidationError(_("The event is in its first phase; there is none before it."))
    blockers = event_step_back_blockers(event=event)
    if blockers:
        raise ValidationError(blockers)
    left = event.phase
    event.phase = previous
    event.save(update_fields=["phase", "updated_at"])
    audit_record(
        action=AuditEntry.Action.PHASE_STEPPED_BACK,
        summary=_("Stepped back from %(left)s to %(phase)s: %(reason)s")
        % {"left": Phase(left).label, "phase": Phase(previous).label, "reason": reason},
        by=by,
        event=event,
        details={"from": left, "to": previous, "reason": reason},
    )
    return event
