"""Pages of the endorsement: recording a position on a frozen version, closing the endorsement."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from actionplans.models import PlanVersion
from actionplans.services import endorsement as endorsement_services
from actionplans.views.versions import position_form, version_page, version_url, version_view
from cdfacil.web import confirm_page, form_saved, refusal_messages


@require_POST
@version_view("actionplans.record_position")
def version_position(request, version):
    def record(form):
        if form.chosen_organisation is None:
            raise ValidationError(_("Your account has no organisation; ask a facilitator."))
        endorsement_services.position_record(
            version=version,
            organisation=form.chosen_organisation,
            stance=form.cleaned_data["stance"],
            comment=form.cleaned_data["comment"],
            by=request.user,
        )

    form = position_form(request, version, request.POST)
    return form_saved(
        request,
        form,
        save=record,
        success_message=lambda _result: (
            _("The position of %(organisation)s was recorded.")
            % {"organisation": form.chosen_organisation}
        ),
        done_url=version_url(version),
    ) or version_page(request, version, form=form)


@version_view("actionplans.manage_version")
def version_close(request, version):
    if request.method == "POST":
        try:
            version = endorsement_services.endorsement_close(version=version, by=request.user)
        except ValidationError as error:
            refusal_messages(request, error)
        else:
            if version.status == PlanVersion.Status.ENDORSED:
                messages.success(request, _("The version was endorsed."))
            else:
                messages.warning(request, _("The version was not endorsed; see the reasons."))
        return redirect(version_url(version))
    return confirm_page(
        request,
        event=version.viewer_event,
        title=_("Close the endorsement of version %(number)d?") % {"number": version.number},
        message=_(
            "No position can be recorded or changed afterwards. The version is endorsed when "
            "the lead government organisation endorses and a majority of the organisations "
            "that took a position endorse."
        ),
        action_url=request.path,
        cancel_url=version_url(version),
        button=_("Close the endorsement"),
    )
