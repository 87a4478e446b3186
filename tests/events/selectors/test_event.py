"""Which events a person sees, and the role annotated on each."""

import pytest
from django.contrib.auth.models import AnonymousUser

from builders.factories import UserFactory
from cdfacil.models import User
from events.models import Participation
from events.selectors import event as event_selectors
from events.services import people as people_services

pytestmark = pytest.mark.django_db

Role = Participation.Role


class TestVisibility:
    def test_a_person_sees_only_the_events_they_take_part_in(
        self, event, facilitator, government_org, make_event, outsider
    ):
        others = make_event(created_by=outsider, title="Water sector")
        member = UserFactory(organisation=government_org)
        people_services.participation_add(event=others, user=member, role=Role.STAKEHOLDER)

        assert list(event_selectors.event_visible_to(user=facilitator)) == [event]
        assert list(event_selectors.event_visible_to(user=outsider)) == [others]
        visible = event_selectors.event_visible_to(user=member)
        assert list(visible) == [others]
        assert visible.get().viewer_role == Role.STAKEHOLDER

    def test_the_viewer_role_is_annotated(self, event, facilitator, core_group):
        assert (
            event_selectors.event_visible_to(user=facilitator).get().viewer_role == Role.FACILITATOR
        )
        lead = core_group[0].user
        assert event_selectors.event_visible_to(user=lead).get().viewer_role == Role.CORE_GROUP

    def test_anonymous_sees_nothing_and_an_administrator_everything(
        self, event, make_event, outsider
    ):
        others = make_event(created_by=outsider, title="Water sector")
        admin = User.objects.create_superuser("root", "root@example.org", "demo")

        assert list(event_selectors.event_visible_to(user=AnonymousUser())) == []
        assert set(event_selectors.event_visible_to(user=admin)) == {event, others}

    def test_the_annotated_role_drives_the_permissions(self, event, facilitator, core_group):
        seen_by_facilitator = event_selectors.event_visible_to(user=facilitator).get()
        member = core_group[1].user
        seen_by_member = event_selectors.event_visible_to(user=member).get()

        assert facilitator.has_perm("events.manage_event", seen_by_facilitator)
        assert member.has_perm("events.view_event", seen_by_member)
        assert not member.has_perm("events.manage_event", seen_by_member)

    def test_a_role_annotated_for_one_person_grants_nothing_to_another(
        self, event, facilitator, outsider
    ):
        # Regression: `_role` trusted `event.viewer_role` whoever asked.
        seen_by_facilitator = event_selectors.event_visible_to(user=facilitator).get()

        assert not outsider.has_perm("events.manage_event", seen_by_facilitator)
