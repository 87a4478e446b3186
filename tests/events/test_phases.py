"""The phases govern the work: registration and invitations refused in words outside their
phases, the next phase's blockers on the overview, starting a phase on a confirmation page, and
stepping back one phase with a reason that is kept and shown."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone

from builders.events import event_advance_to
from builders.plans import plan_with_versions
from cdfacil.models import AuditEntry
from events.models import Event, Participation
from events.phases import phase_table
from events.services import event as event_services
from events.services import registration as registration_services
from tests.actionplans.helpers import build_plan, count_queries
from tests.events.helpers import invite, url

pytestmark = pytest.mark.django_db

Phase = Event.Phase
Role = Participation.Role


def refused(call) -> str:
    with pytest.raises(ValidationError) as caught:
        call()
    return " ".join(caught.value.messages)


def test_registration_is_refused_after_the_preparation_in_words(
    client, event, core_group, government_org
):
    Event.objects.filter(pk=event.pk).update(registration_open=True)
    event = event_advance_to(event=event, phase=Phase.KICK_OFF)
    assert refused(
        lambda: registration_services.registration_submit(
            event=event, full_name="Ama Owusu", email="ama@example.org", organisation=government_org
        )
    ) == (
        "Registering for the event is open in the Preparation phase only; the event is in Kick-off."
    )
    page = client.get(f"/register/{event.public_id}/")
    assert page.status_code == 200
    assert "open in the Preparation phase only" in page.content.decode()
    assert not event.registrations.exists()


def test_stakeholders_are_invited_until_the_endorsement_and_members_until_the_close(
    event, core_group, facilitator, government_org, civil_society_org
):
    """A replacement core-group member may be needed for the follow-up round; a new
    stakeholder has no workshop left to attend."""
    plan_with_versions(event=event, by=facilitator)
    event = event_advance_to(event=event, phase=Phase.FOLLOW_UP)
    assert refused(lambda: invite(event, facilitator, civil_society_org)) == (
        "Inviting a stakeholder is open in these phases: Preparation, Kick-off, Core-group work, "
        "Endorsement; the event is in Follow-up."
    )
    replacement = invite(
        event, facilitator, government_org, role=Role.CORE_GROUP, email="new.member@example.org"
    )
    assert replacement.pk
    event = event_advance_to(event=event, phase=Phase.CLOSED)
    assert "the event is in Closed" in refused(
        lambda: invite(
            event, facilitator, government_org, role=Role.CORE_GROUP, email="late@example.org"
        )
    )


def test_the_overview_shows_the_next_phase_with_its_blockers_in_words(
    fclient, event, core_group, government_org
):
    event = event_advance_to(event=event, phase=Phase.CORE_GROUP_WORK)
    page = fclient.get(url("detail", event)).content.decode()
    assert "Next phase: Endorsement" in page
    assert "There is no action plan yet: draft it, then freeze version 1." in page
    assert "Start the Endorsement phase" not in page
    build_plan(event, government_org)
    page = fclient.get(url("detail", event)).content.decode()
    assert "The plan is not frozen yet: freeze version 1." in page


def test_starting_a_phase_is_confirmed_on_its_own_page(fclient, event, core_group):
    page = fclient.get(url("phase_advance", event))
    text = page.content.decode()
    assert page.status_code == 200
    assert "Start the Kick-off phase?" in text
    assert "What closes:" in text and "Registering for the event" in text
    assert Event.objects.get(pk=event.pk).phase == Phase.PREPARATION
    response = fclient.post(url("phase_advance", event), {"phase": "kick_off"}, follow=True)
    assert "The event is now in the Kick-off phase." in response.content.decode()
    assert Event.objects.get(pk=event.pk).phase == Phase.KICK_OFF


def test_the_confirmation_page_offers_no_start_while_blocked(fclient, event):
    text = fclient.get(url("phase_advance", event)).content.decode()
    assert "The core group has no lead." in text
    assert 'class="btn btn-danger" disabled' in text


def test_a_step_back_is_kept_with_its_reason_and_shown(fclient, event, core_group, facilitator):
    event = event_advance_to(event=event, phase=Phase.CORE_GROUP_WORK)
    page = fclient.get(url("phase_step_back", event)).content.decode()
    assert "Step back from Core-group work to Kick-off" in page
    empty = fclient.post(url("phase_step_back", event), {"reason": "  "})
    assert empty.status_code == 200
    assert Event.objects.get(pk=event.pk).phase == Phase.CORE_GROUP_WORK
    response = fclient.post(
        url("phase_step_back", event), {"reason": "Two members missed the kick-off."}, follow=True
    )
    assert "The event is back in the Kick-off phase." in response.content.decode()
    assert Event.objects.get(pk=event.pk).phase == Phase.KICK_OFF
    entry = AuditEntry.objects.get(event_id=event.pk, action=AuditEntry.Action.PHASE_STEPPED_BACK)
    assert entry.details["reason"] == "Two members missed the kick-off."
    assert entry.actor == facilitator
    day = timezone.localtime(entry.created_at, event.tzinfo)
    overview = fclient.get(url("detail", event)).content.decode()
    assert (
        f"Stepped back from Core-group work to Kick-off on {day.day} {day:%b} by Fatima Nakato: "
        "Two members missed the kick-off."
    ) in overview


def test_a_step_back_needs_a_reason_and_a_phase_before(event, facilitator):
    assert (
        refused(lambda: event_services.event_step_back(event=event, by=facilitator, reason="Oops"))
        == "The event is in its first phase; there is none before it."
    )
    assert "Say why" in refused(
        lambda: event_services.event_step_back(event=event, by=facilitator, reason="")
    )


def test_the_architecture_notes_show_the_table_the_code_holds():
    """docs/ARCHITECTURE.md shows what each phase opens; it says what `ACTS` says."""
    notes = (Path(settings.BASE_DIR) / "docs" / "ARCHITECTURE.md").read_text()
    section = notes.split("## What each phase opens", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ")][1:]
    shown = [
        (cells[0], [cell == "open" for cell in cells[1:]])
        for cells in ([cell.strip() for cell in row.strip("|").split("|")] for row in rows)
    ]
    assert shown == phase_table()


def test_the_overview_lists_steps_back_in_a_fixed_number_of_queries(
    fclient, event, core_group, facilitator
):
    def step_back():
        moved = event_advance_to(event=event, phase=Phase.CORE_GROUP_WORK)
        event_services.event_step_back(event=moved, by=facilitator, reason="Once more.")

    step_back()
    one = count_queries(fclient, url("detail", event))
    for _ in range(3):
        step_back()
    assert count_queries(fclient, url("detail", event)) == one
    page = fclient.get(url("detail", event)).content.decode()
    assert page.count("Stepped back from Core-group work to Kick-off") == 4
