"""The core group's norm, as a pure rule that pages, selectors and services share."""

from django.utils.translation import gettext as _

from events.models import CORE_GROUP_NORM, Participation


def core_group_warnings(*, members: list[Participation]) -> list[str]:
    """Departures from the norm that the facilitator should see but that are allowed.
    `members` is the event's core group, with nothing else."""
    low, high = CORE_GROUP_NORM
    warnings = []
    if not low <= len(members) <= high:
        warnings.append(
            _(
                "The core group has %(count)d members; the process works best with %(low)d "
                "to %(high)d."
            )
            % {"count": len(members), "low": low, "high": high}
        )
    if not any(m.is_lead for m in members):
        warnings.append(_("The core group has no lead yet; the kick-off cannot start without one."))
    return warnings
