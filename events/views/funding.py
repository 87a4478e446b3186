"""The event's budget: its lines, and totals per source and currency."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from cdfacil.currencies import amount_format
from cdfacil.web import ItemPages, event_page
from events.forms import BudgetLineForm
from events.models import BudgetLine
from events.permissions import event_view
from events.selectors.funding import budget_lines, budget_totals
from events.services import funding as funding_services


@event_view("events.manage_event")
def budget(request, event):
    return event_page(
        request,
        event,
        "events/budget.html",
        lines=budget_lines(event=event),
        totals=budget_totals(event=event),
    )


budget_line_pages = ItemPages(
    guard=event_view("events.manage_event"),
    items="budget_lines",
    new=lambda request, event: BudgetLine(event=event),
    form=BudgetLineForm,
    save=lambda request, form: funding_services.budget_line_save(line=form.instance),
    remove=lambda line: funding_services.budget_line_delete(line=line),
    list_url=lambda event: reverse("events:budget", args=[event.pk]),
    new_title=_("New budget line"),
    edit_title=_("Edit the budget line"),
    saved=_("The budget was saved."),
    remove_title=_("Remove this budget line?"),
    remove_message=lambda line: (
        _("%(category)s: %(amount)s")
        % {
            "category": line.get_category_display(),
            "amount": amount_format(line.amount, line.currency),
        }
    ),
    remove_button=_("Remove the line"),
    removed=_("The budget line was removed."),
)
budget_line_create = budget_line_pages.create
budget_line_edit = budget_line_pages.edit
budget_line_delete = budget_line_pages.delete
