"""Writes to a network and its people: creating and editing it, members joining and leaving,
the secretariat and representatives removed, and the events put in it (the invitations are in
`services.invitations`). Each is recorded in the audit log (with no event:
`details["network"]` names it)."""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cdfacil.models import AuditEntry, Organisation
from cdfacil.services import audit_record
from cdfacil.writes import model_update, validated_save
from events.models import Event, Participation
from networks.models import (
    Cluster,
    ClusterMembership,
    Network,
    NetworkEvent,
    NetworkMember,
    Representative,
    SecretariatSeat,
)

User = get_user_model()

NETWORK_FIELDS = ["name", "acronym", "description", "language", "time_zone"]


def network_audit(*, network: Network, action: str, summary: str, by, **details) -> None:
    """An entry of the audit log about a network (no event: `details["network"]` names it)."""
    audit_record(action=action, summary=summary, by=by, details={"network": network.pk, **details})


def refuse_unless(allowed: bool) -> None:
    """Refuse an act whose rule the person lacks (the views check it first; this is the
    service's own guard)."""
    if not allowed:
        raise ValidationError(_("You are not allowed to do this"))


# The network itself


def network_create(*, by: User, data: dict) -> Network:
    """A new network (administrators); its secretariat is invited next."""
    refuse_unless(by.has_perm("networks.create_network"))
    network = Network(**{name: data[name] for name in NETWORK_FIELDS if name in data})
    return validated_save(network)


def network_update(*, network: Network, by: User, data: dict) -> list[str]:
    refuse_unless(by.has_perm("networks.manage_network", network))
    return model_update(instance=network, fields=NETWORK_FIELDS, data=data)


# Members


@transaction.atomic
def member_add(*, network: Network, by: User, organisation: Organisation) -> NetworkMember:
    """The organisation joins. A former member joins again on its own row, with the new joining
    date and the representatives it had (its earlier time is kept in the audit log)."""
    refuse_unless(by.has_perm("networks.manage_network", network))
    member = (
        NetworkMember.objects.select_for_update()
        .filter(network=network, organisation=organisation)
        .first()
    )
    if member is not None and member.is_active:
        raise ValidationError(
            {"organisation": _("%(name)s is a member already.") % {"name": organisation}}
        )
    earlier = {}
    if member is None:
        member = validated_save(NetworkMember(network=network, organisation=organisation))
    else:
        earlier = {"joined_at": member.joined_at.isoformat(), "left_at": member.left_at.isoformat()}
        member.joined_at, member.left_at = timezone.now(), None
        member.save(update_fields=["joined_at", "left_at"])
    network_audit(
        network=network,
        action=AuditEntry.Action.ROLE_CHANGED,
        summary=_("%(name)s joined the network %(network)s.")
        % {"name": organisation, "network": network.name},
        by=by,
        member=member.pk,
        **({"earlier": earlier} if earlier else {}),
    )
    return member


def member_leave_refusal(*, member: NetworkMember) -> str:
    """Why the member cannot leave now, or "": a member convening a cluster hands it over
    first."""
    if not member.is_active:
        return _("%(name)s has left the network already.") % {"name": member.organisation}
    themes = list(
        Cluster.objects.filter(
            network_id=member.network_id, convener_id=member.organisation_id
        ).values_list("theme", flat=True)
    )
    if themes:
        return _("%(name)s convenes the cluster %(clusters)s: name another convener first.") % {
            "name": member.organisation,
            "clusters": ", ".join(themes),
        }
    return ""


@transaction.atomic
def member_leave(*, member: NetworkMember, by: User) -> NetworkMember:
    """The member leaves: the date is kept, with everything it submitted and reported; its
    representatives no longer act for it, and it leaves the clusters it was in (dated too)."""
    member = (
        NetworkMember.objects.select_for_update(of=("self",))
        .select_related("organisation")
        .get(pk=member.pk)
    )
    refuse_unless(by.has_perm("networks.manage_network", member.network))
    refusal = member_leave_refusal(member=member)
    if refusal:
        raise ValidationError(refusal)
    now = timezone.now()
    member.left_at = now
    member.save(update_fields=["left_at"])
    ClusterMembership.objects.filter(member=member, left_at__isnull=True).update(left_at=now)
    network_audit(
        network=member.network,
        action=AuditEntry.Action.ROLE_CHANGED,
        summary=_("%(name)s left the network %(network)s.")
        % {"name": member.organisation, "network": member.network.name},
        by=by,
        member=member.pk,
    )
    return member


