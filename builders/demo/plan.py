"""The demo's action plan: key issues, an endorsed and published plan, pledges and progress.

`seed_plan` is called by `seed_demo` for the event held some months ago; everything goes through
the services, phase after phase, as it would through the site.
"""

import datetime
from decimal import Decimal

from django.utils import timezone

from actionplans.models import (
    Action,
    ActionPlan,
    ImplementationBody,
    Indicator,
    KeyIssue,
    Objective,
    Output,
    PlanVersion,
    Pledge,
    Risk,
)
from actionplans.services.donors import pledge_save
from actionplans.services.endorsement import endorsement_close, position_record
from actionplans.services.followup import progress_record
from actionplans.services.key_issues import ballot_close, key_issue_create, vote_cast
from actionplans.services.plan import plan_create, plan_part_save
from actionplans.services.versions import plan_freeze, plan_version_publish
from assessments.models import Question
from assessments.selectors.results import round_results
from builders.demo.plan_content import (
    BODIES,
    CHAIN,
    DOTS,
    KEY_ISSUES,
    PLEDGES,
    POSITIONS,
    PROGRESS,
    RISKS,
)
from cdfacil.models import ExchangeRate
from events.models import Event
from events.services.event import event_advance_phase


def _month(start: datetime.date, months: int) -> datetime.date:
    year, month = divmod(start.month - 1 + months, 12)
    return datetime.date(start.year + year, month + 1, 1)


def _save(instance, **m2m):
    return plan_part_save(instance=instance, expected_version=None, m2m=m2m)


def _gap_questions(event) -> tuple:
    """(latest round, its two widest-gap questions) or (None, [])."""
    assessment_round = event.assessment_rounds.order_by("-number").first()
    if assessment_round is None:
        return None, []
    results = round_results(assessment_round=assessment_round)
    priorities = results["priorities"][:2]
    questions = Question.objects.in_bulk([row["pk"] for row in priorities])
    return assessment_round, [questions[row["pk"]] for row in priorities]


def _key_issues(event, users: dict) -> list[KeyIssue]:
    """The three key issues, the first two drawn from the round's widest gaps, and the dots."""
    assessment_round, gap_questions = _gap_questions(event)
    issues = []
    for index, (title, description) in enumerate(KEY_ISSUES):
        linked = index < 2 and index < len(gap_questions)
        issues.append(
            key_issue_create(
                event=event,
                title=title,
                description=description,
                source=KeyIssue.Source.GAP if linked else KeyIssue.Source.GROUP,
                assessment_round=assessment_round if linked else None,
                questions=[gap_questions[index]] if linked else [],
                by=users["member1"],
            )
        )
    for username, dots in DOTS:
        for issue, count in zip(issues, dots, strict=True):
            if count:
                vote_cast(key_issue=issue, by=users[username], dots=count)
    ballot_close(event=event)
    return issues


def _indicator(*, spec, year, objective=None, output=None) -> Indicator:
    description, unit, baseline, target = spec
    return _save(
        Indicator(
            objective=objective,
            output=output,
            description=description,
            unit=unit,
            baseline_value=Decimal(baseline),
            baseline_year=year,
            target_value=Decimal(target),
            target_year=year + 3,
            means_of_verification="Ministry of Health annual sector performance report",
        )
    )


def _action(*, output, spec, order, start, indicator, issues, orgs) -> Action:
    title, org, offset, months, method, cost, currency, issue = spec
    starts_on = _month(start, offset)
    action = Action(
        output=output,
        title=title,
        responsible_organisation=orgs[org],
        lead_person="",
        starts_on=starts_on,
        ends_on=_month(starts_on, months) - datetime.timedelta(days=1),
        cd_method=method,
        estimated_cost=Decimal(cost),
        currency=currency,
        order=order,
    )
    return _save(
        action,
        indicators=[indicator],
        key_issues=[issues[issue]],
        supporting_partners=[orgs["who"]] if currency == "USD" else [],
    )


