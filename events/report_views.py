"""Transitional: the reports page moved to `events.views.reports`, its reads to
`events.selectors.reports`."""

# Transitional re-exports for callers outside this app.
from events.selectors.reports import offered_reports

__all__ = ["offered_reports"]
