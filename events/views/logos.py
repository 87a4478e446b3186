"""The logos a report's cover prints: the event's facilitators give the lead ministry's and
their own organisations' logos, checked before they are stored (cdfacil.logos)."""

import base64

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from cdfacil.logos import PNG_MAX_BYTES, logo_check, organisation_logo_set
from cdfacil.web import event_page
from events.permissions import event_view
from events.selectors.logos import cover_organisations

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


def _preview(organisation) -> str:
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


@require_http_methods(["GET", "POST"])
@event_view("events.manage_event")
def logos(request, event):
    owner, organisations = cover_organisations(event=event)
    posted = None
    if request.method == "POST":
        posted = LogoForm(request.POST, request.FILES)
        chosen = next(
            (o for o in organisations if str(o.pk) == request.POST.get("organisation")), None
        )
        if chosen is None:
            raise Http404(_("This organisation's logo is not printed on this event's reports."))
        if posted.is_valid():
            organisation_logo_set(
                organisation=chosen,
                uploaded=None if posted.cleaned_data["remove"] else posted.cleaned_data["logo"],
                by=request.user,
                event=event,
            )
            messages.success(request, _("The logo of %(name)s was saved.") % {"name": chosen})
            return redirect("events:logos", event.pk)
    rows = [
        {
            "organisation": organisation,
            "is_owner": organisation == owner,
            "preview": _preview(organisation),
            "form": posted
            if posted is not None and str(organisation.pk) == request.POST.get("organisation")
            else LogoForm(initial={"organisation": organisation.pk}),
        }
        for organisation in organisations
    ]
    return event_page(request, event, "events/logos.html", rows=rows)
