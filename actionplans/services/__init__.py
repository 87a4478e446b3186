"""Every write to key issues, the plan, its versions, the endorsement, pledges and the
follow-up, one module per subdomain; callers import from the subdomain's module."""

from functools import wraps

from actionplans.services.donors import pledge_save
from actionplans.services.endorsement import endorsement_close, position_record
from actionplans.services.followup import progress_record
from actionplans.services.key_issues import key_issue_create, vote_cast
from actionplans.services.plan import plan_create, plan_part_save
from actionplans.services.versions import plan_freeze, plan_version_publish

# Transitional re-exports for callers outside this app.
__all__ = [
    "endorsement_close",
    "key_issue_create",
    "plan_create",
    "plan_freeze",
    "plan_part_save",
    "plan_version_publish",
    "pledge_save",
    "position_record",
    "progress_record",
    "vote_cast",
    "version_publish",
]


def _actor_was(old: str, service):
    """Transitional: the demo and benchmark builders, being moved elsewhere, still name the
    acting person `old`; the service itself takes `by`."""

    @wraps(service)
    def call(**kwargs):
        if old in kwargs:
            kwargs["by"] = kwargs.pop(old)
        return service(**kwargs)

    return call


key_issue_create = _actor_was("created_by", key_issue_create)
vote_cast = _actor_was("voter", vote_cast)
plan_freeze = _actor_was("frozen_by", plan_freeze)
position_record = _actor_was("recorded_by", position_record)
progress_record = _actor_was("recorded_by", progress_record)
version_publish = plan_version_publish
