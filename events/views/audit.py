"""The event's audit log, for its facilitators: who changed roles, invitations, the plan's
versions and pledges, and who downloaded reports."""

from django.shortcuts import render

from cdfacil.web import page_of
from events.permissions import event_view
from events.selectors.audit import audit_entries


@event_view("events.manage_event")
def event_audit(request, event):
    page = page_of(audit_entries(event=event), request)
    return render(request, "events/audit.html", {"event": event, "page": page})
