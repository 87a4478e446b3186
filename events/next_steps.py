"""The next step of each person: the rules that say what someone should do now, and why.

`events` sits below the apps that own most of the steps (an unfinished assessment, a vote to
close, a position to record, late actions, an old pledge), so it offers this registry and the
higher apps fill it in their `ready()`, as they fill the phase guards. The dashboard and the
event overview show the steps; the reminders (`events/services/reminders.py`) send them by
email on the same rules.

A rule is one function answering for many people and events at once, in a fixed number of
queries: `find(now=..., user=..., events=...)`. With `user` and `events` it answers for one
person on the events of a page (the dashboard, the overview); with both None it answers for
the whole platform (the reminders' sweep).
"""

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.utils import timezone


@dataclass(frozen=True)
class Step:
    """One thing a person should do now: what (a short imperative), why (a sentence), and the
    page where it is done."""

    rule: str
    user_id: int
    what: str
    why: str
    url: str
    # what the step is about, unique within the rule ("pledge:12"), so a reminder is sent once
    subject: str
    event_id: int | None = None
    # sorts steps of the same rule: the earliest deadline first
    when: datetime.date | None = None


@dataclass(frozen=True)
class StepRule:
    name: str
    # find(now=, user=, events=) -> [Step, ...]; `events` None means every event
    find: Callable[..., list[Step]]
    # the most pressing first on the card
    order: int = 100
    # a reminder of the same step is sent at most once in this many days
    remind_every_days: int = 7
    # what the reminder's email says this rule is about, for its subject line
    label: str = ""


_RULES: dict[str, StepRule] = {}


def step_rule_register(rule: StepRule) -> StepRule:
    _RULES[rule.name] = rule
    return rule


def step_rules() -> list[StepRule]:
    return sorted(_RULES.values(), key=lambda rule: (rule.order, rule.name))


def step_rule(name: str) -> StepRule | None:
    return _RULES.get(name)


def _sorted(steps: Iterable[Step]) -> list[Step]:
    order = {rule.name: index for index, rule in enumerate(step_rules())}
    return sorted(
        steps,
        key=lambda step: (order.get(step.rule, 999), step.when or datetime.date.max, step.subject),
    )


def next_steps_for(*, user, events, now: datetime.datetime | None = None) -> list[Step]:
    """The person's steps on these events (annotated with their role by `event_visible_to`,
    or plain), most pressing first: one or two queries per rule, whatever the number of
    events. Rules about the person alone (a donor's pledges) answer even with no event."""
    if not user.is_authenticated:
        return []
    now = now or timezone.now()
    events = list(events)
    steps = []
    for rule in step_rules():
        steps.extend(
            step for step in rule.find(now=now, user=user, events=events) if step.user_id == user.pk
        )
    return _sorted(steps)


def next_steps_everyone(*, now: datetime.datetime | None = None) -> list[Step]:
    """Every person's steps on the platform, for the reminders."""
    now = now or timezone.now()
    steps = []
    for rule in step_rules():
        steps.extend(rule.find(now=now, user=None, events=None))
    return _sorted(steps)


def none_in_phase(events, *phases) -> bool:
    """True when the rule is asked about some events and none of them is in these phases: it
    then answers without a query (an overview in preparation asks nothing of the plan)."""
    return events is not None and not any(event.phase in phases for event in events)


def event_local_today(event, now: datetime.datetime) -> datetime.date:
    """Today in the event's own time zone at `now`."""
    return timezone.localtime(now, event.tzinfo).date()
