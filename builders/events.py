"""Events at any phase of the process, taken there through `event_advance_phase`."""

from builders.factories import EventFactory, OrganisationFactory, UserFactory
from cdfacil.models import Organisation, User
from events.models import Event, Participation
from events.services.event import event_advance_phase, event_next_phase
from events.services.people import participation_add

Phase = Event.Phase


def event_advance_to(*, event: Event, phase: str) -> Event:
    """Take `event` through each phase up to `phase`, so that every guard on the way holds."""
    phases = Phase.values
    while phases.index(event.phase) < phases.index(phase):
        event = event_advance_phase(event=event, to_phase=event_next_phase(event=event))
    return event


def event_at_phase(*, phase: str = Phase.PREPARATION, lead: User | None = None, **fields) -> Event:
    """An event made by `EventFactory` (with `fields`) and taken to `phase`.

    Past preparation every phase needs a government lead of the core group: `lead`, a person of a
    government organisation, or one made here when the event has none.
    """
    event = EventFactory(**fields)
    if phase != Phase.PREPARATION and not event.participations.filter(is_lead=True).exists():
        if lead is None:
            government = OrganisationFactory(kind=Organisation.Kind.GOVERNMENT)
            lead = UserFactory(organisation=government)
        participation_add(event=event, user=lead, role=Participation.Role.CORE_GROUP, is_lead=True)
    return event_advance_to(event=event, phase=phase)
