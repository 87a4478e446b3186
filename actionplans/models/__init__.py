"""Key issues, the action plan as a results chain, frozen versions, endorsement, pledges and the
follow-up: one module per subdomain, every model importable from here."""

from actionplans.models.donors import Pledge
from actionplans.models.endorsement import Position
from actionplans.models.followup import IndicatorMeasurement, ProgressUpdate
from actionplans.models.key_issues import Ballot, KeyIssue, Vote
from actionplans.models.plan import (
    Action,
    ActionPlan,
    ImplementationBody,
    Indicator,
    Objective,
    Output,
    Risk,
    Versioned,
)
from actionplans.models.versions import PlanVersion

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
