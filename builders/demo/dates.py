"""The demo's calendar: day 1 of each of its three events, counted from today.

Every event runs Monday to Friday, so its five days never hold a weekend. Pure date arithmetic.
"""

import datetime

from events.models import EVENT_DAYS

WEEK = datetime.timedelta(days=7)


def monday_of(day: datetime.date) -> datetime.date:
    """The Monday of `day`'s week (weeks run Monday to Sunday)."""
    return day - datetime.timedelta(days=day.weekday())


def nearest_monday(day: datetime.date) -> datetime.date:
    """The Monday closest to `day`: at most three days before or after it."""
    monday = monday_of(day)
    return monday + WEEK if (day - monday).days > 3 else monday


def demo_day1s(today: datetime.date) -> dict[str, datetime.date]:
    """Day 1 of the demo's events by phase: preparation about six weeks ahead, core-group work in
    this week (Monday to Friday; on a weekend, the week just worked), follow-up held about four
    months ago."""
    return {
        "preparation": nearest_monday(today + 6 * WEEK),
        "core_group_work": monday_of(today),
        "follow_up": nearest_monday(today - datetime.timedelta(days=122)),
    }


def event_day(day1: datetime.date, today: datetime.date) -> int:
    """Which of the five days `today` is (1 to 5; 5 once the days are over)."""
    return max(1, min(EVENT_DAYS, (today - day1).days + 1))
