"""The network's writes: each rule and each refusal a secretariat or a member would notice."""

import datetime
import re

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from builders.factories import EventFactory, OrganisationFactory, UserFactory
from builders.networks import NetworkFactory, cluster_add, member_add, secretariat_add
from cdfacil.models import AuditEntry
from networks.models import (
    ClusterMembership,
    Network,
    NetworkEvent,
    NetworkInvitation,
    NetworkMember,
    Representative,
    SecretariatSeat,
)
from networks.roles import read_roles
from networks.services import invitations
from networks.services import network as services
from networks.services.invitations import InvitationError

pytestmark = pytest.mark.django_db
Role = NetworkInvitation.Role
BASE = "https://cdfacil.test"


@pytest.fixture
def network():
    return NetworkFactory(name="Globalt Fokus")


@pytest.fixture
def secretariat(network):
    return secretariat_add(network)


def messages_of(caught) -> str:
    return " ".join(caught.value.messages)


def audit_of(network):
    return [e for e in AuditEntry.objects.all() if e.details.get("network") == network.pk]


def token_from_outbox() -> str:
    assert len(mail.outbox) == 1
    return re.search(r"/networks/invitations/(?P<token>[^/\s]+)/", mail.outbox[0].body)["token"]


class TestNetwork:
    def test_an_administrator_creates_a_network(self):
        admin = UserFactory(is_superuser=True)
        network = services.network_create(
            by=admin, data={"name": "Basket fund", "language": "fr", "time_zone": "Africa/Dakar"}
        )
        assert Network.objects.get(pk=network.pk).time_zone == "Africa/Dakar"

    def test_nobody_else_creates_one(self, secretariat):
        with pytest.raises(ValidationError):
            services.network_create(by=secretariat, data={"name": "Mine"})
        assert not Network.objects.filter(name="Mine").exists()

    def test_the_secretariat_edits_its_details_but_a_representative_may_not(
        self, network, secretariat
    ):
        services.network_update(network=network, by=secretariat, data={"acronym": "GF"})
        assert Network.objects.get(pk=network.pk).acronym == "GF"
        rep = member_add(network).rep
        with pytest.raises(ValidationError):
            services.network_update(network=network, by=rep, data={"acronym": "X"})

    def test_an_update_touches_only_the_network_s_fields(self, network, secretariat):
        with pytest.raises(ValidationError) as caught:
            services.network_update(network=network, by=secretariat, data={"created_at": None})
        assert "created_at" in caught.value.message_dict

    def test_a_wrong_time_zone_is_refused(self, network, secretariat):
        with pytest.raises(ValidationError) as caught:
            services.network_update(network=network, by=secretariat, data={"time_zone": "Mars/X"})
        assert "time_zone" in caught.value.message_dict


