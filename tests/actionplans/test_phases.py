"""The plan's acts in their phases: freezing in core-group work, positions in the endorsement,
publishing and progress after it, each refused in words outside; the confirmation pages of the
acts that cannot be undone; and a published plan withdrawn from donors with a reason."""

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from actionplans.models import Action, PlanVersion
from actionplans.services import endorsement as endorsement_services
from actionplans.services import followup as followup_services
from actionplans.services import key_issues as key_issue_services
from actionplans.services import versions as version_services
from builders.events import event_advance_to, event_move_to
from builders.rounds import answered_round
from cdfacil.models import AuditEntry
from events.models import Event
from events.services.event import event_step_back
from tests.actionplans.helpers import (
    PORTFOLIO,
    build_plan,
    endorse,
    lead_of,
    make_donor,
    pledge,
    url,
)

pytestmark = pytest.mark.django_db

Phase = Event.Phase


def refused(call) -> str:
    with pytest.raises(ValidationError) as caught:
        call()
    return " ".join(caught.value.messages)


def step_back(event, facilitator):
    return event_step_back(event=event, by=facilitator, reason="The costs need a second look.")


@pytest.fixture
def draft(event, core_group, government_org):
    """The event's plan, complete enough to freeze; the event still in preparation."""
    return build_plan(event, government_org)


def test_freezing_is_refused_outside_core_group_work_in_words(fclient, event, draft, facilitator):
    message = (
        "Freezing a version of the plan is open in the Core-group work phase only; the event "
        "is in Preparation."
    )
    assert refused(lambda: version_services.plan_freeze(plan=draft, by=facilitator)) == message
    plan_page = fclient.get(url("plan_detail", event)).content.decode()
    assert message in plan_page
    response = fclient.post(url("plan_freeze", event))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not PlanVersion.objects.exists()


def test_a_position_is_refused_outside_the_endorsement_in_words(
    client, event, draft, facilitator, government_org
):
    event_move_to(event=event, phase=Phase.CORE_GROUP_WORK)
    version = version_services.plan_freeze(plan=draft, by=facilitator)
    lead = lead_of(event).user
    message = (
        "Recording a position on the plan is open in the Endorsement phase only; the event is "
        "in Core-group work."
    )
    assert (
        refused(
            lambda: endorsement_services.position_record(
                version=version, organisation=government_org, stance="endorse", comment="", by=lead
            )
        )
        == message
    )
    client.force_login(lead)
    page = client.get(url("version_detail", event, 1)).content.decode()
    assert message in page
    assert "Record the position" not in page
    assert not version.positions.exists()


def test_publishing_is_refused_before_the_endorsement_in_words(fclient, event, draft, facilitator):
    version = endorse(draft, facilitator)
    step_back(event, facilitator)
    message = (
        "Publishing the plan to donors is open in these phases: Endorsement, Follow-up; the "
        "event is in Core-group work."
    )
    assert (
        refused(lambda: version_services.plan_version_publish(version=version, by=facilitator))
        == message
    )
    page = fclient.get(url("version_detail", event, 1)).content.decode()
    assert message in page
    response = fclient.post(url("version_publish", event, 1), follow=True)
    assert message in response.content.decode()
    assert PlanVersion.objects.get(pk=version.pk).published_at is None


def test_progress_is_refused_before_the_follow_up_in_words(event, draft, facilitator):
    endorse(draft, facilitator)
    action = Action.objects.filter(output__objective__plan=draft).first()
    lead = lead_of(event).user
    message = (
        "Recording progress on the plan is open in the Follow-up phase only; the event is in "
        "Endorsement."
    )
    assert (
        refused(
            lambda: followup_services.progress_record(
                action=action,
                status="on_track",
                percent_complete=10,
                date=event.local_today(),
                by=lead,
            )
        )
        == message
    )
    event_advance_to(event=event, phase=Phase.FOLLOW_UP)
    followup_services.progress_record(
        action=action, status="on_track", percent_complete=10, date=event.local_today(), by=lead
    )


def test_the_vote_closes_only_once_the_baseline_round_is_closed(event, core_group):
    members = [participation.user for participation in core_group]
    answered_round(event=event, members=members)
    assert refused(lambda: key_issue_services.ballot_close(event=event)).startswith(
        "The baseline round is open until "
    )


