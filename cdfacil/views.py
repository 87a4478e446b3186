"""Platform-wide pages: the person's own account and language."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth.forms import PasswordChangeForm, SetPasswordForm
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.urls import reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django.views.generic import FormView


class PasswordSetView(LoginRequiredMixin, FormView):
    """Set or change a password; people who came in by invitation link have none yet.

    Changing one asks for the current password, so that a session left open is not enough to
    take the account over for good; an account without one sets its first without being asked."""

    template_name = "registration/password_set.html"
    success_url = reverse_lazy("dashboard")

    def get_form_class(self):
        if self.request.user.has_usable_password():
            return PasswordChangeForm
        return SetPasswordForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def form_valid(self, form):
        user = form.save()
        update_session_auth_hash(self.request, user)
        messages.success(self.request, _("Your password has been saved."))
        return redirect(self.success_url)


@require_POST
def language_choose(request):
    """The language switcher: remembered in a cookie and, for a signed-in person, on their
    account, so it follows them to another device. Then back to the page they were on."""
    language = request.POST.get("language", "")
    next_url = request.POST.get("next") or "/"
    # Only a path of this site, as the page's own form sends it.
    if not (
        next_url.startswith("/")
        and next_url.isprintable()
        and url_has_allowed_host_and_scheme(
            next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
    ):
        next_url = "/"
    response = HttpResponseRedirect(next_url)
    if language not in dict(settings.LANGUAGES):
        messages.error(request, _("Choose one of the languages offered."))
        return response
    if request.user.is_authenticated and request.user.language != language:
        request.user.language = language
        request.user.save(update_fields=["language"])
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )
    return response
