"""Helpers of the action-plan tests: a plan written directly, frozen and endorsed through the
services, published to donors, and pledged to."""

import datetime
from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from actionplans.models import Action, ActionPlan, Indicator, KeyIssue, Objective, Output, Pledge
from actionplans.services import donors as donor_services
from actionplans.services import endorsement as endorsement_services
from actionplans.services import key_issues as key_issue_services
from actionplans.services import versions as version_services
from builders.events import event_move_to
from builders.factories import (
    EventFactory,
    OrganisationFactory,
    PartnerOrganisationFactory,
    UserFactory,
)
from cdfacil.models import Organisation
from events.models import Event, Participation
from events.services.people import participation_add

PORTFOLIO = reverse("actionplans:donor_portfolio")


def url(name, event, *args):
    return reverse(f"actionplans:{name}", args=[event.pk, *args])


def build_plan(
    event,
    organisation,
    *,
    actions=2,
    title="Health sector CD plan",
    action_title="Action {number}",
):
    """A plan with one objective, output and indicator (40% to 90%); the actions alternate
    between USD and UGX costs, titled from `action_title`."""
    plan = ActionPlan.objects.create(event=event, title=title)
    objective = Objective.objects.create(plan=plan, title="Stronger district health management")
    output = Output.objects.create(objective=objective, title="District teams trained in planning")
    indicator = Indicator.objects.create(
        output=output,
        description="Districts with an approved annual plan",
        unit="%",
        baseline_value=Decimal("40"),
        baseline_year=2026,
        target_value=Decimal("90"),
        target_year=2028,
    )
    for index in range(actions):
        usd = index % 2 == 0
        action = Action.objects.create(
            output=output,
            title=action_title.format(number=index + 1),
            responsible_organisation=organisation,
            starts_on=datetime.date(2027, 1, 1),
            ends_on=datetime.date(2027, 12, 31),
            estimated_cost=Decimal("120000") if usd else Decimal("5000000"),
            currency="USD" if usd else "UGX",
            order=index,
        )
        action.indicators.add(indicator)
    return plan


def lead_of(event):
    return Participation.objects.get(event=event, role=Participation.Role.CORE_GROUP, is_lead=True)


def freeze(plan, facilitator=None):
    """Freeze the plan in core-group work, the event taken there (back, with a reason, from a
    later phase) first."""
    event_move_to(event=plan.event, phase=Event.Phase.CORE_GROUP_WORK, by=facilitator)
    return version_services.plan_freeze(plan=plan, by=facilitator)


def in_endorsement(version, facilitator=None):
    """The version, its event taken to the endorsement phase: positions may be recorded."""
    event_move_to(event=version.plan.event, phase=Event.Phase.ENDORSEMENT, by=facilitator)
    return version


def close(version, facilitator=None):
    """Close the version's endorsement, in the endorsement phase."""
    in_endorsement(version, facilitator)
    return endorsement_services.endorsement_close(version=version, by=facilitator)


def endorse(plan, facilitator, *, stance="endorse"):
    """Freeze the plan in core-group work and close the endorsement, in the endorsement phase,
    with the lead organisation's `stance`."""
    version = in_endorsement(freeze(plan, facilitator), facilitator)
    lead = lead_of(plan.event).user
    endorsement_services.position_record(
        version=version,
        organisation=lead.organisation,
        stance=stance,
        comment="",
        by=lead,
    )
    return endorsement_services.endorsement_close(version=version)


def endorse_and_publish(plan, facilitator):
    """Freeze the plan, have the lead organisation endorse it, close and publish."""
    return version_services.plan_version_publish(version=endorse(plan, facilitator))


def published_event(facilitator, *, actions=2, **event_fields):
    """A new event with a government lead and an endorsed plan published to donors."""
    event = EventFactory(created_by=facilitator, **event_fields)
    government = OrganisationFactory(kind=Organisation.Kind.GOVERNMENT)
    participation_add(
        event=event,
        user=UserFactory(organisation=government),
        role=Participation.Role.CORE_GROUP,
        is_lead=True,
    )
    plan = build_plan(event, government, actions=actions, title=f"Plan of {event.title}")
    return endorse_and_publish(plan, facilitator)


def make_donor(**fields):
    return UserFactory(is_donor=True, organisation=PartnerOrganisationFactory(), **fields)


def pledge(version, action, donor, amount, currency="USD", status="indicated"):
    return donor_services.pledge_save(
        pledge=Pledge(
            action=action,
            version=version,
            donor=donor,
            amount=Decimal(amount),
            currency=currency,
            status=status,
        )
    )


def issue(event, title, **kwargs):
    return key_issue_services.key_issue_create(
        event=event,
        title=title,
        description="",
        source=KeyIssue.Source.GROUP,
        by=None,
        **kwargs,
    )


def vote(client, event, key_issue, htmx=True, **data):
    headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    return client.post(url("ballot_vote", event), {"key_issue": key_issue.pk, **data}, **headers)


def count_queries(client, url):
    """The number of queries one GET of `url` makes; it must answer 200."""
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)
