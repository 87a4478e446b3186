"""The kinds of PDF report. Each app registers its own, so the core never imports the apps.

A kind says how to load its subject for a person (None when they may not see it), how to
build the template context, and which template renders it.
"""

from collections.abc import Callable
from dataclasses import dataclass

_KINDS: dict[str, "ReportKind"] = {}


@dataclass(frozen=True)
class ReportKind:
    name: str
    label: str
    template: str
    # (user, subject id) -> subject or None when the person may not see it
    load_for: Callable
    # subject -> plain data: the content the report shows; fingerprinted to avoid re-rendering
    content: Callable
    # subject -> where the report's page lives, to return to
    back_url: Callable
    # subject -> extra template context
    context: Callable = lambda subject: {}


def register(kind: ReportKind) -> ReportKind:
    _KINDS[kind.name] = kind
    return kind


def get(name: str) -> ReportKind | None:
    return _KINDS.get(name)
