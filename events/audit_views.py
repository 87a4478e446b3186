"""The event's audit log, for its facilitators: who changed roles, invitations, the plan's
versions and pledges, and who downloaded reports."""

from django.core.paginator import Paginator
from django.shortcuts import render
from django.urls import path

from cdfacil.web import PAGE_SIZE
from events import selectors
from events.permissions import event_view


@event_view("events.manage_event")
def event_audit(request, event):
    page = Paginator(selectors.audit_entries(event=event), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(request, "events/audit.html", {"event": event, "page": page})


urlpatterns = [
    path("events/<int:event_pk>/audit/", event_audit, name="audit"),
]
