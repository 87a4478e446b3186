"""The capacity-development efforts inventory of an event, and the exports of a round.

The inventory is kept by the event's facilitators and core group; exports are for facilitators.
"""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _

from assessments import exports, selectors, services
from assessments.inventory_forms import CDInitiativeForm
from assessments.models import CDInitiative
from assessments.views import round_for
from cdfacil.web import PAGE_SIZE, confirm_page, model_form_page
from events.permissions import event_view

# To move to assessments/permissions.py; kept here while that module is being edited.


# Reads (to move to assessments/selectors.py).


# --- Inventory --------------------------------------------------------------------------------


@event_view("assessments.edit_inventory")
def inventory(request, event):
    page = Paginator(selectors.cd_initiatives_of_event(event=event), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "assessments/inventory.html",
        {
            "event": event,
            "page": page,
            "totals": selectors.cd_initiative_budget_totals(event=event),
        },
    )


def _initiative_form(request, event, initiative, title):
    return model_form_page(
        request,
        event=event,
        form=CDInitiativeForm(request.POST or None, instance=initiative),
        save=lambda form: services.cd_initiative_save(initiative=form.instance),
        title=title,
        success_message=_("The initiative was saved."),
        done_url=reverse("assessments:inventory", args=[event.pk]),
    )


@event_view("assessments.edit_inventory")
def initiative_create(request, event):
    return _initiative_form(
        request, event, CDInitiative(event=event), _("New capacity-development initiative")
    )


@event_view("assessments.edit_inventory")
def initiative_edit(request, event, pk):
    initiative = get_object_or_404(event.cd_initiatives, pk=pk)
    return _initiative_form(request, event, initiative, _("Edit the initiative"))


@event_view("assessments.edit_inventory")
def initiative_delete(request, event, pk):
    initiative = get_object_or_404(event.cd_initiatives, pk=pk)
    if request.method == "POST":
        services.cd_initiative_delete(initiative=initiative)
        messages.success(request, _("The initiative was removed from the inventory."))
        return redirect("assessments:inventory", event.pk)
    return confirm_page(
        request,
        event=event,
        title=_("Remove this initiative?"),
        message=initiative.title,
        action_url=request.path,
        cancel_url=reverse("assessments:inventory", args=[event.pk]),
        button=_("Remove the initiative"),
    )


# --- Exports of a round -----------------------------------------------------------------------


def _download(content: bytes, *, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(True, filename)
    # Individual answers, even pseudonymised, stay out of shared caches.
    response["Cache-Control"] = "private, no-store"
    return response


@event_view("events.view_event")
def export_xlsx(request, event, pk):
    assessment_round = round_for(event, pk, "assessments.manage_round", request.user)
    return _download(
        exports.round_workbook(assessment_round=assessment_round),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        filename=exports.export_filename(assessment_round=assessment_round, extension="xlsx"),
    )


@event_view("events.view_event")
def export_csv(request, event, pk):
    assessment_round = round_for(event, pk, "assessments.manage_round", request.user)
    return _download(
        exports.round_answers_csv(assessment_round=assessment_round),
        content_type="text/csv; charset=utf-8",
        filename=exports.export_filename(assessment_round=assessment_round, extension="csv"),
    )
