"""Who may see and do what in action plans: key issues and the vote, the plan, the donor
pages and pledges; 403 inside an event and 404 outside it."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from actionplans.models import Action, ActionPlan, Ballot, KeyIssue, Objective, Pledge, Vote
from actionplans.services import donors as donor_services
from actionplans.services import versions as version_services
from builders.factories import UserFactory
from builders.rounds import answered_round
from events.models import Participation
from events.services.people import participation_add
from tests.actionplans.helpers import PORTFOLIO, endorse, issue, make_donor, pledge, url, vote
from tests.helpers import client_for

pytestmark = pytest.mark.django_db


# --- Key issues and the vote -------------------------------------------------------------------


def test_stakeholders_get_403_and_outsiders_404(event, members, stakeholder, outsider):
    key_issue = issue(event, "Weak HR planning")
    stake = client_for(stakeholder)
    assert stake.get(url("key_issue_list", event)).status_code == 403
    assert vote(stake, event, key_issue, dots=1).status_code == 403
    assert stake.get(url("key_issue_create", event)).status_code == 403
    assert stake.post(url("key_issue_create", event), {"title": "Mine"}).status_code == 403
    assert stake.post(url("key_issue_from_gaps", event), {"title": "Mine"}).status_code == 403
    assert stake.post(url("key_issue_delete", event, key_issue.pk)).status_code == 403
    out = client_for(outsider)
    for name, args in [
        ("key_issue_list", []),
        ("key_issue_create", []),
        ("key_issue_from_gaps", []),
        ("key_issue_edit", [key_issue.pk]),
        ("ballot_settings", []),
    ]:
        assert out.get(url(name, event, *args)).status_code == 404
    assert vote(out, event, key_issue, dots=1).status_code == 404
    assert not Vote.objects.exists()
    assert KeyIssue.objects.count() == 1


def test_members_cannot_run_the_ballot_and_facilitators_do_not_vote(event, members, facilitator):
    key_issue = issue(event, "Weak HR planning")
    member = client_for(members[0])
    assert member.get(url("ballot_settings", event)).status_code == 403
    assert member.post(url("ballot_close", event)).status_code == 403
    assert vote(client_for(facilitator), event, key_issue, dots=1).status_code == 403
    assert not Ballot.objects.filter(closed_at__isnull=False).exists()


# --- The plan ----------------------------------------------------------------------------------


def test_outsiders_get_404_and_stakeholders_403(client, event, plan, outsider, civil_society_org):
    action = Action.objects.get()
    pages = [
        url("plan_detail", event),
        url("plan_part_edit", event, "action", action.pk),
        url("plan_part_create", event, "objective"),
        url("plan_history", event),
        url("plan_freeze", event),
    ]
    client.force_login(outsider)
    for page in pages:
        assert client.get(page).status_code == 404, page
    stakeholder = UserFactory(organisation=civil_society_org)
    participation_add(event=event, user=stakeholder, role=Participation.Role.STAKEHOLDER)
    client.force_login(stakeholder)
    for page in pages:
        assert client.get(page).status_code == 403, page


def test_object_of_another_plan_is_404(fclient, event, plan, make_event, facilitator):
    other_event = make_event(title="Education")
    other_plan = ActionPlan.objects.create(event=other_event, title="Other")
    objective = Objective.objects.create(plan=other_plan, title="Elsewhere")
    assert fclient.get(url("plan_part_edit", event, "objective", objective.pk)).status_code == 404
    assert fclient.get(url("plan_part_edit", event, "unknown", objective.pk)).status_code == 404


# --- Donors and pledges ------------------------------------------------------------------------


def test_portfolio_empty_state_and_who_may_see_it(donor, event, core_group):
    response = client_for(donor).get(PORTFOLIO)
    assert response.status_code == 200
    assert "No action plan has been published to donors yet." in response.content.decode()
    assert client_for(core_group[0].user).get(PORTFOLIO).status_code == 403
    assert Client().get(PORTFOLIO).status_code == 302


def test_donors_never_see_drafts_unpublished_versions_or_answers(
    plan, facilitator, donor, event, core_group
):
    not_published = endorse(plan, facilitator)
    rejected = endorse(plan, facilitator, stance="object")
    members = [member.user for member in core_group]
    assessment_round = answered_round(event=event, members=members, scores=None, submitted=False)
    answers = assessment_round.responses.first()
    client = client_for(donor)
    forbidden = [
        reverse("actionplans:donor_plan", args=[not_published.pk]),
        reverse("actionplans:donor_plan", args=[rejected.pk]),
        reverse("actionplans:pledge_create", args=[not_published.pk, plan.objectives.first().pk]),
        f"/events/{event.pk}/",
        f"/events/{event.pk}/plan/",
        f"/events/{event.pk}/plan/versions/{not_published.number}/",
        f"/events/{event.pk}/plan/history/",
        reverse("actionplans:plan_pledges", args=[event.pk]),
        reverse("actionplans:plan_dashboard", args=[event.pk]),
        reverse("assessments:round_list", args=[event.pk]),
        reverse("assessments:response", args=[event.pk, answers.pk]),
        reverse("assessments:results", args=[event.pk, assessment_round.pk]),
        reverse("assessments:consensus", args=[event.pk, assessment_round.pk]),
        reverse("events:people", args=[event.pk]),
    ]
    for page in forbidden:
        assert client.get(page).status_code in (403, 404), page
    # The version becomes visible only once published.
    version_services.plan_version_publish(version=not_published)
    assert client.get(forbidden[0]).status_code == 200
    assert client.get(forbidden[1]).status_code == 404


def test_another_donors_pledge_cannot_be_edited(version, donor):
    other_donor = make_donor()
    action = Action.objects.filter(output__objective__plan=version.plan).first()
    theirs = pledge(version, action, other_donor, "7000")
    url = reverse("actionplans:pledge_edit", args=[theirs.pk])
    client = client_for(donor)
    assert client.get(url).status_code == 404
    response = client.post(url, {"amount": "1", "currency": "USD", "status": "indicated"})
    assert response.status_code == 404
    theirs.refresh_from_db()
    assert theirs.amount == Decimal("7000")
    with pytest.raises(ValidationError, match="only your own pledges"):
        theirs.amount = Decimal("1")
        donor_services.pledge_save(pledge=theirs, by=donor)
    hijacked = Pledge.objects.get(pk=theirs.pk)
    hijacked.donor = donor
    with pytest.raises(ValidationError, match="only your own pledges"):
        donor_services.pledge_save(pledge=hijacked)


def test_only_donors_pledge(version, event, core_group):
    action = Action.objects.filter(output__objective__plan=version.plan).first()
    url = reverse("actionplans:pledge_create", args=[version.pk, action.pk])
    assert client_for(core_group[0].user).get(url).status_code == 403
    assert client_for(UserFactory()).get(url).status_code == 404


def test_facilitators_and_core_group_see_the_pledges_stakeholders_do_not(
    version, donor, event, facilitator, core_group
):
    action = Action.objects.filter(output__objective__plan=version.plan).first()
    pledge(version, action, donor, "43210", status="committed")
    url = reverse("actionplans:plan_pledges", args=[event.pk])
    for person in [facilitator, core_group[1].user]:
        response = client_for(person).get(url)
        assert response.status_code == 200
        content = response.content.decode()
        assert "43,210.00\xa0USD" in content and str(donor.organisation) in content
        assert donor.email not in content
    stakeholder = UserFactory()
    participation_add(event=event, user=stakeholder, role=Participation.Role.STAKEHOLDER)
    assert client_for(stakeholder).get(url).status_code == 403
    # A stakeholder may read the version but not who pledged what.
    page = client_for(stakeholder).get(reverse("actionplans:donor_plan", args=[version.pk]))
    assert page.status_code == 200 and "43,210" not in page.content.decode()
