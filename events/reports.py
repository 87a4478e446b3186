"""The event's PDF reports: the agenda and run-sheet."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from cdfacil import reports
from events import selectors
from events.models import Event


def _event_for(user, pk):
    if user is None:  # the worker, rendering a job already allowed
        return Event.objects.filter(pk=pk).first()
    event = selectors.event_visible_to(user=user).filter(pk=pk).first()
    return event if event and user.has_perm("events.manage_event", event) else None


def _agenda_content(event):
    return {
        "event": [event.title, event.venue, event.time_zone, event.day1.isoformat()],
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
            for _day, _date, sessions in selectors.agenda_days(event=event)
        ],
    }


AGENDA = reports.register(
    reports.ReportKind(
        name="agenda",
        label=_("Agenda and run-sheet"),
        template="events/reports/agenda.html",
        load_for=_event_for,
        content=_agenda_content,
        back_url=lambda event: reverse("events:agenda", args=[event.pk]),
        context=lambda event: {"days": selectors.agenda_days(event=event)},
    )
)
