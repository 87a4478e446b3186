"""A person's own organisation's logo: the page of their account where they see, upload or
remove it, and the form and preview the event's logos page shares with it."""

import base64

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from cdfacil.logos import PNG_MAX_BYTES, logo_check, logo_may_change, organisation_logo_set

_MEDIA_TYPES = {"png": "image/png", "svg": "image/svg+xml"}


class LogoForm(forms.Form):
    organisation = forms.IntegerField(widget=forms.HiddenInput)
    logo = forms.FileField(
        label=gettext_lazy("Logo (PNG or SVG)"),
        required=False,
        widget=forms.FileInput(attrs={"accept": ".png,.svg,image/png,image/svg+xml"}),
    )
    remove = forms.BooleanField(label=gettext_lazy("Remove the logo"), required=False)

    def clean(self):
        data = super().clean()
        logo = data.get("logo")
        if logo is None and not data.get("remove"):
            raise ValidationError(_("Choose a PNG or SVG file, or tick “Remove the logo”."))
        if logo is not None:
            try:
                logo_check(logo)
            except ValidationError as error:
                self.add_error("logo", error)
        return data


def logo_preview(organisation) -> str:
    """The logo as a data URL: logos are media files, which the site never serves as such."""
    if not organisation.logo:
        return ""
    kind = organisation.logo.name.rsplit(".", 1)[-1].lower()
    try:
        with organisation.logo.open("rb") as handle:
            data = handle.read(PNG_MAX_BYTES + 1)
    except OSError:
        return ""
    return f"data:{_MEDIA_TYPES.get(kind, 'image/png')};base64,{base64.b64encode(data).decode()}"


def logo_form_save(request, *, organisation, form, event=None) -> bool:
    """Store the logo a valid posted form gives (or remove it) and say so; False if invalid."""
    if not form.is_valid():
        return False
    organisation_logo_set(
        organisation=organisation,
        uploaded=None if form.cleaned_data["remove"] else form.cleaned_data["logo"],
        by=request.user,
        event=event,
    )
    messages.success(request, _("The logo of %(name)s was saved.") % {"name": organisation})
    return True


LOGO_KEPT_BY = gettext_lazy(
    "Only people of %(name)s who run an event or sit in a core group may change its logo."
)


@login_required
@require_http_methods(["GET", "POST"])
def organisation_logo(request):
    """The signed-in person's own organisation's logo, printed on report covers."""
    organisation = request.user.organisation
    if organisation is None:  # an administrator: they change logos in the admin
        if request.method == "POST":
            raise Http404(_("Your account belongs to no organisation."))
        return render(request, "registration/organisation_logo.html", {"organisation": None})
    may_change = logo_may_change(user=request.user, organisation=organisation)
    form = LogoForm(initial={"organisation": organisation.pk})
    if request.method == "POST":
        form = LogoForm(request.POST, request.FILES)
        if request.POST.get("organisation") != str(organisation.pk):
            raise Http404(_("You may change only your own organisation's logo."))
        if not may_change:
            raise PermissionDenied(LOGO_KEPT_BY % {"name": organisation})
        if logo_form_save(request, organisation=organisation, form=form):
            return redirect("organisation_logo")
    context = {"organisation": organisation, "preview": logo_preview(organisation)}
    return render(
        request,
        "registration/organisation_logo.html",
        {**context, "form": form if may_change else None},
    )
