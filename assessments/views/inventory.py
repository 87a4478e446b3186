"""The capacity-development efforts inventory of an event, kept by facilitators and core group."""

from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _

from assessments.forms.inventory import CDInitiativeForm
from assessments.models import CDInitiative
from assessments.selectors import inventory as inventory_selectors
from assessments.services import inventory as inventory_services
from cdfacil.web import delete_page, model_form_page, page_of
from events.permissions import event_view


@event_view("assessments.edit_inventory")
def inventory(request, event):
    return render(
        request,
        "assessments/inventory.html",
        {
            "event": event,
            "page": page_of(inventory_selectors.cd_initiatives_of_event(event=event), request),
            "totals": inventory_selectors.cd_initiative_budget_totals(event=event),
        },
    )


def _initiative_form(request, event, initiative, title):
    return model_form_page(
        request,
        event=event,
        form=CDInitiativeForm(request.POST or None, instance=initiative),
        save=lambda form: inventory_services.cd_initiative_save(initiative=form.instance),
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
    return _initiative_form(
        request, event, get_object_or_404(event.cd_initiatives, pk=pk), _("Edit the initiative")
    )


@event_view("assessments.edit_inventory")
def initiative_delete(request, event, pk):
    initiative = get_object_or_404(event.cd_initiatives, pk=pk)
    return delete_page(
        request,
        event=event,
        delete=lambda: inventory_services.cd_initiative_delete(initiative=initiative),
        title=_("Remove this initiative?"),
        message=initiative.title,
        button=_("Remove the initiative"),
        done_message=_("The initiative was removed from the inventory."),
        done_url=reverse("assessments:inventory", args=[event.pk]),
    )
