"""The plan's follow-up through the pages: progress updates, indicator measurements and the
dashboard of late actions."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from actionplans.models import Action, Indicator, IndicatorMeasurement, Output, ProgressUpdate
from actionplans.services import followup as followup_services
from builders.events import event_advance_to
from builders.factories import UserFactory
from events.models import Event, Participation
from events.services.people import participation_add
from tests.actionplans.helpers import build_plan, count_queries, endorse
from tests.helpers import client_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def plan(event, government_org, core_group, facilitator):
    """Two actions, the first costed in USD, the second in UGX; the plan endorsed on day 5 and
    the event in its follow-up, where progress is recorded."""
    plan = build_plan(event, government_org)
    endorse(plan, facilitator)
    event_advance_to(event=event, phase=Event.Phase.FOLLOW_UP)
    return plan


def test_progress_updates_and_measurements(plan, event, core_group):
    action = Action.objects.filter(output__objective__plan=plan).first()
    indicator = Indicator.objects.get(output__objective__plan=plan)
    client = client_for(core_group[0].user)
    today = event.local_today()
    progress_url = reverse("actionplans:progress_create", args=[event.pk, action.pk])
    assert client.get(progress_url).status_code == 200

    response = client.post(
        progress_url,
        {"status": "on_track", "percent_complete": "30", "date": today, "note": "Started"},
    )
    assert response.status_code == 302
    update = ProgressUpdate.objects.get()
    assert (update.status, update.percent_complete, update.recorded_by) == (
        "on_track",
        30,
        core_group[0].user,
    )
    for bad in [
        {"status": "on_track", "percent_complete": "130", "date": today},
        {"status": "late-ish", "percent_complete": "10", "date": today},
        {"status": "on_track", "percent_complete": "10", "date": today + datetime.timedelta(3)},
    ]:
        assert client.post(progress_url, bad).status_code == 200
    assert ProgressUpdate.objects.count() == 1

    measure_url = reverse("actionplans:measurement_create", args=[event.pk, indicator.pk])
    response = client.post(measure_url, {"value": "65", "date": today, "note": "Annual review"})
    assert response.status_code == 302
    assert IndicatorMeasurement.objects.get().value == Decimal("65")
    assert client.post(measure_url, {"value": "x", "date": today}).status_code == 200
    assert IndicatorMeasurement.objects.count() == 1

    stakeholder = UserFactory()
    participation_add(event=event, user=stakeholder, role=Participation.Role.STAKEHOLDER)
    assert client_for(stakeholder).post(progress_url, {}).status_code == 403


def test_dashboard_shows_late_actions_and_indicator_progress(plan, event, core_group):
    member = core_group[0].user
    today = event.local_today()
    output = Output.objects.get(objective__plan=plan)
    overdue = Action.objects.create(
        output=output,
        title="Overdue survey",
        starts_on=today - datetime.timedelta(60),
        ends_on=today - datetime.timedelta(1),
    )
    delayed, on_time = Action.objects.filter(title__in=["Action 1", "Action 2"]).order_by("title")
    finished = Action.objects.create(
        output=output,
        title="Finished workshop",
        starts_on=today - datetime.timedelta(60),
        ends_on=today - datetime.timedelta(10),
    )
    followup_services.progress_record(
        action=delayed, status="delayed", percent_complete=5, date=today, by=member
    )
    followup_services.progress_record(
        action=finished, status="done", percent_complete=100, date=today, by=member
    )
    followup_services.progress_record(
        action=overdue,
        status="on_track",
        percent_complete=80,
        date=today - datetime.timedelta(5),
        by=member,
    )
    indicator = Indicator.objects.get(output__objective__plan=plan)
    followup_services.measurement_record(
        indicator=indicator,
        value=Decimal("50"),
        date=today - datetime.timedelta(30),
        by=member,
    )
    followup_services.measurement_record(
        indicator=indicator, value=Decimal("65"), date=today, by=member
    )

    response = client_for(member).get(reverse("actionplans:plan_dashboard", args=[event.pk]))

    assert response.status_code == 200
    followup = response.context["followup"]
    assert {action.title for action in followup["late"]} == {"Overdue survey", "Action 1"}
    assert on_time not in followup["late"]
    (shown,) = followup["indicators"]
    assert shown.latest_value == Decimal("65")
    assert shown.progress == 50  # 40 -> 65 of 40 -> 90
    assert "50% of the way from baseline to target" in response.content.decode()


def test_dashboard_query_count_is_fixed(plan, event, core_group):
    member = core_group[0].user
    client = client_for(member)
    url = reverse("actionplans:plan_dashboard", args=[event.pk])
    small = count_queries(client, url)
    output = Output.objects.get(objective__plan=plan)
    indicator = Indicator.objects.get(output__objective__plan=plan)
    for index in range(6):
        action = Action.objects.create(output=output, title=f"More {index}")
        followup_services.progress_record(
            action=action,
            status="on_track",
            percent_complete=index,
            date=event.local_today(),
            by=member,
        )
        Indicator.objects.create(output=output, description=f"Indicator {index}")
        followup_services.measurement_record(
            indicator=indicator, value=index, date=event.local_today(), by=member
        )
    assert count_queries(client, url) == small


def test_dashboard_without_a_plan(event, facilitator):
    response = client_for(facilitator).get(reverse("actionplans:plan_dashboard", args=[event.pk]))
    assert response.status_code == 200
    assert "This event has no action plan yet." in response.content.decode()


def _progress_recorded(plan, event, member):
    """Action 1 on track at 40%, the indicator measured at 65 (40 -> 90)."""
    action = Action.objects.get(output__objective__plan=plan, title="Action 1")
    followup_services.progress_record(
        action=action, status="on_track", percent_complete=40, date=event.local_today(), by=member
    )
    followup_services.measurement_record(
        indicator=Indicator.objects.get(output__objective__plan=plan),
        value=Decimal("65"),
        date=event.local_today(),
        by=member,
    )


def test_stakeholders_read_the_follow_up_without_recording(plan, event, core_group):
    _progress_recorded(plan, event, core_group[0].user)
    stakeholder = UserFactory()
    participation_add(event=event, user=stakeholder, role=Participation.Role.STAKEHOLDER)
    client = client_for(stakeholder)
    dashboard = reverse("actionplans:plan_dashboard", args=[event.pk])
    page = client.get(dashboard).content.decode()
    assert "On track · 40%" in page
    assert "Latest 65 (" in page
    assert "50% of the way from baseline to target" in page
    assert "Record progress" not in page and "Record a value" not in page
    # The tab is there for them too.
    assert f'href="{dashboard}"' in client.get(event.get_absolute_url()).content.decode()
    # Reading is all: recording stays with the planners.
    action = Action.objects.get(output__objective__plan=plan, title="Action 1")
    assert (
        client.get(reverse("actionplans:progress_create", args=[event.pk, action.pk])).status_code
        == 403
    )


def test_donors_follow_the_progress_of_a_published_plan(plan, event, core_group, facilitator):
    from actionplans.services import versions as version_services
    from tests.actionplans.helpers import make_donor

    _progress_recorded(plan, event, core_group[0].user)
    version = plan.versions.get()
    donor = client_for(make_donor())
    progress = reverse("actionplans:version_progress", args=[version.pk])
    assert donor.get(progress).status_code == 404  # endorsed, not yet published

    version_services.plan_version_publish(version=version)
    # The draft after the version gains an action: donors read what they were offered.
    Action.objects.create(output=Output.objects.get(objective__plan=plan), title="Drafted later")
    page = donor.get(progress).content.decode()
    assert "Drafted later" not in page
    assert (
        "Drafted later"
        in client_for(core_group[0].user)
        .get(reverse("actionplans:plan_dashboard", args=[event.pk]))
        .content.decode()
    )
    assert "Progress of the plan" in page
    assert "On track · 40%" in page
    assert "Latest 65 (" in page
    assert "Record progress" not in page
    assert (
        progress in donor.get(reverse("actionplans:donor_plan", args=[version.pk])).content.decode()
    )
    version_services.plan_version_withdraw(version=version, by=facilitator, reason="Revised")
    assert donor.get(progress).status_code == 404
    # The event's people still read it.
    assert client_for(core_group[1].user).get(progress).status_code == 200
    # Published again, the plan page links to the progress only if the donor may read it.
    version.refresh_from_db()
    version_services.plan_version_publish(version=version)
    plan_page = donor.get(reverse("actionplans:donor_plan", args=[version.pk])).content.decode()
    assert (progress in plan_page) == (donor.get(progress).status_code == 200)


def test_the_donors_progress_page_queries_do_not_grow(plan, event, core_group, facilitator):
    from actionplans.services import versions as version_services
    from tests.actionplans.helpers import make_donor

    version = version_services.plan_version_publish(version=plan.versions.get())
    client = client_for(make_donor())
    progress = reverse("actionplans:version_progress", args=[version.pk])
    few = count_queries(client, progress)
    member = core_group[0].user
    for day in range(10):
        _progress_recorded(plan, event, member)
        for action in Action.objects.filter(output__objective__plan=plan):
            followup_services.progress_record(
                action=action,
                status="on_track",
                percent_complete=day * 5,
                date=event.local_today() - datetime.timedelta(days=day),
                by=member,
            )
    # The session, the user, the version, the plan, its actions, its indicators (and their
    # levels) and the menu's permissions: the same with ten times the records.
    assert count_queries(client, progress) == few == 9
