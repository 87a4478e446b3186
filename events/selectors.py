"""Reads: querysets already limited to what the person asking may see."""

from django.core.paginator import Paginator
from django.db.models import OuterRef, Prefetch, Q, QuerySet, Subquery, Sum, Value

from cdfacil.models import AuditEntry, User
from events.models import (
    BudgetLine,
    ChecklistItem,
    Event,
    Invitation,
    Participation,
    RegistrationRequest,
    Session,
)

Role = Participation.Role


def event_visible_to(*, user) -> QuerySet[Event]:
    """Events the person takes part in (all events for administrators), each annotated with
    `viewer_role`. Anyone else gets nothing, so event pages answer 404, not 403."""
    if not user.is_authenticated:
        return Event.objects.none()
    role = Participation.objects.filter(event=OuterRef("pk"), user=user).values("role")[:1]
    events = Event.objects.annotate(viewer_role=Subquery(role), viewer_id=Value(user.pk))
    if user.is_superuser:
        return events
    # A subquery rather than a join, so counts annotated later are not narrowed to this person.
    return events.filter(pk__in=Participation.objects.filter(user=user).values("event"))


def event_for(*, user, event_pk: int) -> Event | None:
    """The event as this person sees it, or None when they take no part in it."""
    return event_visible_to(user=user).filter(pk=event_pk).first()


def _with_core_group(events: QuerySet[Event]) -> QuerySet[Event]:
    return events.prefetch_related(
        Prefetch(
            "participations",
            queryset=Participation.objects.filter(role=Role.CORE_GROUP).select_related(
                "user__organisation"
            ),
            to_attr="core_group",
        ),
    )


DASHBOARD_PAGE_SIZE = 12
DASHBOARD_MEMBER_PAGE_SIZE = 20


def dashboard_events(*, user) -> QuerySet[Event]:
    """The events the person facilitates (every event, for an administrator), newest first, with
    what the dashboard shows of each, in a fixed number of queries per page."""
    # The owner's name by a lookup per item rather than a join: the join hashed the whole
    # user table for a dozen events' items, a cost that grew with the platform.
    owner = User.objects.filter(pk=OuterRef("owner_id"))
    open_items = ChecklistItem.objects.exclude(status=ChecklistItem.Status.DONE).annotate(
        owner_first_name=Subquery(owner.values("first_name")[:1]),
        owner_last_name=Subquery(owner.values("last_name")[:1]),
        owner_username=Subquery(owner.values("username")[:1]),
    )
    return (
        _with_core_group(event_visible_to(user=user))
        .filter(Q(viewer_role=Role.FACILITATOR) | Q(viewer_role__isnull=True))
        .order_by("-day1", "title", "pk")
        .prefetch_related(Prefetch("checklist_items", queryset=open_items, to_attr="open_items"))
    )


def dashboard_member_events(*, user) -> QuerySet[Event]:
    """The events the person takes part in other than as a facilitator, newest first."""
    return (
        event_visible_to(user=user)
        .filter(viewer_role__isnull=False)
        .exclude(viewer_role=Role.FACILITATOR)
        .order_by("-day1", "title", "pk")
    )


def dashboard_context(*, user, page=None, member_page=None) -> dict:
    """One page of each list: a national programme's facilitator soon has many events."""
    from events.services import core_group_warnings

    facilitated = Paginator(dashboard_events(user=user), DASHBOARD_PAGE_SIZE).get_page(page)
    for event in facilitated:
        event.next_deadlines = event.open_items[:3]
        for item in event.next_deadlines:
            # The account's own rule for its name, from the fields fetched with the item.
            item.owner_display = User(
                first_name=item.owner_first_name or "",
                last_name=item.owner_last_name or "",
                username=item.owner_username or "",
            ).display_name
        event.overdue_count = sum(
            1 for item in event.open_items if item.is_overdue(event.local_today())
        )
        event.core_group_warnings = core_group_warnings(event=event, members=event.core_group)
        event.lead = next((m for m in event.core_group if m.is_lead), None)
    member_of = Paginator(dashboard_member_events(user=user), DASHBOARD_MEMBER_PAGE_SIZE).get_page(
        member_page
    )
    return {
        "facilitated_page": facilitated,
        "member_page": member_of,
        # Each pager keeps the other list where it is.
        "facilitated_query": f"page={facilitated.number}" if facilitated.number > 1 else "",
        "member_query": f"member_page={member_of.number}" if member_of.number > 1 else "",
    }


