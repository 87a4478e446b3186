"""The plan, its history, freezing and endorsement as a browser uses them."""

from decimal import Decimal

import pytest
from django.test import Client

from actionplans.models import Action, ActionPlan, Indicator, Output, PlanVersion
from actionplans.selectors.plan import plan_with_chain
from actionplans.services.versions import plan_snapshot
from builders.events import event_advance_to, event_move_to
from builders.factories import OrganisationFactory, UserFactory
from cdfacil.models import Organisation
from events.models import Event, Participation
from events.services.people import participation_add
from tests.actionplans.helpers import endorse_and_publish, url

pytestmark = pytest.mark.django_db

Phase = Event.Phase


def action_data(action, **changes):
    data = {
        "output": action.output_id,
        "title": action.title,
        "description": action.description,
        "responsible_organisation": action.responsible_organisation_id or "",
        "lead_person": action.lead_person,
        "starts_on": action.starts_on or "",
        "ends_on": action.ends_on or "",
        "cd_method": action.cd_method,
        "estimated_cost": action.estimated_cost if action.estimated_cost is not None else "",
        "currency": action.currency,
        "funding_status": action.funding_status,
        "status": action.status,
        "indicators": [i.pk for i in action.indicators.all()],
        "order": action.order,
        "lock_version": action.lock_version,
    }
    data.update(changes)
    return data


def test_plan_built_end_to_end_and_freeze_refused_then_accepted(
    fclient, event, government_org, core_group
):
    """One story on purpose: the plan is built part by part, then frozen once it is complete."""
    event_advance_to(event=event, phase=Phase.CORE_GROUP_WORK)
    assert "Start the action plan" in fclient.get(url("plan_detail", event)).content.decode()
    assert fclient.post(url("plan_create", event), {"title": "Health CD plan"}).status_code == 302
    plan = ActionPlan.objects.get(event=event)
    fclient.post(url("plan_part_create", event, "objective"), {"title": "Better planning"})
    objective = plan.objectives.get()
    fclient.post(
        url("plan_part_create", event, "output"), {"objective": objective.pk, "title": "Trained"}
    )
    output = Output.objects.get(objective=objective)
    fclient.post(
        url("plan_part_create", event, "action"),
        {
            "output": output.pk,
            "title": "Study tour",
            "funding_status": "unfunded",
            "status": "planned",
            "order": 0,
        },
    )
    action = Action.objects.get(output=output)

    refused = fclient.post(url("plan_freeze", event)).content.decode()
    assert "cannot be frozen yet" in refused
    assert "“Study tour” needs a responsible organisation, start and end dates" in refused
    assert not PlanVersion.objects.exists()

    response = fclient.post(
        url("plan_part_create", event, "indicator"),
        {
            "output": output.pk,
            "description": "Districts with a plan",
            "baseline_year": 2026,
            "target_year": 2028,
        },
    )
    assert response.status_code == 302
    indicator = Indicator.objects.get(output=output)
    response = fclient.post(
        url("plan_part_edit", event, "action", action.pk),
        action_data(
            action,
            responsible_organisation=government_org.pk,
            starts_on="2027-01-01",
            ends_on="2027-06-30",
            estimated_cost="5000",
            currency="usd",
            indicators=[indicator.pk],
        ),
    )
    assert response.status_code == 302, response.content.decode()
    page = fclient.get(url("plan_detail", event)).content.decode()
    assert "5,000.00\xa0USD" in page and "Districts with a plan" in page

    response = fclient.post(url("plan_freeze", event))
    version = PlanVersion.objects.get(plan=plan)
    assert response.url == url("version_detail", event, version.number)
    page = fclient.get(response.url).content.decode()
    assert version.fingerprint in page and len(version.fingerprint) == 64
    assert "Study tour" in page


def test_get_never_changes_state(fclient, event, plan):
    action = Action.objects.get()
    fclient.get(url("plan_freeze", event))
    fclient.get(url("plan_part_delete", event, "action", action.pk))
    assert not PlanVersion.objects.exists() and Action.objects.exists()
    version = PlanVersion.objects.create(plan=plan, number=1, snapshot={}, fingerprint="x" * 64)
    fclient.get(url("version_close", event, 1))
    assert fclient.get(url("version_publish", event, 1)).status_code == 200
    version.refresh_from_db()
    assert version.status == PlanVersion.Status.OPEN and version.published_at is None


