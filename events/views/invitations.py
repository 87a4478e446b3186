"""Invitations: sending and withdrawing them, and the public page their link opens."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from cdfacil.middleware import event_language_use
from cdfacil.web import act_and_redirect, form_page, form_saved, site_root
from events.forms import InvitationForm
from events.models import Participation
from events.permissions import event_view
from events.selectors.invitations import invitation_account
from events.services import invitations as invitation_services
from events.services import people as people_services
from events.services.invitations import InvitationError


@event_view("events.manage_event")
def invite(request, event):
    def send(form):
        data = dict(form.cleaned_data)
        name, kind = data.pop("new_organisation_name"), data.pop("new_organisation_kind")
        if not data["organisation"]:
            data["organisation"] = people_services.organisation_find_or_add(
                event=event, name=name, kind=kind
            )
        return invitation_services.invitation_send(
            event=event, by=request.user, base_url=site_root(request), **data
        )

    form = InvitationForm(request.POST or None, event=event)
    return form_saved(
        request,
        form,
        save=lambda form: email_queued_or_warn(request, send(form)),
        success_message=queued_words,
        done_url=reverse("events:people", args=[event.pk]),
    ) or form_page(
        request,
        event=event,
        form=form,
        title=_("Invite someone"),
        submit=_("Send the invitation"),
        cancel_url=reverse("events:people", args=[event.pk]),
        intro=_(
            "The person receives a link by email that lets them in without creating a password "
            "first. It works once, until %(date)s (the event's time)."
        )
        % {"date": expiry_words(event)},
    )


def expiry_words(event) -> str:
    """Until when a link sent now works, as the event's time zone tells it."""
    expiry = invitation_services.invitation_expiry(event=event)
    return date_format(timezone.localtime(expiry, event.tzinfo), "j F Y, H:i")


def queued_words(invitation) -> str:
    """What the page says of a stored invitation: queued for a worker to email, or only saved."""
    if invitation.email_queued:
        return _("Invitation queued: it will be emailed to %(email)s.") % {
            "email": invitation.email
        }
    return _("The invitation to %(email)s is saved.") % {"email": invitation.email}


def email_queued_or_warn(request, invitation):
    """Warn when the invitation's email could not be queued (the broker is unreachable). Not
    yet known (None, the commit still to come) says neither: the page claims nothing."""
    if invitation.email_queued is False:
        messages.warning(
            request,
            _(
                "Its email could not be queued: the mail service is unavailable. Nothing was "
                "sent to %(email)s. Use “Resend the email” in the list of invitations later."
            )
            % {"email": invitation.email},
        )
    return invitation


def _invitation_button(act, done_message):
    """The POST of a button on one invitation of the people page: `act` (a service) takes the
    invitation, `done_message` (as for `act_and_redirect`) says what happened."""

    @require_POST
    @event_view("events.manage_event")
    def view(request, event, pk):
        invitation = get_object_or_404(event.invitations, pk=pk)
        return act_and_redirect(
            request,
            act=lambda: act(request, invitation),
            done_message=done_message,
            done_url=reverse("events:people", args=[event.pk]),
        )

    return view


invitation_resend = _invitation_button(
    lambda request, invitation: email_queued_or_warn(
        request,
        invitation_services.invitation_resend(
            invitation=invitation, base_url=site_root(request), by=request.user
        ),
    ),
    queued_words,
)
invitation_withdraw = _invitation_button(
    lambda request, invitation: (
        invitation_services.invitation_withdraw(invitation=invitation, by=request.user)
        or invitation
    ),
    lambda invitation: (
        _("The invitation to %(email)s was withdrawn.") % {"email": invitation.email}
    ),
)


INVITATION_PROBLEMS = {
    InvitationError.EXPIRED: (
        gettext_lazy("This invitation has expired"),
        gettext_lazy(
            "Invitation links work for a limited time. Ask the facilitator to send you a new one."
        ),
    ),
    InvitationError.USED: (
        gettext_lazy("This invitation has already been used"),
        gettext_lazy(
            "Each link works once. If it was you, sign in with your username and password; if "
            "you have not set a password yet, ask the facilitator for a new invitation."
        ),
    ),
    InvitationError.INVALID: (
        gettext_lazy("This invitation link is not valid"),
        gettext_lazy(
            "The link may have been cut or changed. Copy the whole link from the email, or ask "
            "the facilitator to send it again."
        ),
    ),
    InvitationError.REPLACED: (
        gettext_lazy("A newer invitation was sent"),
        gettext_lazy(
            "This link was replaced by a newer invitation to the same address, and no longer "
            "works. Open the link in the latest invitation email."
        ),
    ),
    InvitationError.WITHDRAWN: (
        gettext_lazy("This invitation was withdrawn"),
        gettext_lazy(
            "The facilitator withdrew this invitation or sent a newer one. Use the latest email."
        ),
    ),
}


def _invitation_problem(request, error: InvitationError):
    title, explanation = INVITATION_PROBLEMS[error.reason]
    return render(
        request,
        "events/invitation_problem.html",
        {"title": title, "explanation": explanation},
        status=410 if error.reason != InvitationError.INVALID else 400,
    )


def _accept(request, invitation):
    """Use the invitation and sign its person in; the answer to the POST of its button."""
    try:
        user = invitation_services.invitation_accept(
            invitation=invitation,
            language=request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, ""),
        )
    except InvitationError as error:
        return _invitation_problem(request, error)
    except ValidationError as error:
        return render(
            request,
            "events/invitation_problem.html",
            {
                "title": _("This invitation cannot be used"),
                "explanation": " ".join(error.messages),
            },
            status=409,
        )
    if request.user != user:
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    messages.success(
        request,
        _("Welcome, %(name)s. You take part in %(event)s.")
        % {"name": user.display_name, "event": invitation.event.title},
    )
    if not user.has_usable_password():
        messages.info(request, _("Set a password so that you can sign in again later."))
    return redirect(invitation.event.get_absolute_url())


@require_http_methods(["GET", "POST"])
def invitation_accept(request, token):
    """The page an invitation link opens; it needs no account. GET shows the invitation; only
    the POST of its button uses it."""
    try:
        invitation = invitation_services.invitation_from_token(token)
    except InvitationError as error:
        return _invitation_problem(request, error)
    event_language_use(
        request,
        language=invitation.event.language,
        keep_own=invitation.role == Participation.Role.FACILITATOR,
    )
    holder = invitation_account(invitation=invitation)
    if holder is not None and holder.has_usable_password() and request.user != holder:
        # A link alone never opens an account that has a password: its owner signs in first.
        messages.info(
            request,
            _("This invitation is for an account that has a password. Sign in to accept it."),
        )
        return redirect_to_login(request.get_full_path())
    if request.method == "POST":
        return _accept(request, invitation)
    return render(request, "events/invitation_accept.html", {"invitation": invitation})
