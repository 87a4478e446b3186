"""The whole chain through the pages: gaps -> key issues -> votes -> plan -> freeze ->
positions -> endorsed -> published -> donor pledge -> progress update."""

import pytest
from django.urls import reverse
from django.utils import timezone

from actionplans.models import Action, KeyIssue, PlanVersion, Pledge, ProgressUpdate
from assessments.selectors.results import round_results
from assessments.services.rounds import round_close
from builders.factories import OrganisationFactory, UserFactory
from builders.rounds import answered_round
from cdfacil.models import Organisation
from events.models import Participation
from events.services.people import participation_add
from tests.helpers import client_for

pytestmark = pytest.mark.django_db


def test_from_gaps_to_a_donor_pledge_and_progress(
    event, facilitator, core_group, government_org, civil_society_org
):
    """One long story on purpose: each step of the chain works on what the step before made."""
    members = [member.user for member in core_group]
    assessment_round = answered_round(
        event=event,
        members=members,
        scores=lambda index, position: {"current": 1 + (position + index) % 3, "desired": 4},
    )
    # Members see the round's gaps once it has closed.
    round_close(assessment_round=assessment_round, by=facilitator)
    lead, member = client_for(members[0]), client_for(members[1])
    fac = client_for(facilitator)
    plan_url = reverse("actionplans:plan_detail", args=[event.pk])

    # Gaps -> key issues
    gaps_url = reverse("actionplans:key_issue_from_gaps", args=[event.pk])
    page = lead.get(gaps_url)
    assert page.status_code == 200
    priorities = round_results(assessment_round=assessment_round)["priorities"]
    gap_questions = [row["pk"] for row in priorities[:2]]
    response = lead.post(
        gaps_url,
        {
            "round": assessment_round.pk,
            "questions": gap_questions,
            "title": "Weak planning skills in districts",
            "description": "",
        },
    )
    assert response.status_code == 302
    from_gaps = KeyIssue.objects.get(title="Weak planning skills in districts")
    assert sorted(from_gaps.questions.values_list("pk", flat=True)) == sorted(gap_questions)
    lead.post(
        reverse("actionplans:key_issue_create", args=[event.pk]),
        {"title": "Fragmented support to CD", "description": "Many small projects"},
    )
    written = KeyIssue.objects.get(title="Fragmented support to CD")

    # Votes
    vote_url = reverse("actionplans:ballot_vote", args=[event.pk])
    lead.post(vote_url, {"key_issue": from_gaps.pk, "dots": 3})
    member.post(vote_url, {"key_issue": from_gaps.pk, "dots": 2})
    member.post(vote_url, {"key_issue": written.pk, "dots": 1})
    ranking = lead.get(reverse("actionplans:key_issue_list", args=[event.pk])).content.decode()
    assert ranking.index("Weak planning skills") < ranking.index("Fragmented support")
    fac.post(reverse("actionplans:ballot_close", args=[event.pk]))

    # Plan
    assert (
        lead.post(
            reverse("actionplans:plan_create", args=[event.pk]), {"title": "Health CD plan"}
        ).status_code
        == 302
    )
    plan = event.plan
    part = "actionplans:plan_part_create"
    lead.post(reverse(part, args=[event.pk, "objective"]), {"title": "Better planning", "order": 0})
    objective = plan.objectives.get()
    lead.post(
        reverse(part, args=[event.pk, "output"]),
        {"objective": objective.pk, "title": "Planners coached", "order": 0},
    )
    output = objective.outputs.get()
    lead.post(
        reverse(part, args=[event.pk, "indicator"]),
        {
            "output": output.pk,
            "description": "Districts with approved plans",
            "unit": "%",
            "baseline_value": "40",
            "baseline_year": 2026,
            "target_value": "90",
            "target_year": 2028,
            "means_of_verification": "Annual review",
        },
    )
    indicator = output.indicators.get()
    response = lead.post(
        reverse(part, args=[event.pk, "action"]),
        {
            "output": output.pk,
            "title": "Coach district planners",
            "description": "",
            "responsible_organisation": government_org.pk,
            "lead_person": "Sarah",
            "starts_on": "2027-01-01",
            "ends_on": "2027-12-31",
            "cd_method": "coaching",
            "estimated_cost": "120000",
            "currency": "USD",
            "funding_status": "unfunded",
            "status": "planned",
            "key_issues": [from_gaps.pk],
            "indicators": [indicator.pk],
            "order": 0,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    action = Action.objects.get(output=output)

    # Freeze -> positions -> endorsed -> published
    assert fac.post(reverse("actionplans:plan_freeze", args=[event.pk])).status_code == 302
    frozen = PlanVersion.objects.get(plan=plan)
    assert len(frozen.fingerprint) == 64
    start = reverse("events:phase_advance", args=[event.pk])
    assert fac.post(start, {"phase": "endorsement"}).status_code == 302
    version_url = reverse("actionplans:version_position", args=[event.pk, frozen.number])
    lead.post(version_url, {"organisation": government_org.pk, "stance": "endorse", "comment": ""})
    stakeholder = UserFactory(organisation=civil_society_org)
    participation_add(event=event, user=stakeholder, role=Participation.Role.STAKEHOLDER)
    client_for(stakeholder).post(
        version_url,
        {"organisation": civil_society_org.pk, "stance": "reservations", "comment": "Costs"},
    )
    assert frozen.positions.count() == 2
    fac.post(reverse("actionplans:version_close", args=[event.pk, frozen.number]))
    frozen.refresh_from_db()
    assert frozen.status == PlanVersion.Status.ENDORSED
    fac.post(reverse("actionplans:version_publish", args=[event.pk, frozen.number]))
    frozen.refresh_from_db()
    assert frozen.published_at is not None

    # Donor pledge
    donor = UserFactory(
        is_donor=True, organisation=OrganisationFactory(kind=Organisation.Kind.DEVELOPMENT_PARTNER)
    )
    donor_client = client_for(donor)
    portfolio = donor_client.get(reverse("actionplans:donor_portfolio")).content.decode()
    assert frozen.snapshot["title"] in portfolio
    response = donor_client.post(
        reverse("actionplans:pledge_create", args=[frozen.pk, action.pk]),
        {"amount": "50000", "currency": "USD", "status": "committed", "note": ""},
    )
    assert response.status_code == 302
    assert Pledge.objects.get(action=action).amount == 50000
    assert (
        "50,000.00"
        in fac.get(reverse("actionplans:plan_pledges", args=[event.pk])).content.decode()
    )

    # Progress, in the follow-up
    assert fac.post(start, {"phase": "follow_up"}).status_code == 302
    response = lead.post(
        reverse("actionplans:progress_create", args=[event.pk, action.pk]),
        {
            "status": "on_track",
            "percent_complete": 25,
            "date": timezone.localdate().isoformat(),
            "note": "Two districts coached",
        },
    )
    assert response.status_code == 302
    assert ProgressUpdate.objects.get(action=action).percent_complete == 25
    dashboard = lead.get(reverse("actionplans:plan_dashboard", args=[event.pk]))
    assert dashboard.status_code == 200
    assert lead.get(plan_url).status_code == 200
