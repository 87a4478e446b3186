"""The named rules of the workshop room and the evaluations."""

import rules

from events.permissions import is_event_facilitator

# The room: its projector view, its polls and their results, run by the event's facilitators.
# Phones join with the room's code and need no rule: the code is the key.
rules.add_perm("workshops.run_room", rules.is_superuser | is_event_facilitator)

# --- Evaluations -------------------------------------------------------------------------------


@rules.predicate
def is_evaluation_facilitator(user, evaluation) -> bool:
    return evaluation is not None and is_event_facilitator(user, evaluation.event)


# On an event: its list of evaluations and a new one.
rules.add_perm("workshops.manage_evaluations", rules.is_superuser | is_event_facilitator)
# On an evaluation: its questions, opening and closing it, its results.
rules.add_perm("workshops.manage_evaluation", rules.is_superuser | is_evaluation_facilitator)
