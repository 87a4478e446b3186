"""Who may do what in assessments: named rules, declared by the views.

A member's own answers are seen by that member and the event's facilitators only; a round's
aggregates reach members only once it has closed, with MIN_RESPONSES_FOR_AGGREGATES submitted
responses: two snapshots of an open round would differ by the answers submitted in between.
"""

import rules

from assessments.models import Dimension, Framework, FrameworkVersion, Level, Question
from assessments.selectors.rounds import MIN_RESPONSES_FOR_AGGREGATES, submitted_count
from cdfacil.permissions import add_personal_perm
from events.permissions import can_add_events, is_event_core_group, is_event_facilitator


def framework_of(part) -> Framework | None:
    """The framework a version, level, dimension or question belongs to (or the framework)."""
    if isinstance(part, Question):
        part = part.dimension
    if isinstance(part, Dimension):
        part = part.level
    if isinstance(part, Level):
        part = part.version
    if isinstance(part, FrameworkVersion):
        part = part.framework
    return part


@rules.predicate
def is_framework_author(user, part) -> bool:
    """The author of the framework that `part` (the framework or any piece of it) belongs to."""
    framework = framework_of(part)
    return framework is not None and framework.created_by_id == user.pk


@rules.predicate
def is_round_facilitator(user, assessment_round) -> bool:
    return assessment_round is not None and is_event_facilitator(user, assessment_round.event)


@rules.predicate
def is_member_of_closed_round_with_enough_answers(user, assessment_round) -> bool:
    return (
        assessment_round is not None
        and is_event_core_group(user, assessment_round.event)
        and submitted_count(assessment_round=assessment_round) >= MIN_RESPONSES_FOR_AGGREGATES
        and assessment_round.is_closed
    )


@rules.predicate
def is_respondent(user, response) -> bool:
    return response is not None and response.respondent_id == user.pk


@rules.predicate
def is_response_facilitator(user, response) -> bool:
    return response is not None and is_event_facilitator(user, response.round.event)


rules.add_perm("assessments.view_frameworks", rules.is_superuser | can_add_events)
rules.add_perm("assessments.copy_framework", rules.is_superuser | can_add_events)
rules.add_perm("assessments.edit_framework", rules.is_superuser | is_framework_author)
rules.add_perm(
    "assessments.view_rounds", rules.is_superuser | is_event_facilitator | is_event_core_group
)
rules.add_perm("assessments.manage_round", rules.is_superuser | is_round_facilitator)
rules.add_perm(
    "assessments.view_results",
    rules.is_superuser | is_round_facilitator | is_member_of_closed_round_with_enough_answers,
)
add_personal_perm("assessments.answer", is_respondent)
rules.add_perm(
    "assessments.view_response", rules.is_superuser | is_respondent | is_response_facilitator
)
rules.add_perm(
    "assessments.edit_inventory", rules.is_superuser | is_event_facilitator | is_event_core_group
)
