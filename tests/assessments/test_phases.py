"""Assessment rounds in their phases: the baseline opens from core-group work, a later round in
the follow-up only; each refused in words, on the page as in the service."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from assessments.services.rounds import round_create
from builders.events import event_advance_to
from builders.rounds import answered_round
from events.models import Event

pytestmark = pytest.mark.django_db

Phase = Event.Phase


def open_round(event, version, members):
    now = timezone.now()
    return round_create(
        event=event,
        version=version,
        opens_at=now,
        closes_at=now + datetime.timedelta(days=2),
        respondents=members,
    )


def refused(call) -> str:
    with pytest.raises(ValidationError) as caught:
        call()
    return " ".join(caught.value.messages)


def test_the_baseline_round_opens_from_core_group_work(fac_client, event, members, version):
    event = event_advance_to(event=event, phase=Phase.KICK_OFF)
    message = (
        "Opening the baseline assessment round is open in these phases: Core-group work, "
        "Endorsement, Follow-up; the event is in Kick-off."
    )
    assert refused(lambda: open_round(event, version, members)) == message
    page = fac_client.get(reverse("assessments:round_list", args=[event.pk])).content.decode()
    assert message in page
    assert reverse("assessments:round_create", args=[event.pk]) not in page
    event = event_advance_to(event=event, phase=Phase.CORE_GROUP_WORK)
    assert open_round(event, version, members).kind == "baseline"


def test_a_follow_up_round_opens_in_the_follow_up_only(event, members, version):
    answered_round(event=event, members=members, version=version)
    event = Event.objects.get(pk=event.pk)
    assert event.phase == Phase.CORE_GROUP_WORK
    assert refused(lambda: open_round(event, version, members)) == (
        "Opening a follow-up assessment round is open in the Follow-up phase only; the event is "
        "in Core-group work."
    )
    assert event.assessment_rounds.count() == 1
