"""The network's reads: who is listed where, and what the overview tells each person."""

import pytest
from django.utils import timezone

from builders.factories import EventFactory, UserFactory
from builders.networks import NetworkFactory, member_add, round_add, secretariat_add
from networks.models import Allocation, Candidate, NeedsRound, NetworkEvent, NetworkMember
from networks.selectors.network import (
    events_to_add,
    network_for,
    network_home,
    network_members,
    network_people,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def network():
    return NetworkFactory()


def test_former_members_are_listed_apart(network):
    stays, leaves = member_add(network, name="Stays"), member_add(network, name="Leaves")
    NetworkMember.objects.filter(pk=leaves.pk).update(left_at=timezone.now())
    current, former = network_members(network=network)
    assert current == [stays] and former == [leaves]


def test_people_leave_out_representatives_of_former_members(network):
    secretariat_add(network)
    leaves = member_add(network)
    NetworkMember.objects.filter(pk=leaves.pk).update(left_at=timezone.now())
    kept = member_add(network)
    people = network_people(network=network)
    assert [rep.user for rep in people["representatives"]] == [kept.rep]
    assert len(people["seats"]) == 1


def test_a_representative_s_next_step_follows_their_organisation(network):
    member = member_add(network)
    round_ = round_add(network)
    user = member.rep
    home = network_home(network=network_for(user=user, network_pk=network.pk), user=user)
    assert home["my_members"] == [{"member": member, "submitted": False, "voted": False}]
    Candidate.objects.create(round=round_, source="member", member=member, title="Data")
    Allocation.objects.create(round=round_, member=member)
    home = network_home(network=network_for(user=user, network_pk=network.pk), user=user)
    assert home["my_members"][0]["submitted"] and home["my_members"][0]["voted"]
    assert "waiting" not in home


def test_a_donor_gets_no_round_in_progress_and_no_events(network):
    round_add(network, year=2024, status=NeedsRound.Status.PUBLISHED, published_at=timezone.now())
    round_add(network, year=2025)
    NetworkEvent.objects.create(network=network, event=EventFactory())
    donor = UserFactory(is_donor=True)
    home = network_home(network=network_for(user=donor, network_pk=network.pk), user=donor)
    assert home["round"] is None and home["events"] == []
    assert home["published_round"].year == 2024
    assert not home["insider"]


def test_a_donor_does_not_find_a_network_that_published_nothing(network):
    assert network_for(user=UserFactory(is_donor=True), network_pk=network.pk) is None


def test_the_events_to_add_are_the_person_s_own_in_no_network(network):
    secretariat = secretariat_add(network)
    mine = EventFactory(created_by=secretariat)
    linked = EventFactory(created_by=secretariat)
    NetworkEvent.objects.create(network=NetworkFactory(), event=linked)
    EventFactory()
    assert list(events_to_add(network=network, user=secretariat)) == [mine]
    admin = UserFactory(is_superuser=True)
    assert linked not in events_to_add(network=network, user=admin)
