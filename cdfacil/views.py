"""Platform-wide pages: the dashboard and the person's own account."""

from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import SetPasswordForm
from django.contrib.auth.mixins import LoginRequiredMixin
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView


@login_required
def dashboard(request):
    from events.selectors import dashboard_context

    context = dashboard_context(user=request.user)
    if request.user.is_donor and not context["facilitated_events"] and not context["member_events"]:
        return redirect("actionplans:donor_portfolio")
    return render(request, "dashboard.html", context)


class PasswordSetView(LoginRequiredMixin, FormView):
    """Set or change a password; people who came in by invitation link have none yet."""

    template_name = "registration/password_set.html"
    form_class = SetPasswordForm
    success_url = reverse_lazy("dashboard")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def form_valid(self, form):
        user = form.save()
        update_session_auth_hash(self.request, user)
        messages.success(self.request, _("Your password has been saved."))
        return redirect(self.success_url)
