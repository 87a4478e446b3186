"""The agenda's reports read a day's sessions as run-sheet rows, breaks and lunch named."""

from django import template

from events.run_sheet import RunSheetDay, run_sheet_day

register = template.Library()


@register.filter
def run_sheet(sessions) -> RunSheetDay:
    return run_sheet_day(sessions)
