"""Invitations to a network: sending and withdrawing them, and the public page their link
opens, as an event's (`events.views.invitations`)."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from cdfacil.middleware import event_language_use
from cdfacil.web import form_saved, object_view, site_root
from networks.forms.network import NetworkInvitationForm
from networks.selectors.network import network_for
from networks.services import invitations as services
from networks.services.invitations import InvitationError
from networks.views.network import network_confirm, network_form_page


@object_view("networks.manage_network", load=network_for)
def invite(request, network):
    def send(form):
        data = {k: v for k, v in form.cleaned_data.items() if k != "member"}
        return services.invitation_send(
            network=network, by=request.user, base_url=site_root(request), **data
        )

    form = NetworkInvitationForm(request.POST or None, network=network)
    done_url = reverse("networks:people", args=[network.pk])
    return form_saved(
        request,
        form,
        save=send,
        success_message=lambda invitation: (
            _("Invitation queued: it will be emailed to %(email)s.") % {"email": invitation.email}
        ),
        done_url=done_url,
    ) or network_form_page(
        request,
        network,
        form=form,
        title=_("Invite someone"),
        submit=_("Send the invitation"),
        cancel_url=done_url,
        intro=_(
            "The person receives a link by email that lets them in without creating a password "
            "first. It works once, for %(days)s days."
        )
        % {"days": settings.CDFACIL_INVITATION_MAX_AGE_DAYS},
    )


@object_view("networks.manage_network", load=network_for)
def invitation_withdraw(request, network, invitation_pk):
    invitation = get_object_or_404(network.invitations, pk=invitation_pk)
    return network_confirm(
        request,
        network,
        act=lambda: services.invitation_withdraw(invitation=invitation, by=request.user),
        done_message=_("The invitation to %(email)s was withdrawn.") % {"email": invitation.email},
        done_url=reverse("networks:people", args=[network.pk]),
        title=_("Withdraw the invitation to %(name)s") % {"name": invitation.full_name},
        message=_("The link sent to %(email)s will no longer work.") % {"email": invitation.email},
        button=_("Withdraw the invitation"),
    )


INVITATION_PROBLEMS = {
    "expired": (
        gettext_lazy("This invitation has expired"),
        gettext_lazy(
            "Invitation links work for a limited time. Ask the secretariat for a new one."
        ),
    ),
    "used": (
        gettext_lazy("This invitation has already been used"),
        gettext_lazy(
            "Each link works once. If it was you, sign in; if you have not set a password yet, "
            "ask the secretariat for a new invitation."
        ),
    ),
    "invalid": (
        gettext_lazy("This invitation link is not valid"),
        gettext_lazy(
            "Copy the whole link from the email, or ask the secretariat to send it again."
        ),
    ),
    "withdrawn": (
        gettext_lazy("This invitation was withdrawn"),
        gettext_lazy(
            "The secretariat withdrew this invitation or sent a newer one. Use the latest email."
        ),
    ),
}


def _invitation_problem(request, reason: str):
    title, explanation = INVITATION_PROBLEMS[reason]
    return render(
        request,
        "events/invitation_problem.html",
        {"title": title, "explanation": explanation},
        status=400 if reason == "invalid" else 410,
    )


@require_http_methods(["GET", "POST"])
def invitation_accept(request, token):
    """The page an invitation link opens; it needs no account. GET shows the invitation; only
    the POST of its button uses it. A link alone never opens an account with a password."""
    try:
        invitation = services.invitation_from_token(token)
    except InvitationError as error:
        return _invitation_problem(request, error.reason)
    event_language_use(request, language=invitation.network.language, keep_own=False)
    holder = get_user_model().objects.for_email(invitation.email)
    if holder is not None and holder.has_usable_password() and request.user != holder:
        messages.info(
            request,
            _("This invitation is for an account that has a password. Sign in to accept it."),
        )
        return redirect_to_login(request.get_full_path())
    if request.method == "GET":
        return render(request, "networks/network_invitation.html", {"invitation": invitation})
    try:
        user = services.invitation_accept(
            invitation=invitation,
            language=request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, ""),
        )
    except InvitationError as error:
        return _invitation_problem(request, error.reason)
    except ValidationError as error:
        return render(
            request,
            "events/invitation_problem.html",
            {"title": _("This invitation cannot be used"), "explanation": " ".join(error.messages)},
            status=409,
        )
    if request.user != user:
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    messages.success(
        request,
        _("Welcome, %(name)s. You are in the network %(network)s.")
        % {"name": user.display_name, "network": invitation.network.name},
    )
    if not user.has_usable_password():
        messages.info(request, _("Set a password so that you can sign in again later."))
    return redirect("networks:detail", invitation.network_id)
