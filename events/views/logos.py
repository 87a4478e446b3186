"""The logos a report's cover prints: the lead ministry's and the facilitators' organisations'.
A facilitator changes here only their own organisation's logo; each organisation's people change
theirs from their account (cdfacil.logo_views), since it prints on every event it takes part in."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from cdfacil.logo_views import LogoForm, logo_form_save, logo_preview
from cdfacil.logos import logo_may_change
from cdfacil.web import event_page
from events.permissions import event_view
from events.selectors.logos import cover_organisations


@require_http_methods(["GET", "POST"])
@event_view("events.manage_event")
def logos(request, event):
    owner, organisations = cover_organisations(event=event)
    posted = None
    if request.method == "POST":
        chosen = next(
            (o for o in organisations if str(o.pk) == request.POST.get("organisation")), None
        )
        if chosen is None:
            raise Http404(_("This organisation's logo is not printed on this event's reports."))
        if not logo_may_change(user=request.user, organisation=chosen):
            raise PermissionDenied(
                _("Only people of %(name)s may change its logo.") % {"name": chosen}
            )
        posted = LogoForm(request.POST, request.FILES)
        if logo_form_save(request, organisation=chosen, form=posted, event=event):
            return redirect("events:logos", event.pk)
    rows = []
    for organisation in organisations:
        may_change = logo_may_change(user=request.user, organisation=organisation)
        form = None
        if may_change:
            form = (
                posted
                if posted is not None and str(organisation.pk) == request.POST.get("organisation")
                else LogoForm(initial={"organisation": organisation.pk})
            )
        rows.append(
            {
                "organisation": organisation,
                "preview": logo_preview(organisation),
                "note": _("Lead ministry, named as the owner of the plan")
                if organisation == owner
                else _("Facilitators' organisation"),
                "form": form,
                "notice": _(
                    "People of %(name)s can add it from their account: Your organisation's logo."
                )
                % {"name": organisation},
            }
        )
    return event_page(request, event, "events/logos.html", rows=rows)
