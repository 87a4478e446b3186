"""The core group's rules and the facilitators, as the people services enforce them."""

import pytest
from django.core.exceptions import ValidationError

from builders.factories import UserFactory
from events.core_group import core_group_warnings
from events.models import Participation
from events.selectors import people as people_selectors
from events.services import people as people_services
from tests.events.helpers import facilitation, field_messages

pytestmark = pytest.mark.django_db

Role = Participation.Role


class TestCoreGroupLead:
    def test_lead_from_civil_society_is_refused_on_add(self, event, civil_society_org):
        person = UserFactory(organisation=civil_society_org)

        with pytest.raises(ValidationError) as caught:
            people_services.participation_add(
                event=event, user=person, role=Role.CORE_GROUP, is_lead=True
            )

        message = field_messages(caught.value, "is_lead")
        assert "must belong to a government organisation" in message
        assert "Civil society" in message
        assert not Participation.objects.filter(event=event, user=person).exists()

    def test_lead_from_civil_society_is_refused_on_update(self, event, civil_society_org):
        person = UserFactory(organisation=civil_society_org)
        member = people_services.participation_add(event=event, user=person, role=Role.CORE_GROUP)

        with pytest.raises(ValidationError) as caught:
            people_services.participation_update(
                participation=member, role=Role.CORE_GROUP, is_lead=True
            )

        assert "government" in field_messages(caught.value, "is_lead")
        member.refresh_from_db()
        assert member.is_lead is False

    def test_lead_from_government_is_accepted(self, event, government_org):
        person = UserFactory(organisation=government_org)

        member = people_services.participation_add(
            event=event, user=person, role=Role.CORE_GROUP, is_lead=True
        )

        member.refresh_from_db()
        assert member.is_lead is True
        assert member.role == Role.CORE_GROUP

    def test_only_a_core_group_member_can_be_lead(self, event, government_org):
        person = UserFactory(organisation=government_org)

        with pytest.raises(ValidationError) as caught:
            people_services.participation_add(
                event=event, user=person, role=Role.STAKEHOLDER, is_lead=True
            )

        assert "Only a core-group member can be the lead." in caught.value.message_dict["is_lead"]

    def test_a_second_lead_takes_the_flag_from_the_first(
        self, event, government_org, add_core_member
    ):
        first = add_core_member(event, government_org, is_lead=True)

        second = add_core_member(event, government_org, is_lead=True)

        first.refresh_from_db()
        second.refresh_from_db()
        assert first.is_lead is False
        assert second.is_lead is True
        assert list(event.participations.filter(is_lead=True)) == [second]

    def test_making_a_member_lead_by_update_moves_the_flag(
        self, event, government_org, add_core_member
    ):
        first = add_core_member(event, government_org, is_lead=True)
        second = add_core_member(event, government_org)

        people_services.participation_update(
            participation=second, role=Role.CORE_GROUP, is_lead=True
        )

        assert list(event.participations.filter(is_lead=True)) == [second]
        first.refresh_from_db()
        assert first.is_lead is False

    def test_a_person_takes_part_only_once(self, event, government_org, add_core_member):
        member = add_core_member(event, government_org, first_name="Grace", last_name="Auma")

        with pytest.raises(ValidationError) as caught:
            people_services.participation_add(event=event, user=member.user, role=Role.STAKEHOLDER)

        assert caught.value.message_dict["user"] == [
            "Grace Auma already takes part in this event (Core-group member)."
        ]


