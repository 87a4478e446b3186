"""Key issues, the action plan as a results chain, frozen versions, endorsement, pledges and the
follow-up: one module per subdomain, every model importable from here."""

from actionplans.models.plan import (
    Action,
    ActionPlan,
    Ballot,
    ImplementationBody,
    Indicator,
    KeyIssue,
    Objective,
    Output,
    Risk,
    Versioned,
    Vote,
)
from actionplans.models.versions import (
    IndicatorMeasurement,
    PlanVersion,
    Pledge,
    Position,
    ProgressUpdate,
)

__all__ = [
    "Action",
    "ActionPlan",
    "Ballot",
    "ImplementationBody",
    "Indicator",
    "IndicatorMeasurement",
    "KeyIssue",
    "Objective",
    "Output",
    "PlanVersion",
    "Pledge",
    "Position",
    "ProgressUpdate",
    "Risk",
    "Versioned",
    "Vote",
]
