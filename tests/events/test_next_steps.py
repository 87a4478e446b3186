"""The next step of each person, on the dashboard and the event overview, by the event's phase
and the person's role, with a frozen clock where time matters."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from actionplans.models import Action, Ballot, ProgressUpdate, Vote
from actionplans.services import endorsement as endorsement_services
from assessments.models import AssessmentRound, Response
from builders.events import event_advance_to
from builders.rounds import answered_round
from events.models import Event, Participation
from events.next_steps import next_steps_for
from events.services.people import participation_add
from tests.actionplans.helpers import (
    build_plan,
    endorse,
    freeze,
    in_endorsement,
    issue,
    make_donor,
    pledge,
)
from tests.actionplans.helpers import endorse_and_publish as publish
from tests.helpers import client_for

pytestmark = pytest.mark.django_db

Role = Participation.Role
DASHBOARD = reverse("dashboard")


def freeze_clock(monkeypatch, moment: datetime.datetime):
    monkeypatch.setattr(timezone, "now", lambda: moment)


def dashboard_card(user) -> str:
    """The dashboard's "Your next step" card as the person sees it."""
    page = client_for(user).get(DASHBOARD).content.decode()
    start = page.index('class="card next-steps')
    return page[start : page.index("</section>", start)]


def rules_of(user, event=None):
    events = [Event.objects.get(pk=event.pk)] if event else []
    return [step.rule for step in next_steps_for(user=user, events=events)]


def test_a_member_is_asked_to_finish_an_unfinished_assessment(event, core_group, facilitator):
    members = [participation.user for participation in core_group]
    assessment_round = answered_round(event=event, members=members, scores=None, submitted=1)
    submitted, unfinished = members[0], members[1]
    response = Response.objects.get(round=assessment_round, respondent=unfinished)

    card = dashboard_card(unfinished)
    assert "Finish your assessment" in card
    assert reverse("assessments:response", args=[event.pk, response.pk]) in card
    assert "the round closes on" in card
    assert "Finish your assessment" not in dashboard_card(submitted)
    assert "Finish your assessment" not in dashboard_card(facilitator)
    # The overview of the event shows the same step.
    overview = client_for(unfinished).get(event.get_absolute_url()).content.decode()
    assert "Your next step" in overview and "Finish your assessment" in overview

    response.status = Response.Status.SUBMITTED
    response.save()
    assert "Nothing is waiting for you now." in dashboard_card(unfinished)


def test_a_closed_round_asks_nothing_any_more(event, core_group, monkeypatch):
    members = [participation.user for participation in core_group]
    assessment_round = answered_round(event=event, members=members, scores=None, submitted=False)
    assert rules_of(members[0], event) == ["assessment_unfinished"]
    freeze_clock(monkeypatch, assessment_round.closes_at + datetime.timedelta(minutes=1))
    assert rules_of(members[0], event) == []


def test_a_facilitator_with_dots_placed_is_asked_to_close_the_vote(event, core_group, facilitator):
    event_advance_to(event=event, phase=Event.Phase.CORE_GROUP_WORK)
    key_issue = issue(event, "Weak district planning")
    assert "Close the dot vote" not in dashboard_card(facilitator)  # no dot placed yet
    Vote.objects.create(key_issue=key_issue, voter=core_group[0].user, dots=2)
    members = [participation.user for participation in core_group]
    baseline = answered_round(event=event, members=members)
    assert "Close the dot vote" not in dashboard_card(facilitator)  # the baseline is still open
    AssessmentRound.objects.filter(pk=baseline.pk).update(
        opens_at=timezone.now() - datetime.timedelta(days=3),
        closes_at=timezone.now() - datetime.timedelta(days=1),
    )

    card = dashboard_card(facilitator)
    assert "Close the dot vote" in card
    assert reverse("actionplans:ballot_close", args=[event.pk]) in card
    assert "Close the dot vote" not in dashboard_card(core_group[0].user)

    Ballot.objects.update_or_create(event=event, defaults={"closed_at": timezone.now()})
    assert "Close the dot vote" not in dashboard_card(facilitator)


