"""The times of what happened in the demo's past event, set to when it happened there.

The services stamp their records with the moment the demo is loaded; for an event held months
ago the pages would then say that its round was submitted, its plan frozen, endorsed, published
and pledged to today. These are moved to the days of the event and the weeks after it. The audit
log keeps the moment of loading: it records what the loader did, and when.
"""

import datetime

from actionplans.models import Ballot, KeyIssue, PlanVersion, Pledge, Position
from assessments.models import ConsensusScore, Response
from events.models import Event


def at(event: Event, day: int, hour: int) -> datetime.datetime:
    """`hour` o'clock on day `day` of the event (past day 5 too), in its time zone."""
    return datetime.datetime.combine(
        event.date_of_day(day), datetime.time(hour), tzinfo=event.tzinfo
    )


def as_held(*, event: Event, version: PlanVersion) -> None:
    """Answers submitted on day 3, key issues voted on day 4, the plan frozen that evening,
    positions given and endorsement closed on day 5, published two weeks later, pledged since."""
    Response.objects.filter(round__event=event, submitted_at__isnull=False).update(
        submitted_at=at(event, 3, 12), updated_at=at(event, 3, 12)
    )
    ConsensusScore.objects.filter(round__event=event).update(recorded_at=at(event, 3, 16))
    KeyIssue.objects.filter(event=event).update(created_at=at(event, 4, 9))
    Ballot.objects.filter(event=event).update(closed_at=at(event, 4, 12))
    Position.objects.filter(version=version).update(recorded_at=at(event, 5, 11))
    PlanVersion.objects.filter(pk=version.pk).update(
        frozen_at=at(event, 4, 17), closed_at=at(event, 5, 13), published_at=at(event, 19, 10)
    )
    Pledge.objects.filter(version=version).update(
        created_at=at(event, 33, 10), updated_at=at(event, 33, 10)
    )
