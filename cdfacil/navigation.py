"""The event's tabs and the top menu, filled by each app when it starts.

An app registers an entry with the URL it leads to and the named rule that guards that URL's
view; a person sees the entry only when the rule lets them through, so a link never leads to
a 403. The core and the lower apps thus show the higher apps' pages without importing them.
"""

from dataclasses import dataclass

from django.urls import reverse


@dataclass(frozen=True)
class Entry:
    label: str
    url_name: str
    rule: str | None
    order: int
    # URL names ("app:name") or whole namespaces ("app:") under which the entry is the current one.
    current: tuple[str, ...] = ()

    def is_current(self, view_name: str) -> bool:
        return any(
            view_name.startswith(name) if name.endswith(":") else view_name == name
            for name in (self.url_name, *self.current)
        )


EVENT_TABS: dict[str, Entry] = {}
MENU: dict[str, Entry] = {}
LANDINGS: dict[str, Entry] = {}


def event_tabs_register(*tabs: Entry) -> None:
    """Tabs of every event page; each one's URL takes the event's pk and its rule the event."""
    EVENT_TABS.update((tab.url_name, tab) for tab in tabs)


def menu_register(*entries: Entry) -> None:
    """Entries of the top menu for signed-in people; their rules take no object."""
    MENU.update((entry.url_name, entry) for entry in entries)


def landing_register(*, url_name: str, rule: str, order: int) -> None:
    """A page that stands in for the dashboard of a person who takes part in no event (a
    donor's portfolio), for those whom `rule` (taking no object) lets through."""
    LANDINGS[url_name] = Entry("", url_name, rule, order)


def landing_url(*, user) -> str | None:
    for entry in sorted(LANDINGS.values(), key=lambda entry: entry.order):
        if user.has_perm(entry.rule):
            return reverse(entry.url_name)
    return None


def event_tabs(*, user, event, view_name: str = "") -> list[dict]:
    return [
        {
            "label": entry.label,
            "url": reverse(entry.url_name, args=[event.pk]),
            "current": entry.is_current(view_name),
        }
        for entry in sorted(EVENT_TABS.values(), key=lambda entry: entry.order)
        if user.has_perm(entry.rule, event)
    ]


def menu_entries(*, user, view_name: str = "") -> list[dict]:
    return [
        {
            "label": entry.label,
            "url": reverse(entry.url_name),
            "current": entry.is_current(view_name),
        }
        for entry in sorted(MENU.values(), key=lambda entry: entry.order)
        if entry.rule is None or user.has_perm(entry.rule)
    ]
