"""The follow-up event's inventory of the capacity-development efforts already under way in the
sector, as its core group listed them: who supports whom, how, for how much and how well."""

import datetime
from decimal import Decimal

from assessments.models import CDInitiative, CDMethod, Level
from assessments.services.inventory import cd_initiative_save

# (title, supporting partner, target organisation, level, method, budget, currency,
#  start and end in days from day 1, effectiveness 1-4, notes)
INITIATIVES = (
    (
        "District health management team leadership programme",
        "who",
        "moh",
        Level.Code.ORGANIZATIONAL,
        CDMethod.COACHING,
        Decimal("480000"),
        "USD",
        (-420, 310),
        3,
        "Coaching of 40 district teams in planning and supervision; the districts visited show "
        "better work plans, but turnover of district health officers erodes the gains.",
    ),
    (
        "Public financial management training for health accountants",
        "mofped",
        "moh",
        Level.Code.INDIVIDUAL,
        CDMethod.TRAINING,
        Decimal("350000000"),
        "UGX",
        (-200, 160),
        2,
        "Two-week courses at the civil service college; attendance is high, but few trainees "
        "apply the new reporting tools once back in their districts.",
    ),
    (
        "Human resources for health information system roll-out",
        "danida",
        "mops",
        Level.Code.INSTITUTIONAL,
        CDMethod.EXPERIENTIAL_LEARNING,
        Decimal("1250000"),
        "USD",
        (-730, 95),
        3,
        "The staff register now covers 112 of 146 districts; the posts it shows as vacant feed "
        "the ministry's recruitment plan.",
    ),
    (
        "Operational research mentoring for district health officers",
        "mak",
        "moh",
        Level.Code.INDIVIDUAL,
        CDMethod.MENTORING,
        Decimal("95000000"),
        "UGX",
        (-60, 420),
        None,
        "Started two months before the event, with 18 officers paired with faculty; too early "
        "to rate.",
    ),
)


def demo_inventory(*, event, orgs) -> list[CDInitiative]:
    """The event's inventory (see INITIATIVES), dated from its day 1."""
    day1 = event.day1
    saved = []
    for title, partner, target, level, method, budget, currency, span, rating, notes in INITIATIVES:
        saved.append(
            cd_initiative_save(
                initiative=CDInitiative(
                    event=event,
                    title=title,
                    supporting_partner=orgs[partner],
                    target_organisation=orgs[target],
                    level=level,
                    method=method,
                    budget=budget,
                    currency=currency,
                    starts_on=day1 + datetime.timedelta(days=span[0]),
                    ends_on=day1 + datetime.timedelta(days=span[1]),
                    rating=rating,
                    notes=notes,
                )
            )
        )
    return saved