def test_an_organisation_without_a_position_is_asked_for_it(
    event, core_group, stakeholder, facilitator, government_org
):
    version = in_endorsement(freeze(build_plan(event, government_org), facilitator), facilitator)
    card = dashboard_card(stakeholder)
    assert "Record your organisation&#x27;s position" in card
    assert reverse("actionplans:version_position", args=[event.pk, version.number]) in card
    assert rules_of(core_group[0].user, event) == ["position_missing"]
    assert (
        rules_of(facilitator, event) == []
    )  # they record on behalf, with no position of their own

    # The lead records the government's position: its other members are no longer asked.
    endorsement_services.position_record(
        version=version,
        organisation=government_org,
        stance="endorse",
        comment="",
        by=core_group[0].user,
    )
    assert rules_of(core_group[1].user, event) == []
    assert rules_of(stakeholder, event) == ["position_missing"]


def test_late_actions_without_progress_ask_their_planners(
    event, core_group, stakeholder, facilitator, government_org, monkeypatch
):
    plan = build_plan(event, government_org)  # two actions ending on 31 December 2027
    endorse(plan, facilitator)
    event_advance_to(event=event, phase=Event.Phase.FOLLOW_UP)
    first, second = Action.objects.filter(output__objective__plan=plan).order_by("order")

    freeze_clock(monkeypatch, datetime.datetime(2027, 12, 31, 12, tzinfo=datetime.UTC))
    assert rules_of(facilitator, event) == []  # not late on its last day
    freeze_clock(monkeypatch, datetime.datetime(2028, 2, 1, 9, tzinfo=datetime.UTC))
    card = dashboard_card(core_group[0].user)
    assert "Report progress on late actions" in card
    assert "2 actions of Health sector capacity development are past their end date" in card
    assert reverse("actionplans:plan_dashboard", args=[event.pk]) in card
    assert rules_of(facilitator, event) == ["actions_late"]
    assert rules_of(stakeholder, event) == []  # stakeholders do not record progress

    # Progress from before the end date does not count; progress since it does.
    ProgressUpdate.objects.create(
        action=first, status="on_track", percent_complete=50, date=datetime.date(2027, 6, 1)
    )
    ProgressUpdate.objects.create(
        action=second, status="delayed", percent_complete=60, date=datetime.date(2028, 1, 15)
    )
    assert "1 action of Health sector capacity development is past its end date" in (
        dashboard_card(core_group[0].user)
    )
    ProgressUpdate.objects.create(
        action=first, status="done", percent_complete=100, date=datetime.date(2027, 12, 20)
    )
    assert rules_of(facilitator, event) == []


def test_a_published_plan_a_month_on_no_longer_lists_the_preparation(
    event, core_group, facilitator, government_org, monkeypatch
):
    """A month after publication, with a delayed action, the facilitator's dashboard shows the
    late action as the next step, not "Confirm funding" from the preparation's checklist."""
    assert event.checklist_items.filter(title="Confirm funding", status="todo").exists()
    assert "Confirm funding" in client_for(facilitator).get(DASHBOARD).content.decode()
    version = publish(build_plan(event, government_org), facilitator)
    event_advance_to(event=event, phase=Event.Phase.FOLLOW_UP)
    freeze_clock(monkeypatch, version.published_at + datetime.timedelta(days=31))
    published = version.published_at.date()
    Action.objects.filter(output__objective__plan__event=event).update(
        starts_on=published - datetime.timedelta(days=100),
        ends_on=published + datetime.timedelta(days=10),
    )
    page = client_for(facilitator).get(DASHBOARD).content.decode()
    assert "Confirm funding" not in page
    assert "Next deadlines" not in page
    assert "Report progress on late actions" in dashboard_card(facilitator)


def test_a_donor_is_asked_to_confirm_a_pledge_indicated_60_days_ago(
    event, core_group, facilitator, government_org, monkeypatch
):
    version = publish(build_plan(event, government_org), facilitator)
    donor = make_donor(first_name="Marie")
    action, other = Action.objects.filter(output__objective__plan__event=event).order_by("order")
    indicated = pledge(version, action, donor, "50000")
    pledge(version, other, donor, "20000", currency="UGX", status="committed")
    made = indicated.created_at

    freeze_clock(monkeypatch, made + datetime.timedelta(days=59))
    assert rules_of(donor) == []
    # A donor in no event lands on the portfolio while nothing waits for them.
    assert client_for(donor).get(DASHBOARD).url == reverse("actionplans:donor_portfolio")

    freeze_clock(monkeypatch, made + datetime.timedelta(days=61))
    steps = next_steps_for(user=donor, events=[])
    assert [step.rule for step in steps] == ["pledge_indicated"]  # the committed one is not
    card = dashboard_card(donor)
    assert "Confirm your pledge" in card
    assert "Action 1" in card
    assert reverse("actionplans:pledge_edit", args=[indicated.pk]) in card
    assert (
        reverse("actionplans:donor_portfolio") in client_for(donor).get(DASHBOARD).content.decode()
    )

    indicated.status = "committed"
    indicated.save()
    assert rules_of(donor) == []


