"""Resource mobilisation: a donor's pledges to a cluster's focus areas and activities, made
once the network has published a round's result, changed or withdrawn by the donor alone. A
withdrawn pledge is kept, out of every total."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cdfacil.models import User
from cdfacil.writes import validated_save
from networks.models import Activity, NetworkPledge

PLEDGE_FIELDS = ("amount", "currency", "status", "note")


def network_pledge_save(*, pledge: NetworkPledge, by: User) -> NetworkPledge:
    """Create or change a donor's pledge (its target is set on the unsaved pledge)."""
    target = pledge.focus_area or pledge.activity
    if pledge.pk is None:
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
    return validated_save(pledge)


@transaction.atomic
def network_pledge_withdraw(*, pledge: NetworkPledge, by: User) -> NetworkPledge:
    pledge = NetworkPledge.objects.select_for_update().get(pk=pledge.pk)
    if not by.has_perm("networks.change_pledge", pledge):
        raise ValidationError(_("Only the donor who made a pledge withdraws it."))
    if pledge.withdrawn_at is not None:
        raise ValidationError(_("This pledge was withdrawn already."))
    pledge.withdrawn_at = timezone.now()
    pledge.save(update_fields=["withdrawn_at"])
    return pledge
