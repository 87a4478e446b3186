"""The network's pages: what each person sees, forms that keep what was typed, confirmations
before what cannot be undone, and the queries each page makes, pinned with two rows or more
of every list."""

import datetime
import re
import types

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from builders.factories import EventFactory, OrganisationFactory, UserFactory
from builders.networks import NetworkFactory, cluster_add, member_add, round_add, secretariat_add
from networks.models import (
    Allocation,
    Candidate,
    NeedsRound,
    NetworkEvent,
    NetworkInvitation,
    NetworkMember,
    Representative,
    SecretariatSeat,
)
from networks.services.invitations import invitation_token

pytestmark = pytest.mark.django_db


def url(name, network, *args):
    return reverse(f"networks:{name}", args=[network.pk, *args])


@pytest.fixture
def rich(db):
    """A network with two of everything its pages list."""
    now = timezone.now()
    network = NetworkFactory(name="Globalt Fokus", time_zone="Europe/Copenhagen")
    people = {"secretariat": secretariat_add(network, first_name="Sara", last_name="Holm")}
    secretariat_add(network, first_name="Bo", last_name="Berg")
    members = [member_add(network, name=f"Member {i}") for i in range(3)]
    Representative.objects.create(
        member=members[0], user=UserFactory(organisation=members[0].organisation)
    )
    people["rep"] = members[1].rep
    former = member_add(network, name="Former member")
    NetworkMember.objects.filter(pk=former.pk).update(left_at=now)
    cluster_add(network, members[0], theme="Health workforce")
    cluster_add(network, members[2], theme="Civic space")
    round_ = round_add(network, year=now.year, closes_at=now + datetime.timedelta(days=20))
    for member in members[:2]:
        Candidate.objects.create(
            round=round_, source="member", member=member, title=f"Need of {member}"
        )
    Allocation.objects.create(round=round_, member=members[0], cast_by=members[0].rep)
    round_add(
        network,
        year=now.year - 1,
        status=NeedsRound.Status.PUBLISHED,
        published_at=now - datetime.timedelta(days=200),
    )
    for i in range(2):
        NetworkEvent.objects.create(network=network, event=EventFactory(title=f"Event {i}"))
        NetworkInvitation.objects.create(
            network=network,
            email=f"person{i}@example.org",
            full_name=f"Person {i}",
            role="secretariat",
            organisation=OrganisationFactory(),
            expires_at=now + datetime.timedelta(days=10),
        )
    people["donor"] = UserFactory(is_donor=True)
    people["admin"] = UserFactory(is_superuser=True, is_staff=True)
    return types.SimpleNamespace(network=network, people=people, members=members, round=round_)


def signed_in(client, user):
    client.force_login(user)
    return client


class TestOverview:
    def test_a_representative_sees_the_deadline_and_what_their_organisation_has_left(
        self, client, rich
    ):
        page = signed_in(client, rich.people["rep"]).get(url("detail", rich.network))
        text = page.content.decode()
        assert "Your next step" in text
        assert "Member 1" in text
        assert "shared-needs round is open until" in text
        assert "Your organisation has submitted its needs." in text
        assert "Your organisation has not spread its points yet." in text

    def test_the_secretariat_sees_what_waits_for_it(self, client, rich):
        text = signed_in(client, rich.people["secretariat"]).get(url("detail", rich.network))
        text = text.content.decode()
        assert "2 candidate needs wait to be consolidated." in text
        assert "1 ballot cast, of 3 member organisations." in text
        assert "2 invitations wait for an answer." in text
        assert "Event 0" in text and "Preparation" in text
        assert "Edit the network" in text

    def test_a_donor_sees_only_what_is_published(self, client, rich):
        text = signed_in(client, rich.people["donor"]).get(url("detail", rich.network))
        text = text.content.decode()
        assert "was published on" in text
        assert "Health workforce" in text
        for private in ("Member 1", "Event 0", "Your next step", "member organisations", "Open"):
            assert private not in text, private
        assert url("members", rich.network) not in text  # no Members tab

    @pytest.mark.parametrize(("who", "queries"), [("secretariat", 15), ("rep", 15), ("donor", 11)])
    def test_queries(self, client, rich, django_assert_num_queries, who, queries):
        signed_in(client, rich.people[who])
        with django_assert_num_queries(queries):
            client.get(url("detail", rich.network))