def _chain(plan, *, issues, orgs) -> None:
    """Objectives, outputs, their indicators and actions, from `CHAIN`."""
    start = _month(plan.event.day1, 1)
    for objective_order, (objective_title, outcome, outputs) in enumerate(CHAIN):
        objective = _save(Objective(plan=plan, title=objective_title, order=objective_order))
        _indicator(objective=objective, spec=outcome, year=start.year)
        for output_order, (output_title, output_indicator, actions) in enumerate(outputs):
            output = _save(Output(objective=objective, title=output_title, order=output_order))
            indicator = _indicator(output=output, spec=output_indicator, year=start.year)
            for order, spec in enumerate(actions):
                _action(
                    output=output,
                    spec=spec,
                    order=order,
                    start=start,
                    indicator=indicator,
                    issues=issues,
                    orgs=orgs,
                )


def _risks_and_bodies(plan, *, orgs) -> None:
    for kind, description, mitigation in RISKS:
        _save(Risk(plan=plan, kind=kind, description=description, mitigation=mitigation))
    for kind, name, convener, members, frequency in BODIES:
        body = ImplementationBody(
            plan=plan, kind=kind, name=name, convener=orgs[convener], meeting_frequency=frequency
        )
        _save(body, members=[orgs[key] for key in members])


def _endorsed_version(plan, *, users, orgs) -> PlanVersion:
    """Version 1, frozen in core-group work, endorsed in the endorsement phase by the positions of
    `POSITIONS`, and published to donors in follow-up."""
    facilitator = users["facilitator"]
    version = plan_freeze(plan=plan, by=facilitator)
    event_advance_phase(event=plan.event, to_phase=Event.Phase.ENDORSEMENT)
    for org, (stance, comment, username) in POSITIONS.items():
        position_record(
            version=version,
            organisation=orgs[org],
            stance=stance,
            comment=comment,
            by=users[username] if username else facilitator,
        )
    version = endorsement_close(version=version)
    event_advance_phase(event=plan.event, to_phase=Event.Phase.FOLLOW_UP)
    return plan_version_publish(version=version)


# Rates the administrators recorded a few days ago, as (from, to, rate): the demo donor reads
# the plan in dollars, euros or shillings. One unit of the first buys `rate` of the second.
RATES = [("USD", "UGX", "3700"), ("USD", "EUR", "0.92"), ("EUR", "UGX", "4020")]


def seed_rates() -> None:
    """The exchange rates of the demo, dated three days before today; none twice."""
    valid_from = timezone.localdate() - datetime.timedelta(days=3)
    for from_currency, to_currency, rate in RATES:
        if not ExchangeRate.objects.filter(
            from_currency=from_currency, to_currency=to_currency
        ).exists():
            ExchangeRate.objects.create(
                from_currency=from_currency,
                to_currency=to_currency,
                rate=Decimal(rate),
                valid_from=valid_from,
            )


def seed_plan(*, event, users: dict, orgs: dict) -> PlanVersion:
    """Build the demo plan of `event`, an event in core-group work whose baseline round is
    closed, and take it through endorsement to follow-up, donors' pledges and progress.

    `users` holds the demo people by username (including "facilitator", "member1".."member5",
    "stakeholder1".."stakeholder5" and "donor"); `orgs` the demo organisations by key.
    If the event already has a plan, nothing is added and its latest version is returned.
    """
    seed_rates()
    if ActionPlan.objects.filter(event=event).exists():
        return PlanVersion.objects.filter(plan__event=event).order_by("-number").first()
    issues = _key_issues(event, users)
    plan = plan_create(
        event=event, title="Uganda district health services capacity development plan"
    )
    _chain(plan, issues=issues, orgs=orgs)
    _risks_and_bodies(plan, orgs=orgs)
    version = _endorsed_version(plan, users=users, orgs=orgs)

    actions = list(Action.objects.filter(output__objective__plan=plan).order_by("pk"))
    for index, amount, currency, status in PLEDGES:
        pledge = Pledge(
            action=actions[index],
            version=version,
            donor=users["donor"],
            amount=Decimal(amount),
            currency=currency,
            status=status,
        )
        pledge_save(pledge=pledge)
    for index, status, percent, note, username, days in PROGRESS:
        progress_record(
            action=actions[index],
            status=status,
            percent_complete=percent,
            date=event.date_of_day_5 + datetime.timedelta(days=days),
            note=note,
            by=users[username],
        )
    return version
