"""The plan's next steps: a facilitator's dot vote to close, an organisation's position on the
version open for endorsement, actions past their end date with no progress since, and a donor's
pledge still only indicated after 60 days."""

import datetime
from collections import defaultdict

from django.db.models import Exists, OuterRef, Subquery
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from actionplans.models import Action, KeyIssue, PlanVersion, Pledge, Position, ProgressUpdate
from assessments.models import AssessmentRound
from events.models import Event, Participation
from events.next_steps import (
    Step,
    StepRule,
    event_local_today,
    none_in_phase,
    step_rule_register,
)

Role = Participation.Role
Phase = Event.Phase

# A pledge indicated this long ago is asked to be confirmed (committed) or withdrawn.
PLEDGE_CONFIRM_AFTER = datetime.timedelta(days=60)


def _people(*, user, events, roles, phase):
    """The participations of these roles in events of this phase, for one person or all."""
    people = Participation.objects.filter(role__in=roles, event__phase=phase).select_related(
        "event"
    )
    if user is not None:
        people = people.filter(user=user)
    if events is not None:
        people = people.filter(event__in=[event.pk for event in events])
    return people


def votes_to_close(*, now, user=None, events=None) -> list[Step]:
    """A facilitator of an event whose dot vote has dots in it and is still open: one query."""
    if none_in_phase(events, Phase.CORE_GROUP_WORK):
        return []
    voted = KeyIssue.objects.filter(event=OuterRef("event"), votes__isnull=False)
    people = (
        _people(user=user, events=events, roles=[Role.FACILITATOR], phase=Phase.CORE_GROUP_WORK)
        .filter(event__key_issue_ballot__closed_at__isnull=True)
        .filter(Exists(voted))
        # Not while the baseline is open: the vote may close only after it (assessments/phases).
        .exclude(
            Exists(
                AssessmentRound.objects.filter(event=OuterRef("event"), number=1, closes_at__gt=now)
            )
        )
    )
    return [
        Step(
            rule="vote_to_close",
            user_id=person.user_id,
            what=_("Close the dot vote"),
            why=_(
                "Members have placed their dots on the key issues of %(event)s; closing the "
                "vote makes the ranking final, so the plan can be written."
            )
            % {"event": person.event.title},
            url=reverse("actionplans:ballot_close", args=[person.event_id]),
            subject=f"ballot:{person.event_id}",
            event_id=person.event_id,
        )
        for person in people
    ]


def positions_missing(*, now, user=None, events=None) -> list[Step]:
    """A participant whose organisation has no position yet on the version open for
    endorsement (facilitators record positions on behalf, but have none of their own): one
    query."""
    if none_in_phase(events, Phase.ENDORSEMENT):
        return []
    open_version = PlanVersion.objects.filter(
        plan__event=OuterRef("event"), status=PlanVersion.Status.OPEN
    ).order_by("-number")
    people = (
        _people(
            user=user,
            events=events,
            roles=[Role.CORE_GROUP, Role.STAKEHOLDER],
            phase=Phase.ENDORSEMENT,
        )
        .filter(user__organisation__isnull=False)
        .annotate(
            version_pk=Subquery(open_version.values("pk")[:1]),
            version_number=Subquery(open_version.values("number")[:1]),
        )
        .filter(version_pk__isnull=False)
        .exclude(
            Exists(
                Position.objects.filter(
                    version=OuterRef("version_pk"), organisation=OuterRef("user__organisation")
                )
            )
        )
    )
    return [
        Step(
            rule="position_missing",
            user_id=person.user_id,
            what=_("Record your organisation's position"),
            why=_(
                "Version %(number)s of the action plan of %(event)s is open for endorsement and "
                "your organisation has not given its position yet."
            )
            % {"number": person.version_number, "event": person.event.title},
            url=reverse(
                "actionplans:version_position", args=[person.event_id, person.version_number]
            ),
            subject=f"position:{person.version_pk}",
            event_id=person.event_id,
        )
        for person in people
    ]


