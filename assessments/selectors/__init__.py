"""Reads for assessments, one module per subdomain: frameworks, rounds, answers, consensus,
results, inventory. Each returns what the person may see; views and services import the module.
"""

# Transitional re-exports for callers outside this app.
from assessments.selectors.consensus import question_agreement
from assessments.selectors.results import round_results
from assessments.selectors.rounds import rounds_of_event

__all__ = [
    "question_agreement",
    "round_results",
    "rounds_of_event",
]
