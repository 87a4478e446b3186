"""The People page: roles, the core group, removing someone."""

import pytest
from django.urls import reverse
from django.utils import timezone

from builders.factories import UserFactory
from events.models import ChecklistItem, Invitation, Participation, RegistrationRequest
from events.services import people as people_services
from tests.events.helpers import invite, url

pytestmark = pytest.mark.django_db

Role = Participation.Role


def test_lead_from_civil_society_is_refused_on_the_page(fclient, event, civil_society_org):
    user = UserFactory(organisation=civil_society_org)
    participation = people_services.participation_add(event=event, user=user, role=Role.CORE_GROUP)
    response = fclient.post(
        url("participation_edit", event, participation.pk), {"role": "core_group", "is_lead": "on"}
    )
    assert response.status_code == 200
    assert "must belong to a government organisation" in response.content.decode()
    participation.refresh_from_db()
    assert participation.is_lead is False


def test_third_development_partner_is_refused_on_the_page(
    fclient, event, partner_org, add_core_member
):
    add_core_member(event, partner_org)
    add_core_member(event, partner_org)
    response = fclient.post(
        url("invite", event),
        {
            "full_name": "Third Partner",
            "email": "third@example.org",
            "organisation": partner_org.pk,
            "role": "core_group",
        },
    )
    assert response.status_code == 200
    assert "At most 2 may come from development partners" in response.content.decode()
    assert not Invitation.objects.filter(email="third@example.org").exists()


def test_core_group_size_warning_shown(fclient, event, government_org, add_core_member):
    add_core_member(event, government_org, is_lead=True)
    page = fclient.get(url("people", event)).content.decode()
    assert "The core group has 1 members; the process works best with 4 to 6." in page


def test_removing_the_last_facilitator_is_refused(fclient, event, facilitator):
    participation = event.participations.get(user=facilitator)
    response = fclient.post(url("participation_remove", event, participation.pk), follow=True)
    assert "needs at least one facilitator" in response.content.decode()
    assert event.participations.filter(user=facilitator).exists()


def test_removing_an_owner_frees_their_tasks_and_status_still_changes(fclient, event, core_group):
    member = core_group[1]
    item = event.checklist_items.first()
    item.owner = member.user
    item.save()
    fclient.post(url("participation_remove", event, member.pk))
    item.refresh_from_db()
    assert item.owner is None
    response = fclient.post(url("checklist_item_status", event, item.pk), {"status": "done"})
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.status == ChecklistItem.Status.DONE


def test_stakeholder_as_lead_gets_a_readable_message(fclient, event, stakeholder):
    participation = event.participations.get(user=stakeholder)
    response = fclient.post(
        url("participation_edit", event, participation.pk), {"role": "stakeholder", "is_lead": "on"}
    )
    assert "Only a core-group member can be the lead." in response.content.decode()
    assert "Constraint" not in response.content.decode()


def test_new_lead_says_who_is_no_longer_lead(fclient, event, core_group):
    response = fclient.post(
        url("participation_edit", event, core_group[1].pk),
        {"role": "core_group", "is_lead": "on"},
        follow=True,
    )
    assert f"{core_group[0].user.display_name} is no longer the lead" in response.content.decode()


def test_pending_core_group_invitations_are_counted_as_pending_not_absent(
    fclient, event, facilitator, government_org
):
    for number in range(5):
        invite(
            event,
            facilitator,
            government_org,
            Role.CORE_GROUP,
            email=f"member{number}@example.org",
            full_name=f"Member {number}",
        )
    # An expired invitation and a stakeholder's are not core-group members to come.
    expired = invite(event, facilitator, government_org, Role.CORE_GROUP, email="old@example.org")
    Invitation.objects.filter(pk=expired.pk).update(expires_at=timezone.now())
    invite(event, facilitator, government_org, email="stake@example.org")
    said = (
        "The core group has 0 members, 5 invited and pending: 5 once they accept, within the 4 "
        "to 6 the process works best with."
    )
    for page in ("people", "detail"):
        content = fclient.get(url(page, event)).content.decode()
        assert said in content, page
        assert "The core group has 0 members; the process" not in content
    assert (
        "5 more invited, waiting for an answer."
        in fclient.get(url("detail", event)).content.decode()
    )
    assert "Link expired" in fclient.get(url("people", event)).content.decode()
    assert said in fclient.get(reverse("dashboard")).content.decode()


def test_too_few_even_with_the_pending_ones_is_still_said(
    fclient, event, facilitator, government_org
):
    invite(event, facilitator, government_org, Role.CORE_GROUP)
    content = fclient.get(url("people", event)).content.decode()
    assert (
        "The core group has 0 members, 1 invited and pending; the process works best with 4 to 6."
        in content
    )


def fill(event, facilitator, organisation, times):
    """`times` stakeholders, waiting invitations (half to the core group) and requests."""
    for index in range(times):
        people_services.participation_add(
            event=event,
            user=UserFactory(organisation=organisation),
            role=Role.STAKEHOLDER,
        )
        invite(
            event,
            facilitator,
            organisation,
            Role.CORE_GROUP if index % 2 else Role.STAKEHOLDER,
            email=f"invited{index}@example.org",
        )
        RegistrationRequest.objects.create(
            event=event,
            full_name=f"Asker {index}",
            email=f"asker{index}@example.org",
            organisation=organisation,
        )


# The session, the user, the event with the viewer's role, the participants, the waiting
# invitations, the requests' count and page, and the user's and groups' permissions for the menu.
PEOPLE_QUERIES = 10


@pytest.mark.parametrize("times", [3, 30], ids=["1x", "10x"])
def test_the_people_page_makes_the_same_queries_at_1x_and_10x(
    client, make_event, facilitator, government_org, django_assert_num_queries, times
):
    event = make_event(registration_capacity=100)
    fill(event, facilitator, government_org, times)
    client.force_login(facilitator)
    with django_assert_num_queries(PEOPLE_QUERIES):
        page = client.get(url("people", event)).content.decode()
    assert page.count("registration-row") == times
    assert page.count("Resend the email") == times
