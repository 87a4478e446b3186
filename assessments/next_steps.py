"""The assessment's next steps: a member with an unfinished answer sheet in an open round."""

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from assessments.models import Response
from events.models import Event
from events.next_steps import Step, StepRule, none_in_phase, step_rule_register

# The phases in which a round may be open (the baseline from core-group work on).
ROUND_PHASES = (
    Event.Phase.CORE_GROUP_WORK,
    Event.Phase.ENDORSEMENT,
    Event.Phase.FOLLOW_UP,
)


def unfinished_assessments(*, now, user=None, events=None) -> list[Step]:
    """Each in-progress answer sheet of a round open now: one query."""
    if none_in_phase(events, *ROUND_PHASES):
        return []
    responses = Response.objects.filter(
        status=Response.Status.IN_PROGRESS, round__opens_at__lte=now, round__closes_at__gt=now
    ).select_related("round__event")
    if user is not None:
        responses = responses.filter(respondent=user)
    if events is not None:
        responses = responses.filter(round__event__in=[event.pk for event in events])
    steps = []
    for response in responses:
        event = response.round.event
        closes = timezone.localtime(response.round.closes_at, event.tzinfo)
        steps.append(
            Step(
                rule="assessment_unfinished",
                user_id=response.respondent_id,
                what=_("Finish your assessment"),
                why=_(
                    "Your answers to the %(round)s round of %(event)s are not submitted yet; "
                    "the round closes on %(when)s."
                )
                % {
                    "round": response.round.get_kind_display().lower(),
                    "event": event.title,
                    "when": date_format(closes, "j F Y, H:i"),
                },
                url=reverse("assessments:response", args=[event.pk, response.pk]),
                subject=f"response:{response.pk}",
                event_id=event.pk,
                when=closes.date(),
            )
        )
    return steps


step_rule_register(
    StepRule(
        "assessment_unfinished",
        unfinished_assessments,
        order=10,
        remind_every_days=3,
        label=gettext_lazy("your assessment"),
    )
)
