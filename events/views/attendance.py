"""Recording who was present at a session."""

from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _

from cdfacil.web import event_page, form_saved
from events.forms import AttendanceForm
from events.permissions import event_view
from events.selectors.attendance import session_attendance
from events.services import attendance as attendance_services


@event_view("events.manage_event")
def attendance(request, event, pk):
    session = get_object_or_404(event.sessions, pk=pk)
    session.event = event
    rows = session_attendance(session=session)
    participations = [p for p, _present in rows]
    form = AttendanceForm(
        request.POST or None,
        participations=participations,
        initial={"present": [p.pk for p, present in rows if present]},
    )
    return form_saved(
        request,
        form,
        save=lambda form: attendance_services.attendance_record(
            session=session,
            present_ids={int(pk) for pk in form.cleaned_data["present"]},
            by=request.user,
        ),
        success_message=lambda count: (
            _("Attendance saved: %(count)d of %(total)d present.")
            % {"count": count, "total": len(participations)}
        ),
        done_url=reverse("events:agenda", args=[event.pk]),
    ) or event_page(request, event, "events/attendance.html", session=session, form=form, rows=rows)
