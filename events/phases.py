"""What each phase of an event opens and closes: the acts of the process, the phases in which
each is open, and the guards the apps that own the acts add to it.

The table is the process's own (docs/ARCHITECTURE.md shows it); it names acts, never imports
the apps that carry them out. An app asks `act_check` in the service that does the act, and
registers with `act_guard_register` what else the act needs (the baseline closed before the
key-issue vote closes), so `events` stays unaware of assessments and plans.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from events.models import Event

Phase = Event.Phase
P, K, C, E, F = (
    Phase.PREPARATION,
    Phase.KICK_OFF,
    Phase.CORE_GROUP_WORK,
    Phase.ENDORSEMENT,
    Phase.FOLLOW_UP,
)


@dataclass(frozen=True)
class Act:
    words: str  # what the act is, as the start of a sentence
    phases: tuple[str, ...]


# Invitations stay open after the preparation: a core-group member who leaves is replaced (the
# follow-up round needs a full group), and stakeholders join until the endorsement workshop.
ACTS: dict[str, Act] = {
    "registration": Act(gettext_lazy("Registering for the event"), (P,)),
    "stakeholder_invitation": Act(gettext_lazy("Inviting a stakeholder"), (P, K, C, E)),
    "member_invitation": Act(
        gettext_lazy("Inviting a facilitator or a core-group member"), (P, K, C, E, F)
    ),
    "baseline_round": Act(gettext_lazy("Opening the baseline assessment round"), (C, E, F)),
    "key_issue_vote": Act(gettext_lazy("Closing the key-issue vote"), (C,)),
    "plan_freeze": Act(gettext_lazy("Freezing a version of the plan"), (C,)),
    "position": Act(gettext_lazy("Recording a position on the plan"), (E,)),
    "endorsement_close": Act(gettext_lazy("Closing the endorsement"), (E,)),
    "publish": Act(gettext_lazy("Publishing the plan to donors"), (E, F)),
    "progress": Act(gettext_lazy("Recording progress on the plan"), (F,)),
    "followup_round": Act(gettext_lazy("Opening a follow-up assessment round"), (F,)),
}

ActGuard = Callable[[Event], list[str]]
_ACT_GUARDS: dict[str, list[ActGuard]] = {name: [] for name in ACTS}


def act_guard_register(act: str, guard: ActGuard) -> ActGuard:
    """Add what `act` needs besides its phase; `guard(event)` says in words what is missing."""
    _ACT_GUARDS[act].append(guard)
    return guard


def _phase_names(phases) -> str:
    return ", ".join(str(Phase(phase).label) for phase in phases)


def act_refusals(*, event: Event, act: str) -> list[str]:
    """Why `act` cannot be done now in `event`, in words; empty when it can."""
    spec = ACTS[act]
    if event.phase not in spec.phases:
        words = {
            "act": spec.words,
            "phases": _phase_names(spec.phases),
            "phase": event.get_phase_display(),
        }
        if len(spec.phases) == 1:
            return [
                _("%(act)s is open in the %(phases)s phase only; the event is in %(phase)s.")
                % words
            ]
        return [
            _("%(act)s is open in these phases: %(phases)s; the event is in %(phase)s.") % words
        ]
    reasons = []
    for guard in _ACT_GUARDS[act]:
        reasons.extend(guard(event))
    return reasons


def act_check(*, event: Event, act: str) -> None:
    """Refuse `act` with its reasons when the event's phase or the act's guards do not allow it.
    The phase is read afresh: the object may have been loaded before a step back."""
    event.refresh_from_db(fields=["phase"])
    reasons = act_refusals(event=event, act=act)
    if reasons:
        raise ValidationError(reasons)


def phase_changes(*, phase: str) -> tuple[list[str], list[str]]:
    """What entering `phase` from the one before opens and closes: two lists of acts in words."""
    phases = Phase.values
    before = phases[phases.index(phase) - 1] if phases.index(phase) else None
    opens = [str(a.words) for a in ACTS.values() if phase in a.phases and before not in a.phases]
    closes = [str(a.words) for a in ACTS.values() if before in a.phases and phase not in a.phases]
    return opens, closes


def phase_table() -> list[tuple[str, list[bool]]]:
    """The table of the process: each act in words with, per phase, whether it is open."""
    return [(str(a.words), [phase in a.phases for phase in Phase.values]) for a in ACTS.values()]
