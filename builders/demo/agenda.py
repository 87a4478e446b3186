"""Who leads each session of the demo's agenda, and in which room of the venue."""

from events.models import Session
from events.services.agenda import session_save

Kind = Session.Kind

# The rooms of a workshop hotel: the hall for the broad group, a boardroom for the core group.
HALL, BOARDROOM, TERRACE = "Victoria Hall", "Nile Boardroom", "Terrace"


def demo_run_sheet(*, event, users) -> None:
    """The facilitators take turns, the core-group lead presents the group's work on day 5
    (the facilitators chair the vote itself), and the breaks are served on the terrace."""
    facilitators = [users["facilitator"].display_name, users["facilitator2"].display_name]
    lead = users["member1"].display_name
    sessions = list(event.sessions.order_by("day", "start_time", "pk"))
    led = [s for s in sessions if s.kind != Kind.BREAK]
    presentations = [s for s in led if s.kind == Kind.ENDORSEMENT][:-1]
    for index, session in enumerate(led):
        presented = session in presentations
        session.facilitator = lead if presented else facilitators[index % 2]
        broad = session.audience == Session.Audience.BROAD_GROUP
        session.room = HALL if broad else BOARDROOM
    for session in sessions:
        if session.kind == Kind.BREAK:
            session.room = TERRACE
        session_save(session=session)
