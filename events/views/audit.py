"""The event's audit log, for its facilitators: who changed roles, invitations, the plan's
versions and pledges, and who downloaded reports."""

from cdfacil.web import event_page, page_of
from events.permissions import event_view
from events.selectors.audit import audit_entries


@event_view("events.manage_event")
def event_audit(request, event):
    page = page_of(audit_entries(event=event), request)
    return event_page(request, event, "events/audit.html", page=page)
