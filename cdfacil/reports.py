"""The kinds of PDF report. Each app registers its own, so the core never imports the apps.

A kind says how to load its subject for a person (None when they may not see it), how to
build the template context, which template renders it, which event the subject belongs to
(for the report's language and running header) and which of its subjects an event offers on
its reports page.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils import translation

from cdfacil.downloads import download_name

_KINDS: dict[str, "ReportKind"] = {}


@dataclass(frozen=True)
class ReportKind:
    name: str
    label: str
    template: str
    # (user, subject id) -> subject or None when the person may not see it; user None is the
    # worker, rendering a job somebody was allowed to ask for
    load_for: Callable
    # subject -> plain data: the content the report shows; fingerprinted to avoid re-rendering
    content: Callable
    # subject -> where the report's page lives, to return to
    back_url: Callable
    # subject -> the event it belongs to: its title heads the pages, its language and time
    # zone are the report's. A network's report gives the network (`of_event` False), which has
    # the same three.
    event_of: Callable
    # subject -> extra template context (called with the report's language active)
    context: Callable = lambda subject: {}
    # (event, user) -> [(subject, label), ...] this person may ask for on the event's reports page
    subjects: Callable = lambda event, user: []
    # what the document holds, for the reports page
    description: str = ""
    # order on the reports page
    order: int = 100
    # subject -> the words that name its file after the kind's label (default: the event's title)
    file_words: Callable | None = None
    # False for a report of something above the events (a network's): its job page shows no
    # event's tabs and its audit entry names no event.
    of_event: bool = True

    def file_name(self, subject, *, language: str) -> str:
        """The PDF's file name in `language`: "Plan d'action - Santé Ouganda - v1.pdf"."""
        with translation.override(language):
            words = self.file_words(subject) if self.file_words else [self.event_of(subject).title]
            return download_name(str(self.label), *words, extension="pdf")


def register(kind: ReportKind) -> ReportKind:
    _KINDS[kind.name] = kind
    return kind


def get(name: str) -> ReportKind | None:
    return _KINDS.get(name)


_participant_event: Callable | None = None


def participant_event_register(loader: Callable) -> None:
    """`loader(user=..., pk=...)` gives the event as this person takes part in it, or None;
    the events app registers it, so a job page shows the event's tabs to its participants only
    (a donor reads a published plan, not the event)."""
    global _participant_event
    _participant_event = loader


def participant_event(*, user, event):
    return _participant_event(user=user, pk=event.pk) if _participant_event else None


def audited_event(kind: ReportKind, subject):
    """The event a report's audit entry names: none for a network's report."""
    return kind.event_of(subject) if kind.of_event else None


def all_kinds() -> list[ReportKind]:
    return sorted(_KINDS.values(), key=lambda kind: (kind.order, kind.name))


@dataclass(frozen=True)
class EventChapter:
    """A chapter that a higher app adds to the event report, whose kind the top plan app
    registers: its content (plain data, fingerprinted with the report's) and its template,
    included at the report's end with the chapter's context."""

    name: str
    template: str
    content: Callable  # event -> plain data
    context: Callable  # event -> template context (with the report's language active)
    order: int = 100


_EVENT_CHAPTERS: dict[str, EventChapter] = {}


def event_chapter_register(chapter: EventChapter) -> EventChapter:
    _EVENT_CHAPTERS[chapter.name] = chapter
    return chapter


def event_chapters() -> list[EventChapter]:
    return sorted(_EVENT_CHAPTERS.values(), key=lambda chapter: (chapter.order, chapter.name))


# --- Front matter: cover, summary and contents -------------------------------------------------

_FRONT_MATTER: dict[str, Callable] = {}


def front_matter_register(kind_name: str, build: Callable) -> None:
    """`build(subject)` gives the front matter of a kind's report (called with the report's
    language active): plain data for the cover and the one-page summary, fingerprinted with
    the report's content. A kind without it (the sign-in sheet) starts with its body."""
    _FRONT_MATTER[kind_name] = build


def front_matter(kind_name: str, subject) -> dict | None:
    build = _FRONT_MATTER.get(kind_name)
    return build(subject) if build is not None else None
