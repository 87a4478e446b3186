"""The endorsement rule, as a pure function tested without a database.

A frozen version is endorsed when the lead government organisation endorses (with or without
reservations) and a majority of the organisations that took a position endorse.
"""

from django.utils.translation import gettext as _

ENDORSING = {"endorse", "reservations"}


def endorsement_outcome(*, stances: dict[int, str], lead_organisation_id: int | None) -> tuple:
    """(endorsed, reasons) for positions given as {organisation id: stance}."""
    reasons = []
    if lead_organisation_id is None:
        reasons.append(_("The core group has no lead government organisation."))
    elif stances.get(lead_organisation_id) not in ENDORSING:
        reasons.append(_("The lead government organisation did not endorse the plan."))
    taken = len(stances)
    endorsing = sum(1 for stance in stances.values() if stance in ENDORSING)
    if taken == 0:
        reasons.append(_("No organisation took a position."))
    elif endorsing * 2 <= taken:
        reasons.append(
            _(
                "Only %(endorsing)d of the %(taken)d organisations that took a position "
                "endorsed it; a majority is needed."
            )
            % {"endorsing": endorsing, "taken": taken}
        )
    return (not reasons, reasons)
