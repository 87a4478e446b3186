"""Every write to assessments, one module per subdomain: frameworks, rounds, answers, consensus,
inventory. Each refuses with a `ValidationError` that says why, in words a member understands.
"""

# Transitional re-exports for callers outside this app.
from assessments.services import frameworks as _frameworks
from assessments.services.answers import response_submit
from assessments.services.consensus import consensus_record
from assessments.services.frameworks import framework_version_publish
from assessments.services.rounds import round_create


def framework_copy(*, version, name, by=None, created_by=None):
    """`frameworks.framework_copy`, also under its old actor keyword `created_by`, which the
    permission matrix's setup still uses."""
    return _frameworks.framework_copy(version=version, name=name, by=by or created_by)


__all__ = [
    "consensus_record",
    "framework_copy",
    "framework_version_publish",
    "response_submit",
    "round_create",
]
