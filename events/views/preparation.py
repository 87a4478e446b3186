"""The preparation checklist's pages."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cdfacil.web import delete_page, model_form_page, refusal_messages
from events.forms import ChecklistItemForm, ChecklistStatusForm
from events.models import ChecklistItem
from events.permissions import event_view
from events.selectors.preparation import checklist_items
from events.services import preparation as preparation_services


@event_view("events.manage_event")
def checklist(request, event):
    return render(
        request,
        "events/checklist.html",
        {
            "event": event,
            "items": checklist_items(event=event),
            "statuses": ChecklistItem.Status.choices,
        },
    )


def _checklist_form(request, event, item, title):
    return model_form_page(
        request,
        event=event,
        form=ChecklistItemForm(request.POST or None, instance=item, event=event),
        save=lambda form: preparation_services.checklist_item_save(item=form.instance),
        title=title,
        success_message=_("The checklist was saved."),
        done_url=reverse("events:checklist", args=[event.pk]),
    )


@event_view("events.manage_event")
def checklist_item_create(request, event):
    return _checklist_form(request, event, ChecklistItem(event=event), _("New preparation task"))


@event_view("events.manage_event")
def checklist_item_edit(request, event, pk):
    item = get_object_or_404(event.checklist_items, pk=pk)
    return _checklist_form(request, event, item, _("Edit the preparation task"))


@event_view("events.manage_event")
def checklist_item_delete(request, event, pk):
    item = get_object_or_404(event.checklist_items, pk=pk)
    return delete_page(
        request,
        event=event,
        delete=lambda: preparation_services.checklist_item_delete(item=item),
        title=_("Remove this task?"),
        message=_("“%(title)s” will be removed from the checklist.") % {"title": item.title},
        button=_("Remove the task"),
        done_message=_("The task “%(title)s” was removed.") % {"title": item.title},
        done_url=reverse("events:checklist", args=[event.pk]),
    )


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
        return render(
            request,
            "events/checklist.html#item",
            {"event": event, "item": item, "statuses": ChecklistItem.Status.choices},
        )
    return redirect("events:checklist", event.pk)
