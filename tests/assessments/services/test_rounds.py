"""Opening a round: a published version and core-group members only."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from assessments.models import AssessmentRound
from assessments.services import frameworks as framework_services
from assessments.services import rounds as round_services
from builders.events import event_advance_to
from builders.rounds import answered_round
from events.models import Event

pytestmark = pytest.mark.django_db


def test_round_needs_a_published_version_and_core_group_members(
    event, default_version, facilitator, six_members, members
):
    draft = framework_services.framework_copy(version=default_version, name="Draft", by=facilitator)
    now = timezone.now()
    event_advance_to(event=event, phase=Event.Phase.CORE_GROUP_WORK)

    def open_round(version, respondents):
        return round_services.round_create(
            event=event,
            version=version,
            opens_at=now,
            closes_at=now + datetime.timedelta(days=1),
            respondents=respondents,
        )

    with pytest.raises(ValidationError, match="Publish the framework version"):
        open_round(draft, [six_members[0].user])
    with pytest.raises(ValidationError, match="Only core-group members"):
        open_round(default_version, [facilitator])
    first, second = (
        answered_round(event=event, members=members, scores=None, submitted=False) for _ in range(2)
    )
    assert (first.kind, second.kind) == (
        AssessmentRound.Kind.BASELINE,
        AssessmentRound.Kind.FOLLOW_UP,
    )
    assert first.responses.count() == 6
