"""Resource mobilisation: a donor's pledges to a cluster's focus areas and activities, made
once the network has published a round's result, changed or withdrawn by the donor alone. A
withdrawn pledge is kept, out of every total. Each is recorded in the audit log (with no event:
`details["network"]` names the network)."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cdfacil.currencies import amount_format
from cdfacil.models import AuditEntry, User
from cdfacil.services import audit_record
from cdfacil.writes import validated_save
from networks.models import Activity, NetworkPledge

PLEDGE_FIELDS = ("amount", "currency", "status", "note")


def _pledge_audit(pledge: NetworkPledge, *, by: User, summary: str, **details) -> None:
    """An entry of the audit log about a pledge; `summary` (the words of the plans' pledges)
    names the organisation, the amount, the pledged focus area or activity and the status."""
    target = pledge.focus_area or pledge.activity
    words = {
        "organisation": pledge.organisation,
        "amount": amount_format(pledge.amount, pledge.currency, with_code=False),
        "currency": pledge.currency,
        "action": target.title,
        "status": pledge.get_status_display(),
    }
    audit_record(
        action=AuditEntry.Action.PLEDGE_SAVED,
        summary=summary % words,
        by=by,
        details={
            "network": target.cluster.network_id,
            "pledge": pledge.pk,
            "focus_area" if pledge.focus_area_id else "activity": target.pk,
            **details,
        },
    )


def network_pledge_save(*, pledge: NetworkPledge, by: User) -> NetworkPledge:
    """Create or change a donor's pledge (its target is set on the unsaved pledge)."""
    target = pledge.focus_area or pledge.activity
    created = pledge.pk is None
    if created:
        if not by.has_perm("networks.pledge", target):
            raise ValidationError(
                _("Only donors pledge, once the network has published a round's result.")
            )
        pledge.donor = by
        if by.organisation_id is None:
            raise ValidationError(_("Your account names no organisation to pledge for."))
        pledge.organisation_id = by.organisation_id
    elif not by.has_perm("networks.change_pledge", pledge):
        raise ValidationError(_("Only the donor who made a pledge changes it."))
    if pledge.withdrawn_at is not None:
        raise ValidationError(_("This pledge was withdrawn."))
    if pledge.activity is not None and pledge.activity.status == Activity.Status.CANCELLED:
        raise ValidationError(_("The activity was cancelled: it takes no pledge."))
    validated_save(pledge)
    _pledge_audit(
        pledge,
        by=by,
        summary=(
            _("%(organisation)s pledged %(amount)s %(currency)s to “%(action)s” (%(status)s).")
            if created
            else _(
                "Pledge of %(organisation)s to “%(action)s” changed to %(amount)s %(currency)s "
                "(%(status)s)."
            )
        ),
    )
    return pledge


@transaction.atomic
def network_pledge_withdraw(*, pledge: NetworkPledge, by: User) -> NetworkPledge:
    pledge = NetworkPledge.objects.select_for_update().get(pk=pledge.pk)
    if not by.has_perm("networks.change_pledge", pledge):
        raise ValidationError(_("Only the donor who made a pledge withdraws it."))
    if pledge.withdrawn_at is not None:
        raise ValidationError(_("This pledge was withdrawn already."))
    pledge.withdrawn_at = timezone.now()
    pledge.save(update_fields=["withdrawn_at"])
    _pledge_audit(
        pledge,
        by=by,
        summary=_(
            "%(organisation)s withdrew its pledge of %(amount)s %(currency)s to “%(action)s”."
        ),
        withdrawn=True,
    )
    return pledge
