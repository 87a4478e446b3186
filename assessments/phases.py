"""The assessment's part in the phases of an event: the baseline round is closed before the
key-issue vote closes, so that the ranked issues rest on its results."""

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from assessments.models import AssessmentRound
from events.models import Event
from events.phases import act_guard_register


def baseline_closed_guard(event: Event) -> list[str]:
    baseline = AssessmentRound.objects.filter(event=event, number=1).only("closes_at").first()
    if baseline is None or baseline.closes_at <= timezone.now():
        return []
    return [
        _(
            "The baseline round is open until %(when)s: close it first, so that the key issues "
            "rest on its results."
        )
        % {"when": date_format(timezone.localtime(baseline.closes_at, event.tzinfo), "j F Y, H:i")}
    ]


act_guard_register("key_issue_vote", baseline_closed_guard)
