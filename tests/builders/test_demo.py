"""The demo tells a true story: three events in three phases, with dates counted from today and
never a weekend inside an event's five days."""

import datetime
import io
import zoneinfo
from unittest import mock

import pytest
from django.core.management import call_command
from django.utils import timezone

from actionplans.models import PlanVersion, Pledge, ProgressUpdate
from assessments.models import AssessmentRound, Response
from builders.demo.content import DEMO_TITLE, FOLLOW_UP_TITLE, PREPARATION_TITLE
from builders.demo.dates import demo_day1s
from events.models import Event, Participation

KAMPALA = zoneinfo.ZoneInfo("Africa/Kampala")
# A Monday, a Tuesday, a Friday, a Saturday and a Sunday, across a month's and a year's end.
TODAYS = [
    datetime.date(2026, 12, 7),
    datetime.date(2026, 12, 29),
    datetime.date(2027, 1, 1),
    datetime.date(2026, 10, 31),
    datetime.date(2027, 2, 28),
]


def five_days(day1: datetime.date) -> list[datetime.date]:
    return [day1 + datetime.timedelta(days=n) for n in range(5)]


def assert_true_dates(day1s: dict, today: datetime.date) -> None:
    for phase, day1 in day1s.items():
        weekend = [day for day in five_days(day1) if day.weekday() >= 5]
        assert not weekend, (phase, today, weekend)
    assert 39 <= (day1s["preparation"] - today).days <= 45  # in about six weeks
    assert day1s["core_group_work"] <= today < day1s["core_group_work"] + datetime.timedelta(7)
    assert 119 <= (today - day1s["follow_up"]).days <= 125  # about four months ago


@pytest.mark.parametrize("today", [TODAYS[0] + datetime.timedelta(days=n) for n in range(60)])
def test_the_demo_dates_never_hold_a_weekend(today):
    assert_true_dates(demo_day1s(today), today)


def frozen_now(today: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(today, datetime.time(10, 30), tzinfo=KAMPALA)


@pytest.mark.django_db
@pytest.mark.parametrize("today", [TODAYS[1], TODAYS[2], TODAYS[4]], ids=["tue", "fri", "sun"])
def test_the_demo_events_are_in_three_phases_with_true_dates(today):
    now = frozen_now(today)
    with mock.patch("django.utils.timezone.now", return_value=now):
        call_command("seed_demo", stdout=io.StringIO())
        events = {event.title: event for event in Event.objects.all()}
        assert {title: event.phase for title, event in events.items()} == {
            PREPARATION_TITLE: Event.Phase.PREPARATION,
            DEMO_TITLE: Event.Phase.CORE_GROUP_WORK,
            FOLLOW_UP_TITLE: Event.Phase.FOLLOW_UP,
        }
        assert_true_dates(
            {
                "preparation": events[PREPARATION_TITLE].day1,
                "core_group_work": events[DEMO_TITLE].day1,
                "follow_up": events[FOLLOW_UP_TITLE].day1,
            },
            today,
        )
        assert {(e.sector, e.country.code) for e in events.values()} == {("health", "UG")}

        # This week: the demo logins in their roles, the baseline open and partly answered.
        week = events[DEMO_TITLE]
        roles = dict(week.participations.values_list("user__username", "role"))
        assert roles["facilitator"] == Participation.Role.FACILITATOR
        assert roles["member1"] == roles["member5"] == Participation.Role.CORE_GROUP
        assert roles["stakeholder1"] == Participation.Role.STAKEHOLDER
        assert week.participations.get(is_lead=True).user.username == "member1"
        baseline = AssessmentRound.objects.get(event=week)
        assert baseline.opens_at < now < baseline.closes_at
        submitted = baseline.responses.filter(status=Response.Status.SUBMITTED).count()
        assert 0 < submitted < 5
        assert not PlanVersion.objects.filter(plan__event=week).exists()

        # Held months ago: the round closed, the plan endorsed and published, pledges, progress.
        held = events[FOLLOW_UP_TITLE]
        day5_evening = datetime.datetime.combine(
            held.date_of_day_5, datetime.time(23, 59), tzinfo=KAMPALA
        )
        assert all(r.closes_at < day5_evening for r in held.assessment_rounds.all())
        version = PlanVersion.objects.get(plan__event=held)
        assert version.status == PlanVersion.Status.ENDORSED
        assert version.frozen_at < version.closed_at < version.published_at < now
        assert timezone.localdate(version.closed_at, KAMPALA) == held.date_of_day_5
        assert held.key_issues.exists() and held.key_issue_ballot.closed_at < version.frozen_at
        assert Pledge.objects.filter(version=version, created_at__lt=now).count() == 3
        progress = ProgressUpdate.objects.filter(action__output__objective__plan__event=held)
        assert progress.count() == 2
        assert all(held.date_of_day_5 < update.date < today for update in progress)
        # Its inventory: efforts already under way, in both currencies, around its dates.
        inventory = list(held.cd_initiatives.all())
        assert len(inventory) == 4
        assert {i.currency for i in inventory} == {"UGX", "USD"}
        assert all(i.starts_on < held.day1 < i.ends_on for i in inventory)
        # The polls put to the room, answered and stopped, on the days of the workshops.
        polls = list(held.polls.all())
        assert len(polls) == 3 and all(poll.status == "closed" for poll in polls)
        assert all(poll.answers.count() >= 9 for poll in polls)
        assert {timezone.localdate(poll.opened_at, KAMPALA) for poll in polls} == {
            held.day1,
            held.date_of_day_5,
        }

        # In preparation: registration open for a day 1 six weeks ahead, nothing assessed.
        ahead = events[PREPARATION_TITLE]
        assert ahead.registration_open and ahead.registration_deadline > now
        assert ahead.registrations.filter(status="pending").count() == 4
        assert not ahead.assessment_rounds.exists()
