"""The public registration: its settings, the facilitator's decisions, and the public page."""

from axes.helpers import get_client_ip_address
from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cdfacil.middleware import event_language_use
from cdfacil.web import (
    NUMBER,
    PAGE_SIZE,
    apply_errors,
    event_page,
    posted_ids,
    refusal_messages,
    site_root,
)
from events.forms import RegistrationForm, RegistrationSettingsForm
from events.models import Event
from events.permissions import event_view
from events.selectors.registration import event_registrations, registration_closed_reason
from events.services import registration as registration_services
from events.views.event import event_details_page
from events.views.invitations import queued_words
from events.views.people import waiting_invitations


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


def _decision_words(registration, invitation, error) -> str:
    """What a decision on one request did, in a sentence."""
    if error is not None:
        return " ".join(error.messages)
    if invitation is None:
        return _("The request from %(name)s was declined.") % {"name": registration.full_name}
    words = _("%(name)s was approved.") % {"name": registration.full_name}
    if invitation.email_queued is False:
        return (
            words
            + " "
            + _(
                "Its email could not be queued: the mail service is unavailable. Nothing was "
                "sent to %(email)s. Use “Resend the email” in the list of invitations later."
            )
            % {"email": invitation.email}
        )
    return words + " " + queued_words(invitation)


def _decided(request, event, results, *, whole_list: bool, refusal: str = ""):
    """The answer to a decision. htmx: the requests' rows (or the whole list) as they are now,
    each saying what was done, and the waiting invitations out of band; the page stays where
    it is. A plain POST: the words as messages, and back to the list on the People page."""
    if not request.htmx:
        for registration, invitation, error in results:
            level = messages.SUCCESS
            if error is not None:
                level = messages.ERROR
            elif invitation is not None and invitation.email_queued is False:
                level = messages.WARNING
            messages.add_message(request, level, _decision_words(registration, invitation, error))
        page = request.POST.get("page")
        query = f"?page={page}" if page and NUMBER.fullmatch(page) and page != "1" else ""
        return redirect(reverse("events:people", args=[event.pk]) + query + "#registrations")
    said = {
        registration.pk: (_decision_words(registration, invitation, error), error is None)
        for registration, invitation, error in results
    }
    context = {"invitations": waiting_invitations(event), "oob": True, "list_refusal": refusal}
    if whole_list:
        registrations = Paginator(event_registrations(event=event), PAGE_SIZE).get_page(
            request.POST.get("page")
        )
        context["registrations"] = registrations
        rows = registrations
    else:
        rows = list(event_registrations(event=event).filter(pk__in=said))
    for row in rows:
        row.said, row.done = said.get(row.pk, ("", True))
    context["decided"] = rows
    template = "events/people.html#list_response" if whole_list else "events/people.html#rows"
    return event_page(request, event, template, **context)


@require_POST
@event_view("events.manage_event")
def registration_decide(request, event, pk):
    registration = get_object_or_404(event.registrations, pk=pk)
    decision = request.POST.get("decision")
    try:
        results = registration_services.registrations_decide(
            event=event,
            pks=[registration.pk],
            decision=decision,
            by=request.user,
            base_url=site_root(request),
        )
    except ValidationError as error:
        results = [(registration, None, error)]
    return _decided(request, event, results, whole_list=False)


@require_POST
@event_view("events.manage_event")
def registration_decide_many(request, event):
    """Approve or decline the requests ticked in the list."""
    pks = posted_ids(request.POST.getlist("registrations"))
    try:
        if not pks:
            raise ValidationError(_("Tick the requests to approve or decline first."))
        results = registration_services.registrations_decide(
            event=event,
            pks=pks,
            decision=request.POST.get("decision"),
            by=request.user,
            base_url=site_root(request),
        )
    except ValidationError as error:
        if not request.htmx:
            refusal_messages(request, error)
        return _decided(request, event, [], whole_list=True, refusal=" ".join(error.messages))
    return _decided(request, event, results, whole_list=True)


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
    event_language_use(request, language=event.language)
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
