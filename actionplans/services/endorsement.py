"""Positions on a frozen version, and closing its endorsement by the rule in
`actionplans.endorsement`."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from actionplans.endorsement import endorsement_outcome
from actionplans.models import PlanVersion, Position
from actionplans.selectors.endorsement import closing_record
from cdfacil.models import AuditEntry, Organisation, User
from cdfacil.services import audit_record
from events.phases import act_check


def _audit_position(
    *, position: Position, version: PlanVersion, organisation: Organisation, by, created: bool
) -> None:
    words = {
        "organisation": organisation,
        "number": version.number,
        "stance": position.get_stance_display(),
    }
    audit_record(
        action=AuditEntry.Action.POSITION_RECORDED,
        summary=(
            _(
                "Position of %(organisation)s on version %(number)d, recorded on its behalf: "
                "%(stance)s."
            )
            if position.on_behalf
            else _("Position of %(organisation)s on version %(number)d: %(stance)s.")
        )
        % words,
        by=by,
        event=version.plan.event,
        details={
            "version": version.pk,
            "organisation": organisation.pk,
            "stance": position.stance,
            "on_behalf": position.on_behalf,
            "changed": not created,
        },
    )


@transaction.atomic
def position_record(
    *, version: PlanVersion, organisation: Organisation, stance: str, comment: str, by: User
) -> Position:
    """One position per organisation; a facilitator's record for another says so."""
    version = (
        PlanVersion.objects.select_for_update().select_related("plan__event").get(pk=version.pk)
    )
    if version.status != PlanVersion.Status.OPEN:
        raise ValidationError(_("The endorsement of this version is closed."))
    act_check(event=version.plan.event, act="position")
    if stance not in Position.Stance.values:
        raise ValidationError({"stance": _("Choose a position.")})
    on_behalf = by.organisation_id != organisation.pk
    in_the_room = by.has_perm("actionplans.record_on_behalf", version)
    if on_behalf and not in_the_room:
        raise ValidationError(_("You can record a position only for your own organisation."))
    given_in_the_room = version.positions.filter(organisation=organisation, on_behalf=True)
    if not in_the_room and given_in_the_room.exists():
        raise ValidationError(
            _(
                "A facilitator recorded your organisation's position as given in the room; ask "
                "a facilitator to change it."
            )
        )
    position, created = Position.objects.update_or_create(
        version=version,
        organisation=organisation,
        defaults={"stance": stance, "comment": comment, "recorded_by": by, "on_behalf": on_behalf},
    )
    _audit_position(
        position=position, version=version, organisation=organisation, by=by, created=created
    )
    return position


@transaction.atomic
def endorsement_close(*, version: PlanVersion, by: User | None = None) -> PlanVersion:
    """Close the positions and apply the rule; the reasons stay on record with the version."""
    version = (
        PlanVersion.objects.select_for_update().select_related("plan__event").get(pk=version.pk)
    )
    if version.status != PlanVersion.Status.OPEN:
        raise ValidationError(_("The endorsement of this version is already closed."))
    act_check(event=version.plan.event, act="endorsement_close")
    # What the rule is decided on is kept with the version, so its record never follows a
    # lead or participants changed later.
    record = closing_record(version=version)
    stances = {int(pk): stance for pk, stance in record["stances"].items()}
    endorsed, reasons = endorsement_outcome(
        stances=stances, lead_organisation_id=record["lead"] and record["lead"][0]
    )
    version.status = PlanVersion.Status.ENDORSED if endorsed else PlanVersion.Status.NOT_ENDORSED
    version.outcome_reasons = reasons
    version.closed_at = timezone.now()
    version.closing_record = record
    version.save(update_fields=["status", "outcome_reasons", "closed_at", "closing_record"])
    audit_record(
        action=AuditEntry.Action.ENDORSEMENT_CLOSED,
        summary=(
            _("Endorsement of version %(number)d closed: the version is endorsed.")
            if endorsed
            else _("Endorsement of version %(number)d closed: the version is not endorsed.")
        )
        % {"number": version.number},
        by=by,
        event=version.plan.event,
        details={"version": version.pk, "status": version.status, "positions": len(stances)},
    )
    return version
