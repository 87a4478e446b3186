"""Pages of the follow-up: the dashboard of actions and indicators, recording progress and
measurements."""

from django.db.models import Q
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _

from actionplans.forms.followup import MeasurementForm, ProgressUpdateForm
from actionplans.models import Action, Indicator, IndicatorMeasurement, ProgressUpdate
from actionplans.selectors.donors import frozen_version
from actionplans.selectors.followup import plan_followup, version_followup
from actionplans.services import followup as followup_services
from cdfacil.web import event_page, model_form_page, object_view
from events.permissions import event_view


@event_view("actionplans.view_progress")
def plan_dashboard(request, event):
    return event_page(
        request,
        event,
        "actionplans/progress_dashboard.html",
        followup=plan_followup(event=event, today=event.local_today()),
        can_edit=request.user.has_perm("actionplans.edit_plan", event),
    )


@object_view("actionplans.view_version_progress", load=frozen_version, hide=True)
def version_progress(request, version):
    """The progress of a published plan, read-only, for its donors: each action's status and
    percentage and each indicator's latest value, as the event's people record them."""
    event = version.plan.event
    return render(
        request,
        "actionplans/version_progress.html",
        {
            "version": version,
            "plan_event": event,
            "followup": version_followup(version=version),
        },
    )


def _record_page(request, event, *, form_class, instance, record, title, success_message):
    """A dated record of the follow-up (progress, measurement): today in the event's time zone
    by default; `record(**fields)` is the service, told who records."""
    form = form_class(
        request.POST or None, instance=instance, initial={"date": event.local_today()}
    )
    return model_form_page(
        request,
        event=event,
        form=form,
        save=lambda form: record(by=request.user, **form.cleaned_data),
        title=title,
        success_message=success_message,
        done_url=reverse("actionplans:plan_dashboard", args=[event.pk]),
    )


@event_view("actionplans.edit_plan")
def progress_create(request, event, action_pk):
    action = get_object_or_404(Action, pk=action_pk, output__objective__plan__event=event)
    return _record_page(
        request,
        event,
        form_class=ProgressUpdateForm,
        instance=ProgressUpdate(action=action),
        record=lambda **fields: followup_services.progress_record(action=action, **fields),
        title=_("Progress on “%(action)s”") % {"action": action.title},
        success_message=_("The progress update was recorded."),
    )


@event_view("actionplans.edit_plan")
def measurement_create(request, event, indicator_pk):
    indicator = get_object_or_404(
        Indicator.objects.filter(
            Q(objective__plan__event=event) | Q(output__objective__plan__event=event)
        ),
        pk=indicator_pk,
    )
    return _record_page(
        request,
        event,
        form_class=MeasurementForm,
        instance=IndicatorMeasurement(indicator=indicator),
        record=lambda **fields: followup_services.measurement_record(indicator=indicator, **fields),
        title=_("Measure “%(indicator)s”") % {"indicator": indicator.description},
        success_message=_("The measurement was recorded."),
    )