def test_steps_come_most_pressing_first_and_only_for_the_person(
    make_event, core_group, event, facilitator
):
    """A person in two events sees the steps of both on the dashboard, the assessment first,
    and on each overview only that event's."""
    other = make_event(title="Education sector")
    member = core_group[1].user
    participation_add(event=other, user=member, role=Role.CORE_GROUP, is_lead=True)
    answered_round(event=event, members=[member], scores=None, submitted=False)
    answered_round(event=other, members=[member], scores=None, submitted=False)
    steps = next_steps_for(user=member, events=Event.objects.filter(pk__in=[event.pk, other.pk]))
    assert [(step.rule, step.event_id) for step in steps] == [
        ("assessment_unfinished", event.pk),
        ("assessment_unfinished", other.pk),
    ] or [(step.rule, step.event_id) for step in steps] == [
        ("assessment_unfinished", other.pk),
        ("assessment_unfinished", event.pk),
    ]
    overview = client_for(member).get(other.get_absolute_url()).content.decode()
    assert (
        "Education sector" in overview
        and "Health sector capacity development"
        not in (overview[overview.index("next-steps") : overview.index("</section>")])
    )
    assert rules_of(core_group[2].user, event) == []


def test_the_dashboard_asks_a_fixed_number_of_queries_whatever_the_events(
    facilitator, django_assert_num_queries
):
    """Each rule asks once for all the events of the page: events at every phase, once and then
    four times over, cost the same."""
    from builders.events import event_at_phase

    def events_at_every_phase():
        for phase in [Event.Phase.CORE_GROUP_WORK, Event.Phase.ENDORSEMENT]:
            event_at_phase(phase=phase, created_by=facilitator)
        event = event_at_phase(phase=Event.Phase.FOLLOW_UP, created_by=facilitator)
        Action.objects.filter(output__objective__plan__event=event).update(
            starts_on=datetime.date(2020, 1, 1), ends_on=datetime.date(2020, 6, 30)
        )

    client = client_for(facilitator)
    events_at_every_phase()
    # The dashboard's own (9) with the menu's Networks entry (1), then one per rule for the
    # phases on the page: the assessment, the vote, the positions, and the late actions'
    # planners and actions.
    with django_assert_num_queries(15):
        page = client.get(DASHBOARD).content.decode()
    assert page.count("Report progress on late actions") == 1
    for _ in range(3):
        events_at_every_phase()
    with django_assert_num_queries(15):
        page = client.get(DASHBOARD).content.decode()
    assert page.count("Report progress on late actions") == 4


def test_the_demo_logins_each_have_a_sensible_next_step(monkeypatch):
    """On the Tuesday of this week's event: members who have not submitted finish their
    assessment, the facilitator and the core group report on the study tour that ended a month
    ago in the event held four months ago, and the donor confirms the pledges indicated in its
    fifth week."""
    import io
    import zoneinfo

    from django.core.management import call_command

    from cdfacil.models import User
    from events.selectors.event import event_visible_to

    now = datetime.datetime(2026, 12, 29, 10, 30, tzinfo=zoneinfo.ZoneInfo("Africa/Kampala"))
    freeze_clock(monkeypatch, now)
    call_command("seed_demo", stdout=io.StringIO())

    def steps(username):
        user = User.objects.get(username=username)
        return [
            step.what
            for step in next_steps_for(user=user, events=list(event_visible_to(user=user)))
        ]

    assert steps("facilitator") == ["Report progress on late actions"]
    assert steps("member1") == ["Report progress on late actions"]  # submitted on Tuesday
    assert steps("member5") == ["Finish your assessment", "Report progress on late actions"]
    assert steps("stakeholder1") == []
    assert steps("donor") == ["Confirm your pledge", "Confirm your pledge"]
    # The donor, in no event, sees them on the dashboard rather than the portfolio.
    page = client_for(User.objects.get(username="donor")).get(DASHBOARD).content.decode()
    assert "Confirm your pledge" in page and reverse("actionplans:donor_portfolio") in page