class TestMembers:
    def test_an_organisation_joins_and_it_is_recorded(self, network, secretariat):
        organisation = OrganisationFactory(name="CARE Danmark")
        member = services.member_add(network=network, by=secretariat, organisation=organisation)
        assert member.is_active
        assert any("CARE Danmark joined" in e.summary for e in audit_of(network))

    def test_a_member_cannot_join_twice(self, network, secretariat):
        member = member_add(network)
        with pytest.raises(ValidationError) as caught:
            services.member_add(network=network, by=secretariat, organisation=member.organisation)
        assert "is a member already" in messages_of(caught)
        assert "organisation" in caught.value.message_dict

    def test_a_representative_cannot_add_a_member(self, network):
        rep = member_add(network).rep
        with pytest.raises(ValidationError):
            services.member_add(network=network, by=rep, organisation=OrganisationFactory())

    def test_leaving_keeps_the_member_and_ends_its_representatives_access(
        self, network, secretariat
    ):
        member = member_add(network)
        assert read_roles(member.rep, network).representative
        services.member_leave(member=member, by=secretariat)
        member.refresh_from_db()
        assert member.left_at is not None
        assert Representative.objects.filter(member=member).exists()  # its history stays
        assert not read_roles(member.rep, network).representative
        assert not member.rep.has_perm("networks.view_network", NetworkFactory.build(pk=network.pk))

    def test_leaving_ends_its_cluster_memberships_with_the_date(self, network, secretariat):
        convener = member_add(network)
        cluster = cluster_add(network, convener)
        member = member_add(network)
        ClusterMembership.objects.create(cluster=cluster, member=member, joined_at=timezone.now())
        services.member_leave(member=member, by=secretariat)
        assert ClusterMembership.objects.get(member=member).left_at is not None

    def test_a_convener_cannot_leave_and_is_told_why(self, network, secretariat):
        convener = member_add(network)
        cluster_add(network, convener, theme="Health workforce")
        with pytest.raises(ValidationError) as caught:
            services.member_leave(member=convener, by=secretariat)
        assert "convenes the cluster Health workforce" in messages_of(caught)
        convener.refresh_from_db()
        assert convener.left_at is None

    def test_a_member_that_left_cannot_leave_again(self, network, secretariat):
        member = member_add(network)
        services.member_leave(member=member, by=secretariat)
        with pytest.raises(ValidationError) as caught:
            services.member_leave(member=member, by=secretariat)
        assert "left the network already" in messages_of(caught)

    def test_a_former_member_joins_again_with_a_new_date(self, network, secretariat):
        member = member_add(network)
        services.member_leave(member=member, by=secretariat)
        again = services.member_add(
            network=network, by=secretariat, organisation=member.organisation
        )
        assert again.pk == member.pk and again.is_active
        assert NetworkMember.objects.filter(network=network).count() == 1

    def test_a_representative_cannot_make_a_member_leave(self, network):
        member = member_add(network)
        with pytest.raises(ValidationError):
            services.member_leave(member=member, by=member_add(network).rep)


class TestPeople:
    def test_the_last_secretariat_person_cannot_be_removed(self, network, secretariat):
        seat = SecretariatSeat.objects.get(user=secretariat)
        with pytest.raises(ValidationError) as caught:
            services.secretariat_remove(seat=seat, by=secretariat)
        assert "last person of the secretariat" in messages_of(caught)
        assert SecretariatSeat.objects.filter(pk=seat.pk).exists()

    def test_one_of_two_can_be_removed(self, network, secretariat):
        other = secretariat_add(network)
        services.secretariat_remove(seat=SecretariatSeat.objects.get(user=other), by=secretariat)
        assert not read_roles(other, network).secretariat

    def test_a_representative_cannot_remove_the_secretariat(self, network, secretariat):
        secretariat_add(network)
        with pytest.raises(ValidationError):
            services.secretariat_remove(
                seat=SecretariatSeat.objects.get(user=secretariat), by=member_add(network).rep
            )
        assert read_roles(secretariat, network).secretariat

    def test_a_representative_is_removed_and_loses_access(self, network, secretariat):
        member = member_add(network)
        rep = Representative.objects.get(member=member)
        services.representative_remove(representative=rep, by=secretariat)
        assert not read_roles(member.rep, network).in_network

    def test_a_representative_cannot_remove_another(self, network):
        member = member_add(network)
        with pytest.raises(ValidationError):
            services.representative_remove(
                representative=Representative.objects.get(member=member), by=member.rep
            )


