"""The event itself: its details and its phases."""

import types

import pytest
from django.core.exceptions import ValidationError

from builders.factories import ParticipationFactory, UserFactory
from builders.plans import plan_with_versions
from events.models import Event, Participation
from events.services import event as event_services

pytestmark = pytest.mark.django_db

Role = Participation.Role


@pytest.fixture
def custom_guard():
    """A guard for the kick-off that records its calls; removed again after the test."""
    calls = []
    answer = ["The terms of reference are not signed yet."]

    def guard(event):
        calls.append(event.pk)
        return list(answer)

    event_services.phase_guard_register(Event.Phase.KICK_OFF, guard)
    yield types.SimpleNamespace(calls=calls, answer=answer)
    event_services._PHASE_GUARDS[Event.Phase.KICK_OFF].remove(guard)


class TestPhases:
    def test_kick_off_is_refused_without_a_lead(self, event, government_org, add_core_member):
        for _ in range(4):
            add_core_member(event, government_org)

        with pytest.raises(ValidationError) as caught:
            event_services.event_advance_phase(event=event, to_phase=Event.Phase.KICK_OFF)

        assert caught.value.messages == [
            "The core group has no lead. Mark one core-group member from a government "
            "organisation as lead on the People page."
        ]
        event.refresh_from_db()
        assert event.phase == Event.Phase.PREPARATION

    def test_kick_off_is_refused_with_a_lead_outside_government(self, event, civil_society_org):
        # Written directly: the services would not allow this lead in the first place.
        ParticipationFactory(
            event=event,
            user=UserFactory(organisation=civil_society_org, first_name="Lucy", last_name="Apio"),
            role=Role.CORE_GROUP,
            is_lead=True,
        )

        with pytest.raises(ValidationError) as caught:
            event_services.event_advance_phase(event=event, to_phase=Event.Phase.KICK_OFF)

        assert caught.value.messages == [
            "The lead of the core group, Lucy Apio, does not belong to a government "
            "organisation; the process is government-led."
        ]

    def test_skipping_a_phase_is_refused(self, event, core_group):
        with pytest.raises(ValidationError) as caught:
            event_services.event_advance_phase(event=event, to_phase=Event.Phase.CORE_GROUP_WORK)

        assert caught.value.messages == [
            "The event is in the Preparation phase; the next phase is Kick-off."
        ]
        event.refresh_from_db()
        assert event.phase == Event.Phase.PREPARATION

    def test_kick_off_starts_with_a_government_lead(self, event, core_group):
        advanced = event_services.event_advance_phase(event=event, to_phase=Event.Phase.KICK_OFF)

        assert advanced.phase == Event.Phase.KICK_OFF
        event.refresh_from_db()
        assert event.phase == Event.Phase.KICK_OFF

    def test_kick_off_needs_a_day_one_in_the_agenda(self, event, core_group):
        event.sessions.filter(day=1).delete()

        with pytest.raises(ValidationError) as caught:
            event_services.event_advance_phase(event=event, to_phase=Event.Phase.KICK_OFF)

        assert caught.value.messages == [
            "Day 1 has no sessions in the agenda. Add the kick-off workshop first."
        ]

    def test_a_closed_event_has_no_further_phase(self, event):
        Event.objects.filter(pk=event.pk).update(phase=Event.Phase.CLOSED)

        with pytest.raises(ValidationError) as caught:
            event_services.event_advance_phase(event=event, to_phase=Event.Phase.FOLLOW_UP)

        assert caught.value.messages == ["The event is closed; it has no further phase."]

    def test_the_whole_process_runs_through(self, event, core_group, facilitator):
        """With the plan frozen in core-group work and endorsed on day 5."""
        for phase in Event.Phase.values[1:]:
            if phase == Event.Phase.ENDORSEMENT:
                plan_with_versions(event=event, by=facilitator)
                continue
            event_services.event_advance_phase(event=event, to_phase=phase)

        event.refresh_from_db()
        assert event.phase == Event.Phase.CLOSED
        assert event_services.event_next_phase(event=event) is None


class TestPhaseGuards:
    def test_a_registered_guard_is_consulted(self, event, core_group, custom_guard):
        with pytest.raises(ValidationError) as caught:
            event_services.event_advance_phase(event=event, to_phase=Event.Phase.KICK_OFF)

        assert caught.value.messages == ["The terms of reference are not signed yet."]
        assert custom_guard.calls == [event.pk]
        event.refresh_from_db()
        assert event.phase == Event.Phase.PREPARATION

    def test_a_satisfied_guard_lets_the_event_through(self, event, core_group, custom_guard):
        custom_guard.answer.clear()

        event_services.event_advance_phase(event=event, to_phase=Event.Phase.KICK_OFF)

        event.refresh_from_db()
        assert event.phase == Event.Phase.KICK_OFF
        assert custom_guard.calls == [event.pk]

    def test_blockers_list_every_reason(self, event, custom_guard):
        blockers = event_services.event_phase_blockers(event=event, phase=Event.Phase.KICK_OFF)

        assert len(blockers) == 2
        assert blockers[0].startswith("The core group has no lead.")
        assert blockers[1] == "The terms of reference are not signed yet."


class TestEventUpdate:
    def test_the_phase_is_refused_and_nothing_is_saved(self, event):
        with pytest.raises(ValidationError) as caught:
            event_services.event_update(
                event=event, data={"phase": Event.Phase.CLOSED, "venue": "Elsewhere"}
            )

        assert list(caught.value.message_dict) == ["phase"]
        event.refresh_from_db()
        assert event.phase == Event.Phase.PREPARATION
        assert event.venue != "Elsewhere"

    def test_a_field_outside_the_allowed_list_is_refused(self, event):
        with pytest.raises(ValidationError):
            event_services.event_update(event=event, data={"created_by": None})
        event.refresh_from_db()
        assert event.created_by is not None

    def test_an_allowed_field_is_saved(self, event):
        event_services.event_update(event=event, data={"venue": "Speke Resort, Munyonyo"})

        event.refresh_from_db()
        assert event.venue == "Speke Resort, Munyonyo"
