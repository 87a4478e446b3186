"""Recording who was present at a session."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from cdfacil.web import apply_errors
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
    if request.method == "POST" and form.is_valid():
        try:
            count = attendance_services.attendance_record(
                session=session,
                present_ids={int(pk) for pk in form.cleaned_data["present"]},
                by=request.user,
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(
                request,
                _("Attendance saved: %(count)d of %(total)d present.")
                % {"count": count, "total": len(participations)},
            )
            return redirect("events:agenda", event.pk)
    return render(
        request,
        "events/attendance.html",
        {"event": event, "session": session, "form": form, "rows": rows},
    )
