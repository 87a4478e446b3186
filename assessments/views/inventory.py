"""The capacity-development efforts inventory of an event, kept by facilitators and core group."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from assessments.forms.inventory import CDInitiativeForm
from assessments.models import CDInitiative
from assessments.selectors import inventory as inventory_selectors
from assessments.services import inventory as inventory_services
from cdfacil.web import ItemPages, event_page, page_of
from events.permissions import event_view


@event_view("assessments.edit_inventory")
def inventory(request, event):
    return event_page(
        request,
        event,
        "assessments/inventory.html",
        page=page_of(inventory_selectors.cd_initiatives_of_event(event=event), request),
        totals=inventory_selectors.cd_initiative_budget_totals(event=event),
    )


initiative_pages = ItemPages(
    guard=event_view("assessments.edit_inventory"),
    items="cd_initiatives",
    new=lambda request, event: CDInitiative(event=event),
    form=CDInitiativeForm,
    save=lambda request, form: inventory_services.cd_initiative_save(initiative=form.instance),
    remove=lambda initiative: inventory_services.cd_initiative_delete(initiative=initiative),
    list_url=lambda event: reverse("assessments:inventory", args=[event.pk]),
    new_title=_("New capacity-development initiative"),
    edit_title=_("Edit the initiative"),
    saved=_("The initiative was saved."),
    remove_title=_("Remove this initiative?"),
    remove_message=lambda initiative: initiative.title,
    remove_button=_("Remove the initiative"),
    removed=_("The initiative was removed from the inventory."),
)
initiative_create = initiative_pages.create
initiative_edit = initiative_pages.edit
initiative_delete = initiative_pages.delete
