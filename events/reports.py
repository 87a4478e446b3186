"""The event's PDF reports: the agenda and run-sheet, and the attendance sign-in sheet."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from cdfacil import reports
from events.models import Event
from events.selectors.agenda import agenda_days
from events.selectors.event import event_for as event_for_user
from events.selectors.people import event_participations

# Empty rows at the end of the sign-in sheet, for people who come without an invitation.
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
    description=_("each day's sessions with objectives, materials and facilitator notes"),
    template="events/reports/agenda.html",
    content=agenda_content,
    back_to="events:agenda",
    context=lambda event: {"days": agenda_days(event=event)},
    order=20,
)


def _sign_in_context(event) -> dict:
    return {
        "participations": event_participations(event=event).order_by(
            "user__organisation__name", "user__last_name", "user__first_name"
        ),
        "sign_days": [
            (number, date) for number, date, sessions in agenda_days(event=event) if sessions
        ],
        "blank_rows": range(SIGN_IN_BLANK_ROWS),
    }


ATTENDANCE = event_kind(
    name="attendance",
    label=_("Attendance sign-in sheet"),
    description=_("every participant, with a signature column for each day with sessions"),
    template="events/reports/attendance.html",
    content=lambda event: {
        "event": event_facts(event),
        "people": participants_content(event),
        "days": [[n, d.isoformat()] for n, d in _sign_in_context(event)["sign_days"]],
    },
    back_to="events:people",
    context=_sign_in_context,
    order=30,
)
