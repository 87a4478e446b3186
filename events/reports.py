"""The event's PDF reports: the agenda and run-sheet, and the attendance sign-in sheet."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from cdfacil import reports
from events.models import Event
from events.run_sheet import expected_roles, sign_in_row_height, walk_in_rows
from events.selectors.agenda import agenda_days
from events.selectors.attendance import AUDIENCE_ROLES
from events.selectors.event import event_for as event_for_user
from events.selectors.people import event_participations

# Empty rows after each day's list on the sign-in sheet, for people who come uninvited: as
# many as the page has room for, up to this.
SIGN_IN_BLANK_ROWS = 8


def event_for(user, pk, permission="events.manage_event"):
    """The event when `user` may `permission` it; user None is the worker."""
    if user is None:
        return Event.objects.filter(pk=pk).first()
    event = event_for_user(user=user, event_pk=pk)
    return event if event and user.has_perm(permission, event) else None


reports.participant_event_register(lambda *, user, pk: event_for_user(user=user, event_pk=pk))


def event_facts(event) -> list:
    return [
        event.title,
        event.venue,
        str(event.country),
        event.sector,
        event.time_zone,
        event.day1.isoformat(),
    ]


def agenda_content(event) -> dict:
    return {
        "event": event_facts(event),
        "days": [
            [
                [
                    s.start_time.isoformat(),
                    s.duration_minutes,
                    s.title,
                    s.kind,
                    s.audience,
                    s.method,
                    s.facilitator,
                    s.room,
                    s.objectives,
                    s.materials,
                    s.facilitator_notes,
                ]
                for s in sessions
            ]
            for _day, _date, sessions in agenda_days(event=event)
        ],
    }


def participants_content(event) -> list:
    return [
        [p.user_id, p.user.display_name, str(p.user.organisation or ""), p.role, p.is_lead]
        for p in event_participations(event=event)
    ]


def event_kind(*, name, label, description, template, content, back_to, context, order):
    """A report of one event, which its facilitators ask for on the reports page: loaded for
    those who may manage the event, and returning to the page named `back_to`."""

    def subjects(event, user):
        return [(event, label)] if user.has_perm("events.manage_event", event) else []

    return reports.register(
        reports.ReportKind(
            name=name,
            label=label,
            description=description,
            template=template,
            load_for=event_for,
            content=content,
            back_url=lambda event: reverse(back_to, args=[event.pk]),
            event_of=lambda event: event,
            context=context,
            subjects=subjects,
            order=order,
        )
    )


AGENDA = event_kind(
    name="agenda",
    label=_("Agenda and run-sheet"),
    description=_(
        "each day's sessions as a table: times, facilitator, room, method, materials, "
        "objectives and facilitator notes"
    ),
    template="events/reports/agenda.html",
    content=agenda_content,
    back_to="events:agenda",
    context=lambda event: {"days": agenda_days(event=event)},
    order=20,
)


def sign_in_days(event) -> list[tuple[int, object, list]]:
    """(day number, date, participations, blank rows) for each day with sessions, listing the
    people expected that day: those whose role some session of the day is for (stakeholders on
    the broad group's days only), by organisation and name. Two queries."""
    people = list(
        event_participations(event=event).order_by(
            "user__organisation__name", "user__last_name", "user__first_name"
        )
    )
    days = []
    for number, date, sessions in agenda_days(event=event):
        roles = expected_roles(sessions, AUDIENCE_ROLES)
        if roles:
            expected = [p for p in people if p.role in roles]
            heights = [sign_in_row_height(_sign_in_texts(p.user)) for p in expected]
            blank = range(walk_in_rows(heights, most=SIGN_IN_BLANK_ROWS))
            days.append((number, date, expected, blank))
    return days


def _sign_in_texts(user) -> list[str]:
    return [user.display_name, str(user.organisation or ""), user.job_title, user.email]


def _sign_in_content(event) -> dict:
    # The sheet shows each person's position and email, so they are part of what it prints.
    return {
        "event": event_facts(event),
        "days": [
            [
                number,
                date.isoformat(),
                [[p.user_id, *_sign_in_texts(p.user)] for p in people],
            ]
            for number, date, people, _blank in sign_in_days(event)
        ],
    }


# Contact details are on this sheet because only the event's facilitators may ask for it
# (`event_kind` loads the event for those who may manage it); see DESIGN.md, Donors.
ATTENDANCE = event_kind(
    name="attendance",
    label=_("Attendance sign-in sheet"),
    description=_(
        "a page for each day with sessions, listing the people expected that day, with "
        "position, contact and a signature cell, and a line for the facilitator to certify it"
    ),
    template="events/reports/attendance.html",
    content=_sign_in_content,
    back_to="events:people",
    context=lambda event: {"sign_days": sign_in_days(event)},
    order=30,
)
