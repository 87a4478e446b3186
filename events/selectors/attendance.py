"""Reads of attendance: who is expected on a day of the event or at one of its sessions, grouped
by organisation, with whether they were checked in."""

import unicodedata
from dataclasses import dataclass, field

from events.models import Attendance, Event, Participation, Session
from events.selectors.people import event_participations

Role = Participation.Role
Audience = Session.Audience

# Who a session's audience brings into the room. The facilitators run the broad group's
# workshops and the core group's days: they are checked in only at their own sessions.
AUDIENCE_ROLES = {
    Audience.BROAD_GROUP: frozenset({Role.CORE_GROUP, Role.STAKEHOLDER}),
    Audience.CORE_GROUP: frozenset({Role.CORE_GROUP}),
    Audience.FACILITATORS: frozenset({Role.FACILITATOR}),
}


def expected_at(session: Session, participation: Participation) -> bool:
    return participation.role in AUDIENCE_ROLES.get(session.audience, frozenset())


def day_sessions(*, event: Event, day: int) -> list[Session]:
    """The sessions of a day where attendance is taken: every one but the breaks."""
    return list(
        event.sessions.filter(day=day).exclude(kind=Session.Kind.BREAK).order_by("start_time", "pk")
    )


def folded(text: str) -> str:
    """Text as a search compares it: no case, no accents ("Élodie" is found by "elo")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass
class Attendee:
    participation: Participation
    expected: int  # sessions of the scope this person is expected at
    attended: int  # of those, where they were marked present

    @property
    def present(self) -> bool:
        return self.attended > 0

    @property
    def partly(self) -> bool:
        return 0 < self.attended < self.expected


@dataclass
class OrganisationGroup:
    key: int  # the organisation's id, 0 for none
    name: str
    people: list[Attendee] = field(default_factory=list)

    @property
    def present(self) -> int:
        return sum(person.present for person in self.people)


@dataclass
class AttendanceSheet:
    sessions: list[Session]  # the scope: the day's sessions, or the one chosen
    people: list[Attendee]  # everyone expected in the scope
    groups: list[OrganisationGroup]  # those the search finds, by organisation

    @property
    def present(self) -> int:
        return sum(person.present for person in self.people)

    @property
    def shown(self) -> list[Attendee]:
        return [person for group in self.groups for person in group.people]


def attendance_sheet(*, event: Event, sessions: list[Session], search: str = "") -> AttendanceSheet:
    """Who is expected at `sessions` (by their audiences), how many of their sessions each was
    checked in at, and those whose name or organisation matches `search`, grouped by
    organisation. Two queries whatever the number of people."""
    roles = set().union(*(AUDIENCE_ROLES.get(s.audience, ()) for s in sessions))
    participations = list(event_participations(event=event).filter(role__in=roles)) if roles else []
    marked = set(
        Attendance.objects.filter(session__in=sessions, present=True).values_list(
            "participation_id", "session_id"
        )
    )
    people = []
    for participation in participations:
        mine = [s for s in sessions if expected_at(s, participation)]
        attended = sum((participation.pk, s.pk) in marked for s in mine)
        people.append(Attendee(participation, expected=len(mine), attended=attended))
    return AttendanceSheet(sessions=sessions, people=people, groups=_grouped(people, search))


def _organisation_name(participation: Participation) -> str:
    organisation = participation.user.organisation
    if organisation is None:
        return ""
    if organisation.acronym:
        return f"{organisation.name} ({organisation.acronym})"
    return organisation.name


def _grouped(people: list[Attendee], search: str) -> list[OrganisationGroup]:
    words = folded(search).split()
    groups: dict[int, OrganisationGroup] = {}
    for person in people:
        organisation = _organisation_name(person.participation)
        user = person.participation.user
        haystack = folded(f"{user.display_name} {user.username} {organisation}")
        if all(word in haystack for word in words):
            key = user.organisation_id or 0
            groups.setdefault(key, OrganisationGroup(key, organisation)).people.append(person)
    for group in groups.values():
        group.people.sort(key=lambda p: folded(p.participation.user.display_name))
    # People with no organisation (administrators) last.
    return sorted(groups.values(), key=lambda g: (not g.name, folded(g.name)))
