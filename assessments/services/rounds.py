"""Writes to an event's assessment rounds: opening one for the chosen core-group members, and
closing it early."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from assessments.models import AssessmentRound, FrameworkVersion, Response
from cdfacil.writes import model_update, validated_save
from events.models import Event, Participation
from events.phases import act_check


@transaction.atomic
def round_create(
    *,
    event: Event,
    version: FrameworkVersion,
    opens_at: datetime.datetime,
    closes_at: datetime.datetime,
    respondents: list,
) -> AssessmentRound:
    """Open a round on a published version for the chosen core-group members."""
    event = Event.objects.select_for_update().get(pk=event.pk)
    number = (event.assessment_rounds.aggregate(last=Max("number"))["last"] or 0) + 1
    act_check(event=event, act="baseline_round" if number == 1 else "followup_round")
    if not version.is_frozen:
        raise ValidationError(
            {"version": _("Publish the framework version before a round can use it.")}
        )
    if closes_at <= opens_at:
        raise ValidationError({"closes_at": _("The round must close after it opens.")})
    core_group = set(
        event.participations.filter(role=Participation.Role.CORE_GROUP).values_list(
            "user_id", flat=True
        )
    )
    outside = [person for person in respondents if person.pk not in core_group]
    if outside:
        raise ValidationError(
            {
                "respondents": _("Only core-group members answer the assessment: %(names)s.")
                % {"names": ", ".join(person.display_name for person in outside)}
            }
        )
    if not respondents:
        raise ValidationError({"respondents": _("Choose the members who answer this round.")})
    assessment_round = AssessmentRound(
        event=event,
        number=number,
        kind=AssessmentRound.Kind.BASELINE if number == 1 else AssessmentRound.Kind.FOLLOW_UP,
        version=version,
        opens_at=opens_at,
        closes_at=closes_at,
    )
    validated_save(assessment_round)
    Response.objects.bulk_create(
        Response(round=assessment_round, respondent=person) for person in respondents
    )
    return assessment_round


@transaction.atomic
def round_close(*, assessment_round: AssessmentRound, by) -> AssessmentRound:
    """Close an open round now, before its close time: answers stop changing, and members may
    see its results (with enough submitted responses)."""
    if not by.has_perm("assessments.manage_round", assessment_round):
        raise ValidationError(_("Only the event's facilitators close a round."))
    assessment_round = AssessmentRound.objects.select_for_update().get(pk=assessment_round.pk)
    now = timezone.now()
    if now >= assessment_round.closes_at:
        raise ValidationError(_("This round is already closed."))
    if now <= assessment_round.opens_at:
        raise ValidationError(_("This round has not opened yet."))
    model_update(instance=assessment_round, fields=["closes_at"], data={"closes_at": now})
    return assessment_round


def round_closed_reason(*, assessment_round: AssessmentRound) -> str | None:
    now = timezone.now()
    tz = assessment_round.event.tzinfo
    if now < assessment_round.opens_at:
        return _("This round opens on %(when)s.") % {
            "when": date_format(timezone.localtime(assessment_round.opens_at, tz), "j F Y, H:i")
        }
    if now >= assessment_round.closes_at:
        return _("This round closed on %(when)s; answers can no longer change.") % {
            "when": date_format(timezone.localtime(assessment_round.closes_at, tz), "j F Y, H:i")
        }
    return None
