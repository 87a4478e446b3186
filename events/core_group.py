"""The core group's norm, as a pure rule that pages, selectors and services share."""

from django.utils.translation import gettext as _

from events.models import CORE_GROUP_NORM, Participation


def core_group_warnings(*, members: list[Participation], pending: int = 0) -> list[str]:
    """Departures from the norm that the facilitator should see but that are allowed.
    `members` is the event's core group, with nothing else; `pending` counts the core-group
    invitations still waiting for an answer, which are said as such, not as absent people."""
    low, high = CORE_GROUP_NORM
    warnings = []
    if pending and not low <= len(members) <= high:
        expected = len(members) + pending
        if low <= expected <= high:
            warnings.append(
                _(
                    "The core group has %(count)d members, %(pending)d invited and pending: "
                    "%(expected)d once they accept, within the %(low)d to %(high)d the process "
                    "works best with."
                )
                % {
                    "count": len(members),
                    "pending": pending,
                    "expected": expected,
                    "low": low,
                    "high": high,
                }
            )
        else:
            warnings.append(
                _(
                    "The core group has %(count)d members, %(pending)d invited and pending; the "
                    "process works best with %(low)d to %(high)d."
                )
                % {"count": len(members), "pending": pending, "low": low, "high": high}
            )
    elif not low <= len(members) <= high:
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
