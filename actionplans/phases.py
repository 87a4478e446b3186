"""The action plan's part in the phases of an event: the plan is frozen before the endorsement
starts, its endorsement closed before the follow-up, and no version is left open by a step back."""

from django.utils.translation import gettext as _

from actionplans.models import ActionPlan, PlanVersion
from events.models import Event
from events.services.event import phase_guard_register, step_back_guard_register

Phase = Event.Phase
Status = PlanVersion.Status


def _latest_version(event: Event) -> PlanVersion | None:
    return PlanVersion.objects.filter(plan__event=event).order_by("-number").first()


def plan_frozen_guard(event: Event) -> list[str]:
    """The broad group endorses a frozen version: one open for positions, or one endorsed
    already when the event comes back to the endorsement after a step back."""
    latest = _latest_version(event)
    if latest is not None and latest.status in (Status.OPEN, Status.ENDORSED):
        return []
    number = latest.number + 1 if latest else 1
    if not ActionPlan.objects.filter(event=event).exists():
        return [
            _("There is no action plan yet: draft it, then freeze version %(number)d.")
            % {"number": number}
        ]
    return [_("The plan is not frozen yet: freeze version %(number)d.") % {"number": number}]


def endorsement_closed_guard(event: Event) -> list[str]:
    latest = _latest_version(event)
    if latest is None or latest.status != Status.OPEN:
        return []
    return [
        _("The endorsement of version %(number)d is still open: close it first.")
        % {"number": latest.number}
    ]


def no_open_version_guard(event: Event) -> list[str]:
    latest = _latest_version(event)
    if latest is None or latest.status != Status.OPEN:
        return []
    return [
        _(
            "Version %(number)d is open for positions: close its endorsement first, or it would "
            "stay open with no phase to close it in."
        )
        % {"number": latest.number}
    ]


phase_guard_register(Phase.ENDORSEMENT, plan_frozen_guard)
phase_guard_register(Phase.FOLLOW_UP, endorsement_closed_guard)
step_back_guard_register(Phase.ENDORSEMENT, no_open_version_guard)
