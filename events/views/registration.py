"""The public registration: its settings, the facilitator's decisions, and the public page."""

from axes.helpers import get_client_ip_address
from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cdfacil.web import apply_errors, refusal_messages, site_root
from events.forms import RegistrationForm, RegistrationSettingsForm
from events.models import Event
from events.permissions import event_view
from events.selectors.registration import registration_closed_reason
from events.services import registration as registration_services
from events.views.event import event_details_page
from events.views.invitations import email_queued_or_warn, queued_words


@event_view("events.manage_event")
def registration_settings(request, event):
    return event_details_page(
        request,
        event,
        form_class=RegistrationSettingsForm,
        title=_("Public registration"),
        success_message=_("The registration settings were saved."),
        done_url=reverse("events:people", args=[event.pk]),
        intro=_(
            "Stakeholders can ask to join through the public link until the deadline, while "
            "places remain. You approve or decline each request."
        ),
    )


@require_POST
@event_view("events.manage_event")
def registration_decide(request, event, pk):
    registration = get_object_or_404(event.registrations, pk=pk)
    decision = request.POST.get("decision")
    try:
        if decision == "approve":
            invitation = registration_services.registration_approve(
                registration=registration, by=request.user, base_url=site_root(request)
            )
            messages.success(
                request,
                _("%(name)s was approved.") % {"name": registration.full_name}
                + " "
                + queued_words(invitation),
            )
            email_queued_or_warn(request, invitation)
        elif decision == "decline":
            registration_services.registration_decline(registration=registration, by=request.user)
            messages.success(
                request,
                _("The request from %(name)s was declined.") % {"name": registration.full_name},
            )
        else:
            messages.error(request, _("Choose to approve or to decline."))
    except ValidationError as error:
        refusal_messages(request, error)
    return redirect("events:people", event.pk)


# Requests the public page takes within a window, from one client address to one event, and to
# one event from everywhere: enough for a room sharing one connection, not for a flood of junk.
REQUESTS_PER_CLIENT_ADDRESS = 10
REQUESTS_PER_EVENT = 200
LIMIT_WINDOW_SECONDS = 3600


def _counted_over(key: str, limit: int) -> bool:
    """Count one more request under `key` in Django's cache; whether that passes `limit`."""
    try:
        cache.add(key, 0, timeout=LIMIT_WINDOW_SECONDS)
        return cache.incr(key) > limit
    except ValueError:  # the count expired between add and incr: this one starts a new window
        cache.set(key, 1, timeout=LIMIT_WINDOW_SECONDS)
        return limit < 1


def _too_many_requests(request, event) -> bool:
    client = get_client_ip_address(request) or "unknown"
    if _counted_over(f"registration:{event.pk}:{client}", REQUESTS_PER_CLIENT_ADDRESS):
        return True
    return _counted_over(f"registration:{event.pk}", REQUESTS_PER_EVENT)


def register(request, public_id):
    """The public registration page; it needs no account. Its answer to a request is the same
    whatever the address (see registration_submit)."""
    event = get_object_or_404(Event, public_id=public_id)
    closed_reason = registration_closed_reason(event=event)
    if request.method == "POST" and closed_reason is None and _too_many_requests(request, event):
        return render(
            request,
            "events/register.html",
            {
                "public_event": event,
                "closed_reason": _(
                    "Too many registration requests were sent in a short time. Please try "
                    "again in an hour."
                ),
            },
            status=429,
        )
    form = RegistrationForm(request.POST or None, event=event)
    if request.method == "POST" and closed_reason is None and form.is_valid():
        try:
            registration_services.registration_submit(event=event, **form.cleaned_data)
        except ValidationError as error:
            apply_errors(form, error)
            closed_reason = registration_closed_reason(event=event)
        else:
            return render(request, "events/register_done.html", {"public_event": event})
    return render(
        request,
        "events/register.html",
        {"public_event": event, "form": form, "closed_reason": closed_reason},
    )