def test_the_endorsement_waits_for_a_frozen_plan_and_the_follow_up_for_its_close(
    event, draft, facilitator
):
    event = event_advance_to(event=event, phase=Phase.CORE_GROUP_WORK)
    assert refused(lambda: event_advance_to(event=event, phase=Phase.ENDORSEMENT)) == (
        "The plan is not frozen yet: freeze version 1."
    )
    version_services.plan_freeze(plan=draft, by=facilitator)
    event = event_advance_to(event=event, phase=Phase.ENDORSEMENT)
    assert refused(lambda: event_advance_to(event=event, phase=Phase.FOLLOW_UP)) == (
        "The endorsement of version 1 is still open: close it first."
    )
    assert "Version 1 is open for positions: close its endorsement first" in refused(
        lambda: step_back(event, facilitator)
    )


@pytest.mark.parametrize(
    "url_name, question, undone",
    [
        ("plan_freeze", "Freeze a version of the plan?", "frozen"),
        ("ballot_close", "Close the dot vote?", "vote"),
        ("version_close", "Close the endorsement of version 1?", "endorsement"),
        ("version_publish", "Publish version 1 to donors?", "published"),
    ],
)
def test_each_act_that_cannot_be_undone_is_confirmed_on_its_own_page(
    fclient, event, draft, facilitator, url_name, question, undone
):
    event_move_to(event=event, phase=Phase.CORE_GROUP_WORK)
    args = []
    if url_name in ("version_close", "version_publish"):
        version_services.plan_freeze(plan=draft, by=facilitator)
        event_move_to(event=event, phase=Phase.ENDORSEMENT)
        args = [1]
        if url_name == "version_publish":
            lead = lead_of(event).user
            endorsement_services.position_record(
                version=draft.versions.get(),
                organisation=lead.organisation,
                stance="endorse",
                comment="",
                by=lead,
            )
            endorsement_services.endorsement_close(version=draft.versions.get(), by=facilitator)

    def state():
        version = draft.versions.first()
        return {
            "frozen": draft.versions.count(),
            "vote": key_issue_services.ballot_for(event=event).closed_at,
            "endorsement": version and version.status,
            "published": version and version.published_at,
        }[undone]

    before = state()
    response = fclient.get(url(url_name, event, *args))
    assert response.status_code == 200
    assert question in response.content.decode()
    assert state() == before
    assert fclient.post(url(url_name, event, *args)).status_code == 302
    assert state() != before


@pytest.fixture
def pledged(event, draft, facilitator):
    """Version 1 published, with pledges of two donors to its action."""
    version = version_services.plan_version_publish(
        version=endorse(draft, facilitator), by=facilitator
    )
    action = Action.objects.filter(output__objective__plan=draft).first()
    donors = [make_donor(email="marie@donor.example"), make_donor(email="kofi@donor.example")]
    for donor in donors:
        pledge(version, action, donor, "5000")
    return version, donors


def test_a_withdrawal_from_donors_tells_them_and_leaves_the_portfolio(
    fclient, event, pledged, django_capture_on_commit_callbacks
):
    version, donors = pledged
    donor = Client()
    donor.force_login(donors[0])
    plan_link = reverse("actionplans:donor_plan", args=[version.pk])
    assert plan_link in donor.get(PORTFOLIO).content.decode()
    mail.outbox.clear()
    form = fclient.get(url("version_withdraw", event, 1)).content.decode()
    assert "Withdraw version 1 from donors" in form
    with django_capture_on_commit_callbacks(execute=True):
        response = fclient.post(
            url("version_withdraw", event, 1), {"reason": "The ministry revises the costs."}
        )
    assert response.status_code == 302
    assert sorted(message.to[0] for message in mail.outbox) == [
        "kofi@donor.example",
        "marie@donor.example",
    ]
    assert "The ministry revises the costs." in mail.outbox[0].body
    assert plan_link not in donor.get(PORTFOLIO).content.decode()
    assert donor.get(plan_link).status_code == 404
    assert PlanVersion.objects.get(pk=version.pk).published_at is None
    page = fclient.get(url("version_detail", event, 1)).content.decode()
    assert "because:" in page and "The ministry revises the costs." in page
    entry = AuditEntry.objects.get(event_id=event.pk, action=AuditEntry.Action.PLAN_WITHDRAWN)
    assert entry.details["reason"] == "The ministry revises the costs."


def test_a_withdrawal_needs_a_reason(fclient, event, pledged, django_capture_on_commit_callbacks):
    version, _donors = pledged
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = fclient.post(url("version_withdraw", event, 1), {"reason": " "})
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert PlanVersion.objects.get(pk=version.pk).published_at is not None
    assert mail.outbox == []
