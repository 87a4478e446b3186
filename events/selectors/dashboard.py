"""Reads for the dashboard: the events a person facilitates and those they take part in."""

from django.core.paginator import Paginator
from django.db.models import Count, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from cdfacil.models import User
from events.core_group import core_group_warnings
from events.models import ChecklistItem, Event, Invitation, Participation
from events.next_steps import next_steps_for
from events.selectors.event import event_visible_to

Role = Participation.Role

DASHBOARD_PAGE_SIZE = 12
DASHBOARD_MEMBER_PAGE_SIZE = 20


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


def dashboard_events(*, user) -> QuerySet[Event]:
    """The events the person facilitates (every event, for an administrator), newest first, with
    what the dashboard shows of each, in a fixed number of queries per page."""
    # The owner's name by a lookup per item rather than a join: the join hashed the whole
    # user table for a dozen events' items, a cost that grew with the platform.
    owner = User.objects.filter(pk=OuterRef("owner_id"))
    # The preparation's tasks matter before day 1 only: once the event has moved on, an open
    # "Confirm funding" is no longer anybody's next step.
    open_items = (
        ChecklistItem.objects.exclude(status=ChecklistItem.Status.DONE)
        .filter(event__phase=Event.Phase.PREPARATION)
        .annotate(
            owner_first_name=Subquery(owner.values("first_name")[:1]),
            owner_last_name=Subquery(owner.values("last_name")[:1]),
            owner_username=Subquery(owner.values("username")[:1]),
        )
    )
    # Core-group invitations still waiting: the warnings say them as pending, not absent.
    pending = (
        Invitation.objects.filter(
            event=OuterRef("pk"),
            role=Role.CORE_GROUP,
            accepted_at__isnull=True,
            revoked_at__isnull=True,
            expires_at__gt=timezone.now(),
        )
        .order_by()
        .values("event")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return (
        _with_core_group(event_visible_to(user=user))
        .annotate(core_group_pending=Coalesce(Subquery(pending), 0))
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


def _annotate_for_dashboard(event: Event) -> None:
    """What the dashboard card shows of one event, from what `dashboard_events` fetched."""
    event.next_deadlines = event.open_items[:3]
    for item in event.next_deadlines:
        # The account's own rule for its name, from the fields fetched with the item.
        item.owner_display = User(
            first_name=item.owner_first_name or "",
            last_name=item.owner_last_name or "",
            username=item.owner_username or "",
        ).display_name
    today = event.local_today()
    event.overdue_count = sum(1 for item in event.open_items if item.is_overdue(today))
    event.core_group_warnings = core_group_warnings(
        members=event.core_group, pending=event.core_group_pending
    )
    event.lead = next((m for m in event.core_group if m.is_lead), None)


def dashboard_context(*, user, page=None, member_page=None) -> dict:
    """One page of each list: a national programme's facilitator soon has many events."""
    facilitated = Paginator(dashboard_events(user=user), DASHBOARD_PAGE_SIZE).get_page(page)
    for event in facilitated:
        _annotate_for_dashboard(event)
    member_of = Paginator(dashboard_member_events(user=user), DASHBOARD_MEMBER_PAGE_SIZE).get_page(
        member_page
    )
    return {
        # Most pressing first; a few queries whatever the number of events on the pages.
        "next_steps": next_steps_for(
            user=user, events=[*facilitated.object_list, *member_of.object_list]
        ),
        "facilitated_page": facilitated,
        "member_page": member_of,
        # Each pager keeps the other list where it is.
        "facilitated_query": f"page={facilitated.number}" if facilitated.number > 1 else "",
        "member_query": f"member_page={member_of.number}" if member_of.number > 1 else "",
    }