@pytest.mark.parametrize(
    "changes, field_error",
    [
        ({"starts_on": "2027-05-01", "ends_on": "2027-01-01"}, "cannot end before it starts"),
        ({"estimated_cost": "-5"}, "greater than or equal to 0"),
        ({"currency": "usd1"}, "at most 3 characters"),
        ({"estimated_cost": "1" * 30}, "no more than 14 digits"),
        ({"title": "Bad\x00title"}, "Null characters are not allowed"),
        ({"description": "x" * 5000}, "at most 4000 characters"),
        ({"output": "1\x00"}, "Null characters are not allowed"),
    ],
)
def test_bad_input_is_refused_and_typed_values_kept(fclient, event, plan, changes, field_error):
    action = Action.objects.get()
    data = action_data(action, lead_person="Dr Kato", **changes)
    response = fclient.post(url("plan_part_edit", event, "action", action.pk), data)
    page = response.content.decode()
    assert response.status_code == 200
    assert field_error in page
    assert 'value="Dr Kato"' in page
    action.refresh_from_db()
    assert action.lead_person == "" and action.lock_version == 0


def test_stale_save_is_refused_with_two_clients_and_typed_value_kept(
    event, plan, facilitator, core_group
):
    action = Action.objects.get()
    first, second = Client(), Client()
    first.force_login(facilitator)
    second.force_login(core_group[0].user)
    edit = url("plan_part_edit", event, "action", action.pk)
    for client in (first, second):
        assert 'name="lock_version" value="0"' in client.get(edit).content.decode()

    assert first.post(edit, action_data(action, title="Coach planners (first)")).status_code == 302
    response = second.post(edit, action_data(action, title="Coach planners (second)"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Someone else also changed “Action” while you were editing" in page
    assert "What changed meanwhile" in page
    assert "Coach planners (first)" in page  # their value in the panel
    assert 'value="Coach planners (second)"' in page  # what this person typed
    action.refresh_from_db()
    assert action.title == "Coach planners (first)" and action.lock_version == 1

    # Having seen the change, the second person saves again on the version shown.
    assert 'name="lock_version" value="1"' in page
    again = second.post(edit, action_data(action, title="Coach planners (second)"))
    assert again.status_code == 302
    action.refresh_from_db()
    assert action.title == "Coach planners (second)" and action.lock_version == 2


def test_history_shows_who_when_old_and_new(fclient, event, plan, facilitator, core_group):
    action = Action.objects.get()
    fclient.post(
        url("plan_part_edit", event, "action", action.pk),
        action_data(action, title="Coach all district planners", estimated_cost="130000"),
    )
    page = fclient.get(url("plan_history", event)).content.decode()
    assert facilitator.display_name in page
    assert "changed" in page
    assert "<del>Coach district planners</del> → <ins>Coach all district planners</ins>" in page
    assert "<del>120000.00</del> → <ins>130000.00</ins>" in page

    member = Client()
    member.force_login(core_group[0].user)
    assert member.get(url("plan_history", event)).status_code == 403


def _add_actions(plan, count, organisation):
    output = Output.objects.filter(objective__plan=plan).first()
    indicator = Indicator.objects.first()
    for n in range(count):
        action = Action.objects.create(
            output=output,
            title=f"Action {n}",
            responsible_organisation=organisation,
            estimated_cost=Decimal(1000 + n),
            currency="EUR" if n % 2 else "USD",
        )
        action.supporting_partners.add(organisation)
        action.indicators.add(indicator)


# Session, user, permissions, the plan with its prefetched chain, totals, versions, menu.


PLAN_PAGE_QUERIES = 19


def test_plan_page_makes_a_fixed_number_of_queries(
    fclient, event, plan, government_org, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as small:
        assert fclient.get(url("plan_detail", event)).status_code == 200
    _add_actions(plan, 7, government_org)
    with CaptureQueriesContext(connection) as large:
        page = fclient.get(url("plan_detail", event)).content.decode()
    assert page.count('id="action-') == 8
    assert len(large) == len(small) == PLAN_PAGE_QUERIES
    assert "127,000.00\xa0USD" not in page  # totals are per currency, not summed across
    assert "3,009.00\xa0EUR" in page  # 1001 + 1003 + 1005


def test_the_plan_page_reads_the_snapshot_from_the_chain_it_already_loaded(
    event, plan, government_org
):
    _add_actions(plan, 5, government_org)
    loaded = plan_with_chain(event=event)
    assert plan_snapshot(plan=loaded, chain_loaded=True) == plan_snapshot(plan=plan)


def test_positions_on_behalf_close_and_publish(
    event, plan, facilitator, core_group, government_org, partner_org, civil_society_org
):
    """One story on purpose: positions, the close and the publication follow on one version."""
    facilitator_client = Client()
    facilitator_client.force_login(facilitator)
    event_advance_to(event=event, phase=Phase.CORE_GROUP_WORK)
    facilitator_client.post(url("plan_freeze", event))
    version = PlanVersion.objects.get()
    event_advance_to(event=event, phase=Phase.ENDORSEMENT)
    detail = url("version_detail", event, 1)

    # A core-group member records their own organisation's position.
    member = Client()
    member.force_login(core_group[0].user)
    # A member cannot record for another organisation: the field is not offered, so their own
    # organisation is used whatever they send.
    response = member.post(
        url("version_position", event, 1),
        {"organisation": partner_org.pk, "stance": "endorse", "comment": "We lead it."},
    )
    assert response.status_code == 302
    assert not version.positions.filter(organisation=partner_org).exists()
    own = version.positions.get(organisation=government_org)
    assert own.stance == "endorse" and own.on_behalf is False

    # Publishing is refused while the endorsement is open.
    facilitator_client.post(url("version_publish", event, 1))
    version.refresh_from_db()
    assert version.published_at is None

    # The facilitator records the partner's position given in the room.
    response = facilitator_client.post(
        url("version_position", event, 1),
        {"organisation": partner_org.pk, "stance": "reservations", "comment": "Budget too high"},
    )
    assert response.status_code == 302
    page = facilitator_client.get(detail).content.decode()
    assert "Recorded on behalf of the organisation by" in page
    assert "Budget too high" in page and "Endorse with reservations" in page

    facilitator_client.post(url("version_close", event, 1))
    version.refresh_from_db()
    assert version.status == PlanVersion.Status.ENDORSED
    # Closed: positions are refused.
    response = member.post(url("version_position", event, 1), {"stance": "object"})
    assert "closed" in response.content.decode()
    assert version.positions.get(organisation=government_org).stance == "endorse"

    # Core-group members may not publish; the facilitator may.
    assert member.post(url("version_publish", event, 1)).status_code == 403
    facilitator_client.post(url("version_publish", event, 1))
    version.refresh_from_db()
    assert version.published_at is not None

    page = facilitator_client.get(url("plan_detail", event)).content.decode()
    assert "This draft is the same as the endorsed version." in page

    # The endorsed version stays as it was; the plan page says the draft differs.
    snapshot = version.snapshot
    action = Action.objects.get()
    facilitator_client.post(
        url("plan_part_edit", event, "action", action.pk), action_data(action, title="Renamed")
    )
    version.refresh_from_db()
    assert version.snapshot == snapshot and version.status == PlanVersion.Status.ENDORSED
    page = facilitator_client.get(url("plan_detail", event)).content.decode()
    assert "The last endorsed version is v1" in page
    assert "This draft differs from it" in page
    assert "Coach district planners" in facilitator_client.get(detail).content.decode()


def test_not_endorsed_shows_reasons_and_cannot_be_published(
    event, plan, facilitator, core_group, government_org, civil_society_org
):
    client = Client()
    client.force_login(facilitator)
    event_advance_to(event=event, phase=Phase.CORE_GROUP_WORK)
    client.post(url("plan_freeze", event))
    event_advance_to(event=event, phase=Phase.ENDORSEMENT)
    stakeholder = UserFactory(organisation=civil_society_org)
    participation_add(event=event, user=stakeholder, role=Participation.Role.STAKEHOLDER)
    other = Client()
    other.force_login(stakeholder)
    assert other.get(url("version_detail", event, 1)).status_code == 200
    other.post(url("version_position", event, 1), {"stance": "object", "comment": "No"})
    client.post(
        url("version_position", event, 1),
        {"organisation": government_org.pk, "stance": "object", "comment": ""},
    )
    client.post(url("version_close", event, 1))
    version = PlanVersion.objects.get()
    assert version.status == PlanVersion.Status.NOT_ENDORSED
    page = client.get(url("version_detail", event, 1)).content.decode()
    assert "Not endorsed, because:" in page
    assert "The lead government organisation did not endorse the plan." in page
    client.post(url("version_publish", event, 1))
    version.refresh_from_db()
    assert version.published_at is None
    # Back in core-group work for version 2. A facilitator can only pick organisations present
    # in the event.
    event_move_to(event=event, phase=Phase.CORE_GROUP_WORK, by=facilitator)
    client.post(url("plan_freeze", event))
    event_move_to(event=event, phase=Phase.ENDORSEMENT, by=facilitator)
    foreign = OrganisationFactory(kind=Organisation.Kind.CIVIL_SOCIETY)
    response = client.post(
        url("version_position", event, 2), {"organisation": foreign.pk, "stance": "endorse"}
    )
    assert "Select a valid choice" in response.content.decode()


@pytest.mark.parametrize("kind", ["objective", "output"])
def test_deleting_the_parent_of_a_published_action_is_refused_on_the_page(
    fclient, event, plan, facilitator, core_group, kind
):
    endorse_and_publish(plan, facilitator)
    part = {"objective": plan.objectives.get(), "output": Output.objects.get()}[kind]
    delete_url = url("plan_part_delete", event, kind, part.pk)
    reason = "published to donors; it cannot be deleted"

    asked = fclient.get(delete_url, follow=True)
    assert reason in asked.content.decode()  # said before anyone confirms
    done = fclient.post(delete_url, follow=True)

    assert done.redirect_chain[-1][0] == url("plan_detail", event)
    assert reason in done.content.decode()
    assert Action.objects.count() == 1 and Output.objects.count() == 1
    assert Indicator.objects.count() == 1
