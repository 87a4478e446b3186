"""The process as data: the standard five-day agenda and the preparation checklist.

Pure functions with no database access; texts are translated into the active language, so the
caller picks the event's language with `translation.override`.
"""

import datetime

from django.utils.translation import gettext as _


def _t(hour: int, minute: int = 0) -> datetime.time:
    return datetime.time(hour, minute)


def default_sessions() -> list[dict]:
    """Day 1 a 3-hour kick-off, days 2-4 core-group sessions, day 5 the endorsement workshop.
    `library` names the method of the method library a session adapts, where one does.

    Long because it is one literal of data: the agenda as the handbook writes it, a session
    a block, its texts made here in the active language."""
    broad, core = "broad_group", "core_group"
    return [
        # Day 1: the kick-off workshop with the broad group, three hours in all.
        dict(
            day=1,
            start_time=_t(9),
            duration_minutes=30,
            kind="kick_off",
            audience=broad,
            title=_("Welcome and purpose of the joint approach"),
            library="plenary_presentation",
            method=_("Plenary presentation"),
            objectives=_(
                "Share why the sector looks at capacity development together and what "
                "the five days will produce."
            ),
            materials=_("Terms of reference; agenda"),
        ),
        dict(
            day=1,
            start_time=_t(9, 30),
            duration_minutes=75,
            kind="kick_off",
            audience=broad,
            title=_("Where the sector stands: stakeholders' views on capacity"),
            method=_("Group work in mixed tables, then plenary"),
            objectives=_(
                "Collect the stakeholders' views of capacity strengths and gaps at "
                "individual, organisational and institutional levels."
            ),
            materials=_("Flip charts; cards; background documents"),
        ),
        dict(
            day=1,
            start_time=_t(10, 45),
            duration_minutes=15,
            kind="break",
            audience=broad,
            title=_("Break"),
        ),
        dict(
            day=1,
            start_time=_t(11),
            duration_minutes=60,
            kind="kick_off",
            audience=broad,
            title=_("Mandate of the core group and the way forward"),
            method=_("Plenary discussion"),
            objectives=_("Agree what the core group will assess and bring back on day 5."),
            materials=_("Core-group nomination list"),
        ),
        # Days 2-4: the core group.
        dict(
            day=2,
            start_time=_t(9),
            duration_minutes=90,
            kind="assessment",
            audience=core,
            title=_("Individual capacity assessment"),
            method=_("Individual scoring, then comparison"),
            objectives=_("Each member scores the capacity framework privately."),
            materials=_("Assessment framework; laptops or phones"),
        ),
        dict(
            day=2,
            start_time=_t(10, 30),
            duration_minutes=15,
            kind="break",
            audience=core,
            title=_("Break"),
        ),
        dict(
            day=2,
            start_time=_t(10, 45),
            duration_minutes=135,
            kind="assessment",
            audience=core,
            title=_("Organisational and institutional capacity"),
            method=_("Facilitated discussion"),
            objectives=_(
                "Assess internal mechanisms, tools and procedures, and the enabling "
                "environment of the sector."
            ),
        ),
        dict(
            day=2,
            start_time=_t(14),
            duration_minutes=150,
            kind="assessment",
            audience=core,
            title=_("State of current capacity-development efforts"),
            method=_("Inventory and rating"),
            objectives=_(
                "List ongoing CD initiatives and rate their ownership, harmonisation "
                "and effectiveness."
            ),
        ),
        dict(
            day=3,
            start_time=_t(9),
            duration_minutes=120,
            kind="assessment",
            audience=core,
            title=_("Consensus on the assessment"),
            method=_("Facilitated consensus, least agreement first"),
            objectives=_("Agree current and desired capacity, with the rationale and any dissent."),
        ),
        dict(
            day=3,
            start_time=_t(11, 15),
            duration_minutes=105,
            kind="key_issues",
            audience=core,
            title=_("Identify key issues"),
            library="dot_voting",
            method=_("Gap analysis and dot voting"),
            objectives=_("Turn the largest gaps into a ranked list of key issues."),
        ),
        dict(
            day=3,
            start_time=_t(14),
            duration_minutes=150,
            kind="action_planning",
            audience=core,
            title=_("Objectives and outputs"),
            library="problem_tree",
            method=_("Results chain in small groups"),
            objectives=_("Set the objectives and outputs that address the key issues."),
        ),
        dict(
            day=4,
            start_time=_t(9),
            duration_minutes=180,
            kind="action_planning",
            audience=core,
            title=_("Actions, responsibilities and costs"),
            method=_("Drafting in small groups"),
            objectives=_(
                "Draft actions with responsible organisations, dates, methods, costs "
                "and indicators."
            ),
        ),
        dict(
            day=4,
            start_time=_t(14),
            duration_minutes=120,
            kind="action_planning",
            audience=core,
            title=_("Organisational set-up for implementation"),
            method=_("Plenary of the core group"),
            objectives=_("Agree the steering and working bodies that will carry the plan."),
        ),
        dict(
            day=4,
            start_time=_t(16, 15),
            duration_minutes=60,
            kind="plenary",
            audience=core,
            title=_("Prepare the endorsement workshop"),
            method=_("Rehearsal"),
            objectives=_("Agree who presents what on day 5."),
        ),
        # Day 5: the broad group endorses.
        dict(
            day=5,
            start_time=_t(9),
            duration_minutes=60,
            kind="endorsement",
            audience=broad,
            title=_("Presentation of the assessment and the key issues"),
            library="plenary_presentation",
            method=_("Plenary presentation by the core group"),
        ),
        dict(
            day=5,
            start_time=_t(10),
            duration_minutes=75,
            kind="endorsement",
            audience=broad,
            title=_("The action plan and its implementation set-up"),
            library="plenary_presentation",
            method=_("Presentation and questions"),
        ),
        dict(
            day=5,
            start_time=_t(11, 15),
            duration_minutes=45,
            kind="endorsement",
            audience=broad,
            title=_("Endorsement"),
            method=_("One position per organisation"),
            objectives=_(
                "Each organisation endorses, endorses with reservations, objects or abstains."
            ),
        ),
    ]