# People


def representative_remove(*, representative: Representative, by: User) -> None:
    network = representative.member.network
    refuse_unless(by.has_perm("networks.manage_network", network))
    representative.delete()
    network_audit(
        network=network,
        action=AuditEntry.Action.ROLE_CHANGED,
        summary=_("%(person)s no longer represents %(name)s.")
        % {"person": representative.user.display_name, "name": representative.member},
        by=by,
        user=representative.user_id,
    )


@transaction.atomic
def secretariat_remove(*, seat: SecretariatSeat, by: User) -> None:
    """A person leaves the secretariat; never the last one, who would leave the network with
    nobody to run it."""
    network = Network.objects.select_for_update().get(pk=seat.network_id)
    refuse_unless(by.has_perm("networks.manage_network", network))
    if not SecretariatSeat.objects.filter(network=network).exclude(pk=seat.pk).exists():
        raise ValidationError(
            _(
                "%(person)s is the last person of the secretariat: invite another before "
                "removing them."
            )
            % {"person": seat.user.display_name}
        )
    seat.delete()
    # A focal point speaks for the secretariat: the clusters they followed have none until
    # another is named.
    Cluster.objects.filter(network=network, focal_person_id=seat.user_id).update(focal_person=None)
    network_audit(
        network=network,
        action=AuditEntry.Action.ROLE_CHANGED,
        summary=_("%(person)s left the secretariat of %(network)s.")
        % {"person": seat.user.display_name, "network": network.name},
        by=by,
        user=seat.user_id,
    )


# Events


def event_add_refusal(*, network: Network, event: Event, by: User) -> str:
    """Why `by` may not put `event` in `network`, or ""."""
    if not by.is_superuser:
        facilitates = Participation.objects.filter(
            event=event, user=by, role=Participation.Role.FACILITATOR
        ).exists()
        if not (by.has_perm("networks.manage_network", network) and facilitates):
            return _(
                "Only a person of the secretariat who facilitates the event, or an "
                "administrator, puts it in the network."
            )
    link = NetworkEvent.objects.select_related("network").filter(event=event).first()
    if link is not None:
        return _("%(event)s belongs to the network %(network)s already.") % {
            "event": event.title,
            "network": link.network.name,
        }
    return ""


@transaction.atomic
def network_event_add(*, network: Network, event: Event, by: User) -> NetworkEvent:
    Event.objects.select_for_update().filter(pk=event.pk).first()
    refusal = event_add_refusal(network=network, event=event, by=by)
    if refusal:
        raise ValidationError({"event": refusal})
    link = validated_save(NetworkEvent(network=network, event=event, added_by=by))
    network_audit(
        network=network,
        action=AuditEntry.Action.ROLE_CHANGED,
        summary=_("%(event)s put in the network %(network)s.")
        % {"event": event.title, "network": network.name},
        by=by,
        network_event=event.pk,
    )
    return link


def network_event_remove(*, link: NetworkEvent, by: User) -> None:
    """The event leaves the network; the event itself is untouched."""
    network = link.network
    refuse_unless(by.has_perm("networks.manage_network", network))
    link.delete()
    network_audit(
        network=network,
        action=AuditEntry.Action.ROLE_CHANGED,
        summary=_("%(event)s taken out of the network %(network)s.")
        % {"event": link.event.title, "network": network.name},
        by=by,
        network_event=link.event_id,
    )


def member_organisation_find_or_add(
    *, name: str, kind: str, country: str, acronym: str = ""
) -> Organisation:
    """The organisation of that name in `country`, added if it is new (a member joining that
    the platform does not know yet)."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError({"new_organisation_name": _("Give the organisation's name.")})
    organisation = Organisation.objects.filter(name__iexact=name, country=country).first()
    if organisation is None:
        organisation = validated_save(
            Organisation(name=name, acronym=" ".join(acronym.split()), kind=kind, country=country)
        )
    return organisation
