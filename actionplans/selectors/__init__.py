"""Reads for key issues, the plan, its versions, the endorsement, donors and the follow-up, one
module per subdomain; callers import from the subdomain's module."""

from actionplans.selectors.endorsement import event_organisations
from actionplans.selectors.versions import snapshot_actions

# Transitional re-exports for callers outside this app.
__all__ = ["event_organisations", "snapshot_actions"]