def preparation_tasks() -> list[tuple[int, str, str]]:
    """(days before day 1, task, description), spread over the 2-3 months of preparation."""
    return [
        (
            90,
            _("Agree the terms of reference"),
            _("Facilitators and country stakeholders agree the purpose, scope and outputs."),
        ),
        (
            80,
            _("Confirm funding"),
            _(
                "Facilitators' fees and travel from the donor basket fund; local costs from the "
                "country partners."
            ),
        ),
        (
            70,
            _("Nominate the core group"),
            _(
                "4-6 people, government-led, at most 2 from development partners, with a "
                "government lead."
            ),
        ),
        (
            56,
            _("Gather background documents"),
            _("Sector strategy, reviews, existing capacity assessments and CD programmes."),
        ),
        (
            45,
            _("Adapt the assessment framework"),
            _("Review the questions with the core-group lead and publish the version to use."),
        ),
        (
            42,
            _("Book the venue and local logistics"),
            _("Country partners arrange the venue, equipment, catering and local transport."),
        ),
        (
            35,
            _("Send invitations to the kick-off and endorsement workshops"),
            _("Invite the broad group of sector stakeholders, one or more per organisation."),
        ),
        (
            14,
            _("Confirm participants and the agenda"),
            _("Check registrations, confirm the core group's availability for days 2-4."),
        ),
        (
            3,
            _("Brief the core-group lead"),
            _("Walk through the agenda, roles and the endorsement rule."),
        ),
    ]


def minutes_of(value: datetime.time) -> int:
    """A wall-clock time as minutes since midnight, the unit the agenda's arithmetic uses."""
    return value.hour * 60 + value.minute


def time_of(minutes: int) -> datetime.time:
    return datetime.time(minutes // 60, minutes % 60)


def weekend_days(day1: datetime.date, days: int = 5) -> list[tuple[int, datetime.date]]:
    """(day number, date) of each of the event's days that falls on a Saturday or a Sunday.

    Day 1 is a date in the event's own time zone, so its weekdays are the ones people there live.
    """
    dates = ((number, day1 + datetime.timedelta(days=number - 1)) for number in range(1, days + 1))
    return [(number, date) for number, date in dates if date.weekday() >= 5]


# A day that ends after this hour is shown with a warning: people travel home, and a workshop
# that runs into the evening loses them. A warning, not a refusal: a dinner session is a choice.
LATE_END = datetime.time(18, 0)
# Where a day that had no session starts when one is moved into it.
DAY_START = datetime.time(9, 0)


def day_minutes(sessions) -> tuple[int, int]:
    """(minutes of work, minutes of breaks) planned in a day's sessions."""
    breaks = sum(s.duration_minutes for s in sessions if s.kind == "break")
    return sum(s.duration_minutes for s in sessions) - breaks, breaks


def day_end(sessions) -> int | None:
    """When the day's last session ends, in minutes since midnight; None for an empty day."""
    return max((minutes_of(s.start_time) + s.duration_minutes for s in sessions), default=None)


def ends_late(end_minutes: int | None) -> bool:
    return end_minutes is not None and end_minutes > minutes_of(LATE_END)


def hours_and_minutes(minutes: int) -> tuple[int, int]:
    return divmod(minutes, 60)


def retime(sessions: list, *, slots: list[tuple[datetime.time, int]]) -> int:
    """Give the day's sessions, in their new order, their start times; return the minute the
    day then ends (past 24 * 60 when it would run past midnight, which the caller refuses).

    `slots` is the day as it stood, (start, minutes): the new day starts where it started and
    sessions follow end to end, but none starts inside a gap of the day as it stood (lunch
    from 13:00 to 14:00, say): it waits for the gap's end, so the day's breaks keep their
    clock times. A day that was empty starts at `DAY_START`."""
    gaps, latest = [], None
    for start, minutes in sorted((minutes_of(start), minutes) for start, minutes in slots):
        if latest is not None and start > latest:
            gaps.append((latest, start))
        latest = max(latest or 0, start + minutes)
    clock = min((minutes_of(start) for start, _minutes in slots), default=minutes_of(DAY_START))
    end = clock
    for session in sessions:
        clock = next(
            (gap_end for gap_start, gap_end in gaps if gap_start <= clock < gap_end), clock
        )
        session.start_time = time_of(clock % (24 * 60))
        end = clock = clock + session.duration_minutes
    return end
