"""The preparation checklist's pages."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from cdfacil.web import ItemPages, event_page, refusal_messages
from events.forms import ChecklistItemForm, ChecklistStatusForm
from events.models import ChecklistItem
from events.permissions import event_view
from events.selectors.preparation import checklist_items
from events.services import preparation as preparation_services


@event_view("events.manage_event")
def checklist(request, event):
    return event_page(
        request,
        event,
        "events/checklist.html",
        items=checklist_items(event=event),
        statuses=ChecklistItem.Status.choices,
    )


checklist_item_pages = ItemPages(
    guard=event_view("events.manage_event"),
    items="checklist_items",
    new=lambda request, event: ChecklistItem(event=event),
    form=ChecklistItemForm,
    form_kwargs=lambda event: {"event": event},
    save=lambda request, form: preparation_services.checklist_item_save(item=form.instance),
    remove=lambda item: preparation_services.checklist_item_delete(item=item),
    list_url=lambda event: reverse("events:checklist", args=[event.pk]),
    new_title=_("New preparation task"),
    edit_title=_("Edit the preparation task"),
    saved=_("The checklist was saved."),
    remove_title=_("Remove this task?"),
    remove_message=lambda item: (
        _("“%(title)s” will be removed from the checklist.") % {"title": item.title}
    ),
    remove_button=_("Remove the task"),
    removed=lambda item: _("The task “%(title)s” was removed.") % {"title": item.title},
)
checklist_item_create = checklist_item_pages.create
checklist_item_edit = checklist_item_pages.edit
checklist_item_delete = checklist_item_pages.delete


@require_POST
@event_view("events.manage_event")
def checklist_item_status(request, event, pk):
    item = get_object_or_404(event.checklist_items.select_related("owner"), pk=pk)
    form = ChecklistStatusForm(request.POST)
    if form.is_valid():
        try:
            item = preparation_services.checklist_item_set_status(
                item=item, status=form.cleaned_data["status"]
            )
        except ValidationError as error:
            item.refresh_from_db()
            refusal_messages(request, error)
    else:
        messages.error(request, _("Choose a valid status."))
    if request.htmx:
        item.overdue = item.is_overdue(event.local_today())
        return event_page(
            request,
            event,
            "events/checklist.html#item",
            item=item,
            statuses=ChecklistItem.Status.choices,
        )
    return redirect("events:checklist", event.pk)