class TestNetworkForms:
    def test_an_administrator_creates_a_network_then_invites_its_secretariat(self, client, rich):
        signed_in(client, rich.people["admin"])
        page = client.post(
            reverse("networks:create"),
            {"name": "Basket fund", "language": "fr", "time_zone": "Africa/Dakar"},
        )
        created = rich.network.__class__.objects.get(name="Basket fund")
        assert page.url == url("people", created)

    def test_a_refused_name_keeps_what_was_typed(self, client, rich):
        signed_in(client, rich.people["admin"])
        page = client.post(
            reverse("networks:create"),
            {
                "name": "Globalt Fokus",
                "description": "Kept words",
                "language": "en",
                "time_zone": "UTC",
            },
        )
        assert page.status_code == 200
        assert "Kept words" in page.content.decode()
        assert "already exists" in page.content.decode()

    def test_edit_keeps_what_was_typed_on_an_error(self, client, rich):
        signed_in(client, rich.people["secretariat"])
        page = client.post(
            url("edit", rich.network),
            {"name": "New name", "language": "en", "time_zone": "Mars/Olympus"},
        )
        assert page.status_code == 200
        assert 'value="New name"' in page.content.decode()
        rich.network.refresh_from_db()
        assert rich.network.name == "Globalt Fokus"

    def test_edit_saves(self, client, rich):
        signed_in(client, rich.people["secretariat"])
        client.post(
            url("edit", rich.network),
            {
                "name": "Globalt Fokus",
                "acronym": "GF",
                "language": "fr",
                "time_zone": "Europe/Copenhagen",
            },
        )
        rich.network.refresh_from_db()
        assert (rich.network.acronym, rich.network.language) == ("GF", "fr")


class TestMembers:
    def test_members_with_their_representatives_and_former_members_apart(self, client, rich):
        text = signed_in(client, rich.people["rep"]).get(url("members", rich.network))
        text = text.content.decode()
        assert "Former members" in text
        former_at = text.index("Former members")
        assert "Former member</td>" in text[former_at:]
        assert "Former member</td>" not in text[:former_at]
        assert rich.members[1].rep.display_name in text
        assert url("member_leave", rich.network, rich.members[1].pk) not in text  # no button

    def test_add_an_organisation_chosen_by_its_name(self, client, rich):
        organisation = OrganisationFactory(name="Danish Red Cross", country="DK")
        signed_in(client, rich.people["secretariat"])
        page = client.post(
            url("member_add", rich.network), {"organisation__name": "Danish Red Cross"}
        )
        assert page.status_code == 302
        assert NetworkMember.objects.get(network=rich.network, organisation=organisation)

    def test_add_a_new_organisation(self, client, rich):
        signed_in(client, rich.people["secretariat"])
        client.post(
            url("member_add", rich.network),
            {
                "new_organisation_name": "Ibis",
                "new_organisation_kind": "civil_society",
                "new_organisation_country": "DK",
            },
        )
        assert NetworkMember.objects.get(network=rich.network, organisation__name="Ibis")

    def test_a_member_twice_is_refused_with_the_input_kept(self, client, rich):
        signed_in(client, rich.people["secretariat"])
        page = client.post(
            url("member_add", rich.network),
            {"organisation": rich.members[0].organisation.pk},
        )
        assert page.status_code == 200
        text = page.content.decode()
        assert "is a member already" in text
        assert f'value="{rich.members[0].organisation.pk}"' in text

    def test_a_new_organisation_without_kind_is_refused_and_kept(self, client, rich):
        signed_in(client, rich.people["secretariat"])
        page = client.post(url("member_add", rich.network), {"new_organisation_name": "Ibis"})
        text = page.content.decode()
        assert "Say what kind of organisation it is." in text
        assert 'value="Ibis"' in text

    def test_the_picker_finds_organisations_of_any_country(self, client, rich):
        OrganisationFactory(name="Danish Red Cross", country="DK")
        signed_in(client, rich.people["secretariat"])
        page = client.get(
            url("organisation_search", rich.network), {"organisation__name": "red cross"}
        )
        assert "Danish Red Cross" in page.content.decode()

    def test_leaving_asks_first_then_keeps_the_member_apart(self, client, rich):
        signed_in(client, rich.people["secretariat"])
        member = rich.members[1]
        page = client.get(url("member_leave", rich.network, member.pk))
        assert "stay on record" in page.content.decode()
        member.refresh_from_db()
        assert member.left_at is None
        client.post(url("member_leave", rich.network, member.pk))
        member.refresh_from_db()
        assert member.left_at is not None
        assert client.get(url("detail", rich.network)).status_code == 200
        assert signed_in(client, member.rep).get(url("detail", rich.network)).status_code == 404

    def test_a_convener_cannot_leave_and_the_page_says_why(self, client, rich):
        signed_in(client, rich.people["secretariat"])
        page = client.get(url("member_leave", rich.network, rich.members[0].pk))
        text = page.content.decode()
        assert "convenes the cluster Health workforce" in text
        assert "disabled" in text

    def test_another_network_s_member_is_not_found(self, client, rich):
        other = member_add(NetworkFactory())
        signed_in(client, rich.people["secretariat"])
        assert client.get(url("member_leave", rich.network, other.pk)).status_code == 404

    @pytest.mark.parametrize(
        ("name", "who", "queries"),
        [
            ("members", "rep", 10),
            ("member_add", "secretariat", 8),
            ("member_leave", "secretariat", 10),
        ],
    )
    def test_queries(self, client, rich, django_assert_num_queries, name, who, queries):
        signed_in(client, rich.people[who])
        args = [rich.members[1].pk] if name == "member_leave" else []
        with django_assert_num_queries(queries):
            client.get(url(name, rich.network, *args))


