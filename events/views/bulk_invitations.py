"""Inviting many people at once: the list, its preview with the errors of each line, the send.

The lines found ready in the preview are kept in the session (never in the page, which a
person could change), under a batch key the confirming form carries; the send checks them
again before anything is stored or emailed.
"""

import uuid

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from cdfacil.web import event_page, site_root
from events.forms import InvitationListForm
from events.invitation_lists import Line
from events.permissions import event_view
from events.services import bulk_invitations as bulk_services
from events.views.invitations import expiry_words


def _session_key(event) -> str:
    return f"events.invitation_list.{event.pk}"


@event_view("events.manage_event")
def invite_many(request, event):
    """GET: the box and the file field. POST: the preview of every line, nothing sent."""
    form = InvitationListForm(request.POST or None, request.FILES or None)
    context = {"form": form, "expiry": expiry_words(event)}
    if request.method == "POST" and form.is_valid():
        checked = bulk_services.invitation_lines_check(
            event=event, lines=form.cleaned_data["lines"]
        )
        ready = [result.line.as_data() for result in checked if result.ready]
        batch = uuid.uuid4().hex
        request.session[_session_key(event)] = {"batch": batch, "lines": ready}
        context |= {
            # The file's text fills the box, so that a line can be corrected where it is.
            "form": InvitationListForm(initial={"text": form.cleaned_data["text"]}),
            "checked": checked,
            "ready_count": len(ready),
            "error_count": len(checked) - len(ready),
            "batch": batch,
        }
    return event_page(request, event, "events/invite_many.html", **context)


@require_POST
@event_view("events.manage_event")
def invite_many_confirm(request, event):
    stored = request.session.get(_session_key(event))
    if not stored or stored.get("batch") != request.POST.get("batch"):
        messages.error(
            request,
            _(
                "This list was already sent, or replaced by a newer preview in another tab. "
                "Check the People page, then paste the list again if people are missing."
            ),
        )
        return redirect("events:invite_many", event.pk)
    del request.session[_session_key(event)]
    sent = bulk_services.invitation_list_send(
        event=event,
        by=request.user,
        lines=[Line(**data) for data in stored["lines"]],
        base_url=site_root(request),
    )
    count = len(sent.invitations)
    if count:
        messages.success(
            request,
            ngettext(
                "%(count)d invitation was sent: its email is queued.",
                "%(count)d invitations were sent: their emails are queued.",
                count,
            )
            % {"count": count},
        )
    unqueued = [i.email for i in sent.invitations if i.email_queued is False]
    if unqueued:
        messages.warning(
            request,
            _(
                "Some emails could not be queued: the mail service is unavailable. Use “Resend "
                "the email” in the list of invitations later: %(emails)s"
            )
            % {"emails": ", ".join(unqueued)},
        )
    for refused in sent.refused:
        messages.warning(
            request,
            _("Line %(line)d (%(email)s) was not sent: %(reasons)s")
            % {
                "line": refused.line.number,
                "email": refused.line.email,
                "reasons": " ".join(refused.errors),
            },
        )
    return redirect(reverse("events:people", args=[event.pk]) + "#invitations")
