"""The named rules of the workshop room and the evaluations."""

import rules

from events.permissions import is_event_facilitator

# The room: its projector view, its polls and their results, run by the event's facilitators.
# Phones join with the room's code and need no rule: the code is the key.
rules.add_perm("workshops.run_room", rules.is_superuser | is_event_facilitator)
