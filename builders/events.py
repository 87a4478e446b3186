"""Events at any phase of the process, taken there through `event_advance_phase` (and back
through `event_step_back`, with a reason, as a facilitator does)."""

from builders.factories import EventFactory, OrganisationFactory, UserFactory
from cdfacil.models import Organisation, User
from events.models import Event, Participation
from events.services.event import event_advance_phase, event_next_phase, event_step_back
from events.services.people import participation_add

Phase = Event.Phase


def event_advance_to(*, event: Event, phase: str) -> Event:
    """Take `event` through each phase up to `phase`, so that every guard on the way holds;
    an event already there or further stays where it is."""
    phases = Phase.values
    event.refresh_from_db(fields=["phase"])
    while phases.index(event.phase) < phases.index(phase):
        event = event_advance_phase(event=event, to_phase=event_next_phase(event=event))
    return event


def event_move_to(*, event: Event, phase: str, by: User | None = None) -> Event:
    """Take `event` to `phase`, forward through the guards or back one phase at a time with a
    facilitator's reason (`by`, or the event's creator)."""
    phases = Phase.values
    event.refresh_from_db(fields=["phase"])
    while phases.index(event.phase) > phases.index(phase):
        event = event_step_back(
            event=event,
            by=by or event.created_by,
            reason=f"Back to {Phase(phase).label} to revise the plan.",
        )
    return event_advance_to(event=event, phase=phase)


def event_at_phase(*, phase: str = Phase.PREPARATION, lead: User | None = None, **fields) -> Event:
    """An event made by `EventFactory` (with `fields`) and taken to `phase`.

    Past preparation every phase needs a government lead of the core group: `lead`, a person of a
    government organisation, or one made here when the event has none. Beyond core-group work
    the plan must have been frozen and endorsed: the lead's organisation endorses a small plan
    (`builders.plans.plan_with_versions`) on the way, as the broad group does on day 5.
    """
    event = EventFactory(**fields)
    if phase != Phase.PREPARATION and not event.participations.filter(is_lead=True).exists():
        if lead is None:
            government = OrganisationFactory(kind=Organisation.Kind.GOVERNMENT)
            lead = UserFactory(organisation=government)
        participation_add(event=event, user=lead, role=Participation.Role.CORE_GROUP, is_lead=True)
    if Phase.values.index(phase) > Phase.values.index(Phase.CORE_GROUP_WORK):
        from builders.plans import plan_with_versions  # plans build on events

        plan_with_versions(event=event, by=event.created_by)
    return event_advance_to(event=event, phase=phase)