class TestPeople:
    def test_the_page_lists_the_secretariat_representatives_and_invitations(self, client, rich):
        text = signed_in(client, rich.people["secretariat"]).get(url("people", rich.network))
        text = text.content.decode()
        for shown in ("Sara Holm", "Bo Berg", rich.members[1].rep.display_name, "Person 1"):
            assert shown in text

    def test_invite_keeps_the_input_on_an_error(self, client, rich):
        signed_in(client, rich.people["secretariat"])
        page = client.post(
            url("invite", rich.network),
            {"full_name": "Ana Lopes", "email": "ana@example.org", "role": "representative"},
        )
        text = page.content.decode()
        assert "Choose the member organisation they represent." in text
        assert 'value="Ana Lopes"' in text

    def test_invite_a_representative_who_accepts_without_an_account(
        self, client, rich, django_capture_on_commit_callbacks
    ):
        signed_in(client, rich.people["secretariat"])
        member = rich.members[2]
        with django_capture_on_commit_callbacks(execute=True):
            page = client.post(
                url("invite", rich.network),
                {
                    "full_name": "Ana Lopes",
                    "email": "ana@example.org",
                    "role": "representative",
                    "member": member.pk,
                },
            )
        assert page.status_code == 302
        token = re.search(r"/networks/invitations/([^/\s]+)/", mail.outbox[0].body)[1]
        client.logout()
        accept = reverse("networks:invitation_accept", args=[token])
        assert "represent Member 2" in client.get(accept).content.decode()
        page = client.post(accept)
        assert page.url == url("detail", rich.network)
        ana = Representative.objects.get(member=member, user__email="ana@example.org").user
        assert client.get(url("detail", rich.network)).wsgi_request.user == ana

    def test_an_account_with_a_password_signs_in_first(self, client, rich):
        someone = UserFactory(email="known@example.org")
        invitation = NetworkInvitation.objects.create(
            network=rich.network,
            email=someone.email,
            full_name="Known",
            role="secretariat",
            expires_at=timezone.now() + datetime.timedelta(days=3),
        )
        page = client.get(
            reverse("networks:invitation_accept", args=[invitation_token(invitation)])
        )
        assert page.status_code == 302 and "/login" in page.url

    def test_signed_in_the_account_s_owner_accepts(self, client, rich):
        member = rich.members[2]
        person = UserFactory(email="owner@example.org", organisation=member.organisation)
        invitation = NetworkInvitation.objects.create(
            network=rich.network,
            email=person.email,
            full_name="Owner",
            role="representative",
            organisation=member.organisation,
            expires_at=timezone.now() + datetime.timedelta(days=3),
        )
        signed_in(client, person)
        page = client.post(
            reverse("networks:invitation_accept", args=[invitation_token(invitation)])
        )
        assert page.url == url("detail", rich.network)
        assert Representative.objects.filter(member=member, user=person).exists()

    def test_a_broken_link_says_so(self, client):
        page = client.get(reverse("networks:invitation_accept", args=["nope"]))
        assert page.status_code == 400
        assert "not valid" in page.content.decode()

    def test_withdraw_asks_first(self, client, rich):
        invitation = rich.network.invitations.first()
        signed_in(client, rich.people["secretariat"])
        assert (
            client.get(url("invitation_withdraw", rich.network, invitation.pk)).status_code == 200
        )
        invitation.refresh_from_db()
        assert invitation.revoked_at is None
        client.post(url("invitation_withdraw", rich.network, invitation.pk))
        invitation.refresh_from_db()
        assert invitation.revoked_at is not None

    def test_the_last_of_the_secretariat_stays_and_the_page_says_why(self, client, rich):
        signed_in(client, rich.people["secretariat"])
        other = SecretariatSeat.objects.exclude(user=rich.people["secretariat"]).get()
        client.post(url("secretariat_remove", rich.network, other.pk))
        last = SecretariatSeat.objects.get()
        page = client.post(url("secretariat_remove", rich.network, last.pk), follow=True)
        assert "last person of the secretariat" in page.content.decode()
        assert SecretariatSeat.objects.filter(pk=last.pk).exists()

    def test_a_representative_is_removed_after_confirming(self, client, rich):
        signed_in(client, rich.people["secretariat"])
        rep = Representative.objects.get(user=rich.people["rep"])
        assert (
            "What they submitted stays"
            in client.get(url("representative_remove", rich.network, rep.pk)).content.decode()
        )
        client.post(url("representative_remove", rich.network, rep.pk))
        assert not Representative.objects.filter(pk=rep.pk).exists()

    @pytest.mark.parametrize(("name", "queries"), [("people", 11), ("invite", 9)])
    def test_queries(self, client, rich, django_assert_num_queries, name, queries):
        signed_in(client, rich.people["secretariat"])
        with django_assert_num_queries(queries):
            client.get(url(name, rich.network))