class TestInvitations:
    def send(self, network, by, **fields):
        fields = {
            "email": "ana@example.org",
            "full_name": "Ana Lopes",
            "role": Role.SECRETARIAT,
            **fields,
        }
        if fields["role"] == Role.SECRETARIAT:
            fields.setdefault("organisation", OrganisationFactory())
        return invitations.invitation_send(network=network, by=by, base_url=BASE, **fields)

    def test_a_new_person_joins_the_secretariat_by_the_link(
        self, network, secretariat, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            self.send(network, secretariat)
        invitation = invitations.invitation_from_token(token_from_outbox())
        user = invitations.invitation_accept(invitation=invitation)
        assert user.email == "ana@example.org" and not user.has_usable_password()
        assert read_roles(user, network).secretariat
        actions = {e.action for e in audit_of(network)}
        assert {AuditEntry.Action.INVITATION_SENT, AuditEntry.Action.INVITATION_ACCEPTED} <= actions

    def test_a_representative_speaks_for_their_member(self, network, secretariat):
        member = member_add(network, representative=False)
        invitation = self.send(
            network, secretariat, role=Role.REPRESENTATIVE, organisation=member.organisation
        )
        user = invitations.invitation_accept(invitation=invitation)
        assert user.organisation == member.organisation
        assert read_roles(user, network).member_ids == {member.pk}

    def test_a_link_works_once(self, network, secretariat):
        invitation = self.send(network, secretariat)
        invitations.invitation_accept(invitation=invitation)
        with pytest.raises(InvitationError) as caught:
            invitations.invitation_accept(invitation=invitation)
        assert caught.value.reason == "used"

    def test_an_expired_link_is_refused(self, network, secretariat):
        invitation = self.send(network, secretariat)
        NetworkInvitation.objects.filter(pk=invitation.pk).update(
            expires_at=timezone.now() - datetime.timedelta(minutes=1)
        )
        with pytest.raises(InvitationError) as caught:
            invitations.invitation_from_token(invitations.invitation_token(invitation))
        assert caught.value.reason == "expired"

    def test_a_tampered_link_is_refused(self):
        with pytest.raises(InvitationError) as caught:
            invitations.invitation_from_token("not-a-token")
        assert caught.value.reason == "invalid"

    def test_a_withdrawn_link_is_refused(self, network, secretariat):
        invitation = self.send(network, secretariat)
        invitations.invitation_withdraw(invitation=invitation, by=secretariat)
        with pytest.raises(InvitationError) as caught:
            invitations.invitation_accept(invitation=invitation)
        assert caught.value.reason == "withdrawn"
        assert any(e.action == AuditEntry.Action.INVITATION_WITHDRAWN for e in audit_of(network))

    def test_a_representative_cannot_withdraw_an_invitation(self, network, secretariat):
        invitation = self.send(network, secretariat)
        with pytest.raises(ValidationError):
            invitations.invitation_withdraw(invitation=invitation, by=member_add(network).rep)
        invitation.refresh_from_db()
        assert invitation.revoked_at is None

    def test_an_existing_account_of_the_member_accepts_and_keeps_its_password(
        self, network, secretariat
    ):
        member = member_add(network, representative=False)
        person = UserFactory(organisation=member.organisation)
        invitation = self.send(
            network,
            secretariat,
            email=person.email,
            role=Role.REPRESENTATIVE,
            organisation=member.organisation,
        )
        assert invitations.invitation_accept(invitation=invitation) == person
        person.refresh_from_db()
        assert person.has_usable_password()
        assert read_roles(person, network).member_ids == {member.pk}

    def test_an_accepted_invitation_cannot_be_withdrawn(self, network, secretariat):
        invitation = self.send(network, secretariat)
        invitations.invitation_accept(invitation=invitation)
        with pytest.raises(ValidationError) as caught:
            invitations.invitation_withdraw(invitation=invitation, by=secretariat)
        assert "already been accepted" in messages_of(caught)

    def test_a_newer_invitation_replaces_the_waiting_one(self, network, secretariat):
        first = self.send(network, secretariat)
        self.send(network, secretariat, email="ANA@example.org")
        with pytest.raises(InvitationError):
            invitations.invitation_accept(invitation=first)

    def test_a_representative_only_for_a_current_member(self, network, secretariat):
        member = member_add(network)
        services.member_leave(member=member, by=secretariat)
        with pytest.raises(ValidationError) as caught:
            self.send(
                network, secretariat, role=Role.REPRESENTATIVE, organisation=member.organisation
            )
        assert "member" in caught.value.message_dict

    def test_a_person_of_another_organisation_cannot_represent_a_member(self, network, secretariat):
        member = member_add(network)
        someone = UserFactory(email="someone@example.org")
        with pytest.raises(ValidationError) as caught:
            self.send(
                network,
                secretariat,
                email=someone.email,
                role=Role.REPRESENTATIVE,
                organisation=member.organisation,
            )
        assert "belongs to the organisation they speak for" in messages_of(caught)

    def test_someone_in_the_secretariat_already_is_refused(self, network, secretariat):
        with pytest.raises(ValidationError) as caught:
            self.send(network, secretariat, email=secretariat.email)
        assert "in the secretariat already" in messages_of(caught)

    def test_a_representative_already_is_refused(self, network, secretariat):
        member = member_add(network)
        with pytest.raises(ValidationError) as caught:
            self.send(
                network,
                secretariat,
                email=member.rep.email,
                role=Role.REPRESENTATIVE,
                organisation=member.organisation,
            )
        assert "represents" in messages_of(caught)

    def test_a_member_that_left_meanwhile_refuses_the_link(self, network, secretariat):
        member = member_add(network, representative=False)
        invitation = self.send(
            network, secretariat, role=Role.REPRESENTATIVE, organisation=member.organisation
        )
        services.member_leave(member=member, by=secretariat)
        with pytest.raises(ValidationError):
            invitations.invitation_accept(invitation=invitation)

    def test_a_new_person_of_the_secretariat_needs_an_organisation(self, network, secretariat):
        with pytest.raises(ValidationError) as caught:
            self.send(network, secretariat, organisation=None)
        assert "works for" in caught.value.message_dict["organisation"][0]

    def test_a_representative_cannot_invite(self, network):
        rep = member_add(network).rep
        with pytest.raises(ValidationError):
            self.send(network, rep)


class TestEvents:
    def test_a_secretariat_person_who_facilitates_puts_the_event_in(self, network, secretariat):
        event = EventFactory(created_by=secretariat)
        link = services.network_event_add(network=network, event=event, by=secretariat)
        assert NetworkEvent.objects.get(event=event) == link
        assert any("put in the network" in e.summary for e in audit_of(network))

    def test_the_secretariat_cannot_add_an_event_it_does_not_facilitate(self, network, secretariat):
        with pytest.raises(ValidationError) as caught:
            services.network_event_add(network=network, event=EventFactory(), by=secretariat)
        assert "facilitates the event" in messages_of(caught)

    def test_a_facilitator_outside_the_secretariat_cannot(self, network):
        facilitator = UserFactory()
        event = EventFactory(created_by=facilitator)
        with pytest.raises(ValidationError):
            services.network_event_add(network=network, event=event, by=facilitator)

    def test_an_event_belongs_to_one_network_and_the_refusal_names_it(self, network):
        admin = UserFactory(is_superuser=True)
        event = EventFactory(title="Health 2026")
        services.network_event_add(network=network, event=event, by=admin)
        other = NetworkFactory(name="Basket fund")
        with pytest.raises(ValidationError) as caught:
            services.network_event_add(network=other, event=event, by=admin)
        assert "Health 2026 belongs to the network Globalt Fokus already." in messages_of(caught)

    def test_a_representative_cannot_take_an_event_out(self, network, secretariat):
        event = EventFactory(created_by=secretariat)
        link = services.network_event_add(network=network, event=event, by=secretariat)
        with pytest.raises(ValidationError):
            services.network_event_remove(link=link, by=member_add(network).rep)
        assert NetworkEvent.objects.filter(pk=link.pk).exists()

    def test_taking_an_event_out_keeps_the_event(self, network, secretariat):
        event = EventFactory(created_by=secretariat)
        link = services.network_event_add(network=network, event=event, by=secretariat)
        services.network_event_remove(link=link, by=secretariat)
        event.refresh_from_db()
        assert not NetworkEvent.objects.filter(event=event).exists()


def test_a_focal_point_who_leaves_the_secretariat_no_longer_manages_the_cluster(
    network, secretariat
):
    """Named on a cluster and representing a member too, a focal point removed from the
    secretariat loses the cluster: the cluster has no focal point until another is named."""
    from builders.networks import cluster_add, member_add
    from networks.models import Cluster, SecretariatSeat
    from networks.services.network import secretariat_remove

    convener = member_add(network)
    focal = member_add(network).rep  # represents a member, not the convener
    seat = SecretariatSeat.objects.create(network=network, user=focal)
    cluster = cluster_add(network, convener, focal_person=focal)
    assert focal.has_perm("networks.manage_cluster", Cluster.objects.get(pk=cluster.pk))

    secretariat_remove(seat=seat, by=secretariat)

    cluster = Cluster.objects.get(pk=cluster.pk)
    assert cluster.focal_person is None
    assert not focal.has_perm("networks.manage_cluster", cluster)
