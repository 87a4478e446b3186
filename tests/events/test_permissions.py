"""The named rules of `events.permissions`: who may view and manage an event."""

import pytest
from django.contrib.auth.models import AnonymousUser

from builders.factories import ParticipationFactory
from cdfacil.models import User
from events.models import Participation

pytestmark = pytest.mark.django_db

Role = Participation.Role


class TestPermissions:
    def test_participants_may_view_and_outsiders_may_not(
        self, event, facilitator, core_group, outsider
    ):
        stakeholder = ParticipationFactory(event=event, role=Role.STAKEHOLDER).user

        assert facilitator.has_perm("events.view_event", event)
        assert core_group[0].user.has_perm("events.view_event", event)
        assert stakeholder.has_perm("events.view_event", event)
        assert not outsider.has_perm("events.view_event", event)
        assert not AnonymousUser().has_perm("events.view_event", event)

    def test_only_facilitators_may_manage(self, event, facilitator, core_group, outsider):
        stakeholder = ParticipationFactory(event=event, role=Role.STAKEHOLDER).user

        assert facilitator.has_perm("events.manage_event", event)
        assert not core_group[0].user.has_perm("events.manage_event", event)
        assert not stakeholder.has_perm("events.manage_event", event)
        assert not outsider.has_perm("events.manage_event", event)

    def test_a_facilitator_of_another_event_may_not_manage_this_one(
        self, event, make_event, outsider
    ):
        make_event(created_by=outsider, title="Water sector")

        assert not outsider.has_perm("events.manage_event", event)
        assert not outsider.has_perm("events.view_event", event)

    def test_an_administrator_may_do_everything(self, event):
        admin = User.objects.create_superuser("root", "root@example.org", "demo")

        assert admin.has_perm("events.view_event", event)
        assert admin.has_perm("events.manage_event", event)

    def test_the_core_group_may_see_the_core_group(self, event, core_group):
        stakeholder = ParticipationFactory(event=event, role=Role.STAKEHOLDER).user

        assert core_group[1].user.has_perm("events.view_core_group", event)
        assert not stakeholder.has_perm("events.view_core_group", event)
