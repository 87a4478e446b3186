"""The event's budget: its lines, and totals per source and currency."""

from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _

from cdfacil.web import delete_page, model_form_page
from events.forms import BudgetLineForm
from events.models import BudgetLine
from events.permissions import event_view
from events.selectors.funding import budget_lines, budget_totals
from events.services import funding as funding_services


@event_view("events.manage_event")
def budget(request, event):
    return render(
        request,
        "events/budget.html",
        {
            "event": event,
            "lines": budget_lines(event=event),
            "totals": budget_totals(event=event),
        },
    )


def _budget_form(request, event, line, title):
    return model_form_page(
        request,
        event=event,
        form=BudgetLineForm(request.POST or None, instance=line),
        save=lambda form: funding_services.budget_line_save(line=form.instance),
        title=title,
        success_message=_("The budget was saved."),
        done_url=reverse("events:budget", args=[event.pk]),
    )


@event_view("events.manage_event")
def budget_line_create(request, event):
    return _budget_form(request, event, BudgetLine(event=event), _("New budget line"))


@event_view("events.manage_event")
def budget_line_edit(request, event, pk):
    line = get_object_or_404(event.budget_lines, pk=pk)
    return _budget_form(request, event, line, _("Edit the budget line"))


@event_view("events.manage_event")
def budget_line_delete(request, event, pk):
    line = get_object_or_404(event.budget_lines, pk=pk)
    return delete_page(
        request,
        event=event,
        delete=lambda: funding_services.budget_line_delete(line=line),
        title=_("Remove this budget line?"),
        message=str(line),
        button=_("Remove the line"),
        done_message=_("The budget line was removed."),
        done_url=reverse("events:budget", args=[event.pk]),
    )