def event_participations(*, event: Event) -> QuerySet[Participation]:
    return event.participations.select_related("user__organisation").order_by(
        "role", "-is_lead", "user__first_name", "user__last_name"
    )


def event_core_group(*, event: Event) -> list[Participation]:
    return list(event_participations(event=event).filter(role=Role.CORE_GROUP))


def event_pending_invitations(*, event: Event) -> QuerySet[Invitation]:
    return event.invitations.filter(
        accepted_at__isnull=True, revoked_at__isnull=True
    ).select_related("organisation")


def event_registrations(*, event: Event) -> QuerySet[RegistrationRequest]:
    return event.registrations.select_related("organisation").order_by("status", "-created_at")


def agenda_days(*, event: Event) -> list[tuple[int, object, list[Session]]]:
    """The agenda as (day number, date, sessions), every day of the event present."""
    from events.models import EVENT_DAYS

    by_day: dict[int, list[Session]] = {day: [] for day in range(1, EVENT_DAYS + 1)}
    for session in event.sessions.order_by("day", "start_time", "pk"):
        session.event = event  # spares a query per session for starts_at
        by_day[session.day].append(session)
    return [(day, event.date_of_day(day), sessions) for day, sessions in by_day.items()]


def session_overlaps(*, session: Session) -> list[Session]:
    """Other sessions of the same day whose time overlaps this one's."""
    start = session.start_time.hour * 60 + session.start_time.minute
    end = start + session.duration_minutes
    return [
        other
        for other in session.event.sessions.filter(day=session.day).exclude(pk=session.pk)
        if start < other.start_time.hour * 60 + other.start_time.minute + other.duration_minutes
        and other.start_time.hour * 60 + other.start_time.minute < end
    ]


def checklist_items(*, event: Event, open_only: bool = False) -> list[ChecklistItem]:
    """The checklist in due order, each item marked `overdue` in the event's own today."""
    items = event.checklist_items.select_related("owner").order_by("due_date", "pk")
    if open_only:
        items = items.exclude(status=ChecklistItem.Status.DONE)
    today = event.local_today()
    items = list(items)
    for item in items:
        item.overdue = item.is_overdue(today)
    return items


def budget_lines(*, event: Event) -> QuerySet[BudgetLine]:
    return event.budget_lines.select_related("funder").order_by("category", "pk")


def budget_totals(*, event: Event) -> dict:
    """Totals per source and currency, and per currency, summed in the database."""
    lines = event.budget_lines.all()
    by_source = list(
        lines.values("source", "currency")
        .annotate(total=Sum("amount"))
        .order_by("source", "currency")
    )
    labels = dict(BudgetLine.Source.choices)
    for row in by_source:
        row["source_label"] = labels.get(row["source"], row["source"])
    by_currency = list(lines.values("currency").annotate(total=Sum("amount")).order_by("currency"))
    return {"by_source": by_source, "by_currency": by_currency}


def session_attendance(*, session: Session) -> list[tuple[Participation, bool]]:
    present = set(
        session.attendances.filter(present=True).values_list("participation_id", flat=True)
    )
    return [(p, p.pk in present) for p in event_participations(event=session.event)]


def audit_entries(*, event: Event) -> QuerySet[AuditEntry]:
    """The audit log of one event, newest first. Callers check that the reader may manage it."""
    return AuditEntry.objects.filter(event_id=event.pk).select_related("actor")