def late_actions(*, now, user=None, events=None) -> list[Step]:
    """The planners (facilitators and core group) of an event in follow-up with actions past
    their end date, not finished, and with no progress recorded since that date: two
    queries."""
    if none_in_phase(events, Phase.FOLLOW_UP):
        return []
    people = list(
        _people(
            user=user,
            events=events,
            roles=[Role.FACILITATOR, Role.CORE_GROUP],
            phase=Phase.FOLLOW_UP,
        )
    )
    if not people:
        return []
    finished = [ProgressUpdate.Status.DONE, ProgressUpdate.Status.CANCELLED]
    # The latest zone on Earth is a day behind UTC at most: the event's own today is checked
    # below.
    latest_today = now.date() + datetime.timedelta(days=1)
    late = (
        Action.objects.filter(
            output__objective__plan__event__in={person.event_id for person in people},
            ends_on__lt=latest_today,
        )
        .exclude(status__in=[Action.Status.DONE, Action.Status.CANCELLED])
        .exclude(Exists(ProgressUpdate.objects.filter(action=OuterRef("pk"), status__in=finished)))
        .exclude(
            Exists(
                ProgressUpdate.objects.filter(action=OuterRef("pk"), date__gte=OuterRef("ends_on"))
            )
        )
        .values_list("output__objective__plan__event", "ends_on")
    )
    events_by_pk = {person.event_id: person.event for person in people}
    ends = defaultdict(list)
    for event_pk, ends_on in late:
        if ends_on < event_local_today(events_by_pk[event_pk], now):
            ends[event_pk].append(ends_on)
    steps = []
    for person in people:
        dates = ends.get(person.event_id)
        if not dates:
            continue
        steps.append(
            Step(
                rule="actions_late",
                user_id=person.user_id,
                what=_("Report progress on late actions"),
                why=ngettext(
                    "%(count)d action of %(event)s is past its end date (%(since)s) with no "
                    "progress recorded since.",
                    "%(count)d actions of %(event)s are past their end date (the first on "
                    "%(since)s) with no progress recorded since.",
                    len(dates),
                )
                % {
                    "count": len(dates),
                    "event": person.event.title,
                    "since": date_format(min(dates), "j F Y"),
                },
                url=reverse("actionplans:plan_dashboard", args=[person.event_id]),
                subject=f"late-actions:{person.event_id}",
                event_id=person.event_id,
                when=min(dates),
            )
        )
    return steps


def pledges_to_confirm(*, now, user=None, events=None) -> list[Step]:
    """A donor's pledge still "indicated" 60 days after it was made, on a plan still published:
    one query. Pledges are the donor's own, whatever the events asked about."""
    pledges = (
        Pledge.objects.filter(
            status=Pledge.Status.INDICATED,
            withdrawn_at__isnull=True,
            created_at__lte=now - PLEDGE_CONFIRM_AFTER,
            version__published_at__isnull=False,
            version__withdrawn_at__isnull=True,
        )
        .select_related("action", "version__plan__event")
        .order_by("created_at", "pk")
    )
    if user is not None:
        if not user.is_donor:
            return []
        pledges = pledges.filter(donor=user)
    return [
        Step(
            rule="pledge_indicated",
            user_id=pledge.donor_id,
            what=_("Confirm your pledge"),
            why=_(
                "You indicated support to “%(action)s” (%(event)s) on %(when)s and it is still "
                "only indicated: say whether it is committed, or withdraw it."
            )
            % {
                "action": pledge.action.title,
                "event": pledge.version.plan.event.title,
                "when": date_format(
                    timezone.localtime(pledge.created_at, pledge.version.plan.event.tzinfo).date(),
                    "j F Y",
                ),
            },
            url=reverse("actionplans:pledge_edit", args=[pledge.pk]),
            subject=f"pledge:{pledge.pk}",
            event_id=pledge.version.plan.event_id,
            when=timezone.localtime(pledge.created_at, pledge.version.plan.event.tzinfo).date(),
        )
        for pledge in pledges
    ]


step_rule_register(
    StepRule(
        "vote_to_close",
        votes_to_close,
        order=20,
        remind_every_days=2,
        label=gettext_lazy("the dot vote"),
    )
)
step_rule_register(
    StepRule(
        "position_missing",
        positions_missing,
        order=30,
        remind_every_days=3,
        label=gettext_lazy("your organisation's position"),
    )
)
step_rule_register(
    StepRule(
        "actions_late",
        late_actions,
        order=40,
        remind_every_days=14,
        label=gettext_lazy("late actions"),
    )
)
step_rule_register(
    StepRule(
        "pledge_indicated",
        pledges_to_confirm,
        order=50,
        remind_every_days=30,
        label=gettext_lazy("your pledge"),
    )
)