class TestEvents:
    def test_the_events_with_their_phase(self, client, rich):
        text = signed_in(client, rich.people["rep"]).get(url("events", rich.network))
        text = text.content.decode()
        assert "Event 0" in text and "Event 1" in text and "Preparation" in text
        assert url("event_add", rich.network) not in text

    def test_the_secretariat_adds_an_event_it_facilitates(self, client, rich):
        secretariat = rich.people["secretariat"]
        mine = EventFactory(title="Water sector", created_by=secretariat)
        EventFactory(title="Someone else's")
        signed_in(client, secretariat)
        form = client.get(url("event_add", rich.network)).content.decode()
        assert "Water sector" in form and "Someone else" not in form
        client.post(url("event_add", rich.network), {"event": mine.pk})
        assert NetworkEvent.objects.get(event=mine).network == rich.network

    def test_an_event_not_offered_is_refused_on_the_form(self, client, rich):
        signed_in(client, rich.people["secretariat"])
        page = client.post(url("event_add", rich.network), {"event": EventFactory().pk})
        assert page.status_code == 200
        assert "Select a valid choice" in page.content.decode()

    def test_taking_an_event_out_asks_first(self, client, rich):
        link = rich.network.event_links.first()
        signed_in(client, rich.people["secretariat"])
        assert (
            "does not change"
            in client.get(url("event_remove", rich.network, link.pk)).content.decode()
        )
        client.post(url("event_remove", rich.network, link.pk))
        assert not NetworkEvent.objects.filter(pk=link.pk).exists()

    @pytest.mark.parametrize(("name", "queries"), [("events", 9), ("event_add", 9)])
    def test_queries(self, client, rich, django_assert_num_queries, name, queries):
        secretariat = rich.people["secretariat"]
        EventFactory(created_by=secretariat)
        EventFactory(created_by=secretariat)
        signed_in(client, secretariat)
        with django_assert_num_queries(queries):
            client.get(url(name, rich.network))


def test_the_list_and_create_queries(client, rich, django_assert_num_queries):
    signed_in(client, rich.people["admin"])
    with django_assert_num_queries(4):
        client.get(reverse("networks:list"))
    with django_assert_num_queries(2):
        client.get(reverse("networks:create"))