class TestDevelopmentPartnersInCoreGroup:
    def test_two_development_partners_are_fine(self, event, partner_org, add_core_member):
        add_core_member(event, partner_org)
        add_core_member(event, partner_org)

        assert event.participations.filter(role=Role.CORE_GROUP).count() == 2

    def test_a_third_development_partner_is_refused_with_the_rule(
        self, event, partner_org, add_core_member
    ):
        add_core_member(event, partner_org, first_name="Jonas", last_name="Weber")
        add_core_member(event, partner_org, first_name="Karin", last_name="Berg")
        third = UserFactory(organisation=partner_org)

        with pytest.raises(ValidationError) as caught:
            people_services.participation_add(event=event, user=third, role=Role.CORE_GROUP)

        message = field_messages(caught.value, "role")
        assert "At most 2 may come from development partners" in message
        assert "already has 2 members from development partners" in message
        assert "Jonas Weber" in message and "Karin Berg" in message
        assert not Participation.objects.filter(user=third).exists()

    def test_promoting_a_third_development_partner_to_core_group_is_refused(
        self, event, partner_org, add_core_member
    ):
        add_core_member(event, partner_org)
        add_core_member(event, partner_org)
        stakeholder = people_services.participation_add(
            event=event, user=UserFactory(organisation=partner_org), role=Role.STAKEHOLDER
        )

        with pytest.raises(ValidationError) as caught:
            people_services.participation_update(
                participation=stakeholder, role=Role.CORE_GROUP, is_lead=False
            )

        assert "At most 2" in field_messages(caught.value, "role")
        stakeholder.refresh_from_db()
        assert stakeholder.role == Role.STAKEHOLDER

    def test_a_member_already_counted_may_be_updated(self, event, partner_org, add_core_member):
        add_core_member(event, partner_org)
        second = add_core_member(event, partner_org)

        people_services.participation_update(
            participation=second, role=Role.CORE_GROUP, is_lead=False
        )

        assert event.participations.filter(role=Role.CORE_GROUP).count() == 2

    def test_a_development_partner_as_stakeholder_is_fine(
        self, event, partner_org, add_core_member
    ):
        add_core_member(event, partner_org)
        add_core_member(event, partner_org)

        participation = people_services.participation_add(
            event=event, user=UserFactory(organisation=partner_org), role=Role.STAKEHOLDER
        )

        assert participation.pk is not None
        assert participation.role == Role.STAKEHOLDER


class TestCoreGroupWarnings:
    @pytest.mark.parametrize("size", [3, 7])
    def test_a_size_outside_four_to_six_is_warned(
        self, event, government_org, add_core_member, size
    ):
        add_core_member(event, government_org, is_lead=True)
        for _ in range(size - 1):
            add_core_member(event, government_org)

        warnings = core_group_warnings(members=people_selectors.event_core_group(event=event))

        assert warnings == [
            f"The core group has {size} members; the process works best with 4 to 6."
        ]

    @pytest.mark.parametrize("size", [4, 5, 6])
    def test_four_to_six_with_a_lead_gives_no_warning(
        self, event, government_org, add_core_member, size
    ):
        add_core_member(event, government_org, is_lead=True)
        for _ in range(size - 1):
            add_core_member(event, government_org)

        assert core_group_warnings(members=people_selectors.event_core_group(event=event)) == []

    def test_a_core_group_without_lead_is_warned(self, event, government_org, add_core_member):
        for _ in range(4):
            add_core_member(event, government_org)

        assert core_group_warnings(members=people_selectors.event_core_group(event=event)) == [
            "The core group has no lead yet; the kick-off cannot start without one."
        ]

    def test_stakeholders_do_not_count_as_core_group(
        self, event, government_org, core_group, add_core_member
    ):
        for _ in range(3):
            people_services.participation_add(
                event=event, user=UserFactory(organisation=government_org), role=Role.STAKEHOLDER
            )

        assert core_group_warnings(members=people_selectors.event_core_group(event=event)) == []


class TestFacilitators:
    def test_removing_the_last_facilitator_is_refused(self, event):
        only = facilitation(event)

        with pytest.raises(ValidationError) as caught:
            people_services.participation_remove(participation=only)

        assert caught.value.message_dict["role"] == [
            "An event needs at least one facilitator. Invite another one first."
        ]
        assert Participation.objects.filter(pk=only.pk).exists()

    def test_demoting_the_last_facilitator_is_refused(self, event):
        only = facilitation(event)

        with pytest.raises(ValidationError):
            people_services.participation_update(
                participation=only, role=Role.STAKEHOLDER, is_lead=False
            )

        only.refresh_from_db()
        assert only.role == Role.FACILITATOR

    def test_a_facilitator_may_leave_when_another_remains(self, event):
        first = facilitation(event)
        people_services.participation_add(event=event, user=UserFactory(), role=Role.FACILITATOR)

        people_services.participation_remove(participation=first)

        assert not Participation.objects.filter(pk=first.pk).exists()
        assert event.participations.filter(role=Role.FACILITATOR).count() == 1
