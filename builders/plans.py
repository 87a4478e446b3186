"""Action plans built through the plan services and frozen into fingerprinted versions."""

import datetime
from decimal import Decimal

from actionplans.models import Action, ActionPlan, Indicator, Objective, Output, Position
from actionplans.services.endorsement import endorsement_close, position_record
from actionplans.services.plan import plan_create, plan_part_save
from actionplans.services.versions import plan_freeze
from builders.events import event_move_to
from cdfacil.models import Organisation, User
from events.models import Event, Participation


def _save(instance, **m2m):
    return plan_part_save(instance=instance, expected_version=None, m2m=m2m)


def plan_chain(
    *, plan: ActionPlan, organisation: Organisation, objectives: int = 1, actions: int = 2
) -> list[Action]:
    """`objectives` objectives, each with an outcome indicator and one output whose indicator
    `actions` actions measure, carried out by `organisation`: enough for the plan to freeze."""
    made = []
    start = plan.event.day1
    for number in range(1, objectives + 1):
        objective = _save(Objective(plan=plan, title=f"Objective {number}", order=number))
        _save(Indicator(objective=objective, description=f"Outcome {number}", unit="%"))
        output = _save(Output(objective=objective, title=f"Output {number}.1", order=1))
        indicator = _save(Indicator(output=output, description=f"Output {number}.1", unit="%"))
        for order in range(actions):
            action = Action(
                output=output,
                title=f"Action {number}.{order + 1}",
                responsible_organisation=organisation,
                starts_on=start + datetime.timedelta(days=30),
                ends_on=start + datetime.timedelta(days=365),
                cd_method="coaching",
                estimated_cost=Decimal(10000),
                currency="USD",
                order=order,
            )
            made.append(_save(action, indicators=[indicator]))
    return made


def plan_with_versions(
    *,
    event: Event,
    by: User,
    versions: int = 1,
    objectives: int = 1,
    actions: int = 2,
    endorsed: bool = True,
) -> ActionPlan:
    """The event's plan, frozen into `versions` versions by `by` (a facilitator of the event).

    Each version but the last has its endorsement closed, and a title changed after it, so every
    version has its own fingerprint. With `endorsed`, the core-group lead's organisation endorses
    each version and its endorsement is closed: it is endorsed; otherwise the last stays open.

    The event goes through the phases as the story does: drafted and frozen in core-group work,
    endorsed in the endorsement phase, back to core-group work (with a reason) for each later
    version. It is left in the endorsement phase.
    """
    lead = event.participations.filter(role=Participation.Role.CORE_GROUP, is_lead=True).first()
    organisation = lead.user.organisation if lead else by.organisation
    event_move_to(event=event, phase=Event.Phase.CORE_GROUP_WORK, by=by)
    plan = plan_create(event=event, title=f"Action plan of {event.title}")
    chain = plan_chain(plan=plan, organisation=organisation, objectives=objectives, actions=actions)
    for number in range(1, versions + 1):
        event_move_to(event=event, phase=Event.Phase.CORE_GROUP_WORK, by=by)
        version = plan_freeze(plan=plan, by=by)
        event_move_to(event=event, phase=Event.Phase.ENDORSEMENT, by=by)
        if endorsed and lead:
            position_record(
                version=version,
                by=by,
                organisation=organisation,
                stance=Position.Stance.ENDORSE,
                comment="",
            )
        if number < versions or endorsed:
            endorsement_close(version=version, by=by)
        if number < versions:
            action = Action.objects.get(pk=chain[0].pk)
            action.title = f"Action 1.1, as revised after version {number}"
            plan_part_save(instance=action, expected_version=action.lock_version)
    return plan
