"""Who may do what with key issues, plans, endorsement and pledges: named rules.

Rules on an event take the Event; rules on a plan version take the PlanVersion; the rule on a
pledge takes the Pledge.
"""

import rules

from cdfacil.permissions import add_personal_perm
from events.permissions import is_event_core_group, is_event_facilitator, is_event_participant


@rules.predicate
def is_donor(user) -> bool:
    return user.is_authenticated and user.is_donor


@rules.predicate
def is_version_participant(user, version) -> bool:
    return version is not None and is_event_participant(user, version.plan.event)


@rules.predicate
def is_version_facilitator(user, version) -> bool:
    return version is not None and is_event_facilitator(user, version.plan.event)


@rules.predicate
def is_version_planner(user, version) -> bool:
    """A facilitator or core-group member of the version's event."""
    return version is not None and (
        is_event_facilitator(user, version.plan.event)
        or is_event_core_group(user, version.plan.event)
    )


@rules.predicate
def is_published(user, version) -> bool:
    return version is not None and version.published_at is not None


@rules.predicate
def is_on_offer(user, version) -> bool:
    """Published to donors and not withdrawn since."""
    return is_published(user, version) and version.withdrawn_at is None


@rules.predicate
def is_own_pledge_on_a_published_version(user, pledge) -> bool:
    return pledge is not None and pledge.donor_id == user.pk and is_published(user, pledge.version)


# On an event
rules.add_perm(
    "actionplans.view_plan", rules.is_superuser | is_event_facilitator | is_event_core_group
)
rules.add_perm(
    "actionplans.edit_plan", rules.is_superuser | is_event_facilitator | is_event_core_group
)
rules.add_perm("actionplans.manage_plan", rules.is_superuser | is_event_facilitator)
rules.add_perm("actionplans.view_history", rules.is_superuser | is_event_facilitator)
# The follow-up is read by everyone in the event (stakeholders carry out actions too); only
# planners record progress (`edit_plan`).
rules.add_perm("actionplans.view_progress", rules.is_superuser | is_event_participant)
add_personal_perm("actionplans.vote", is_event_core_group)
rules.add_perm(
    "actionplans.view_pledges", rules.is_superuser | is_event_facilitator | is_event_core_group
)

# On a frozen plan version
rules.add_perm(
    "actionplans.view_version",
    rules.is_superuser | is_version_participant | (is_donor & is_published),
)
add_personal_perm("actionplans.record_position", is_version_participant)
# A facilitator records a position given in the room on an organisation's behalf.
add_personal_perm("actionplans.record_on_behalf", is_version_facilitator)
rules.add_perm("actionplans.manage_version", rules.is_superuser | is_version_facilitator)
add_personal_perm("actionplans.pledge", is_donor & is_published)
add_personal_perm("actionplans.change_pledge", is_donor & is_own_pledge_on_a_published_version)
# Stakeholders read a version of their event but never its pledges.
rules.add_perm(
    "actionplans.view_version_pledges",
    rules.is_superuser | (is_donor & is_published) | is_version_planner,
)

# Donors follow the progress of a plan on offer to them; the event's people read it too.
# (The donor's case first: it needs no query, so the plan page asks it for its link for free.)
rules.add_perm(
    "actionplans.view_version_progress",
    rules.is_superuser | (is_donor & is_on_offer) | is_version_participant,
)

# Platform-wide
rules.add_perm("actionplans.view_portfolio", rules.is_superuser | is_donor)
# A donor with no event of their own starts on the portfolio rather than an empty dashboard.
rules.add_perm("actionplans.start_on_portfolio", is_donor)
