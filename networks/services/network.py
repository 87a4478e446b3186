"""Writes to a network and its people: creating and editing it, members joining and leaving,
the secretariat and representatives invited by a signed link and removed, and the events put
in it. Each is recorded in the audit log (with no event: `details["network"]` names it)."""

import datetime
import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from cdfacil.emails import canonical_email, same_mailbox
from cdfacil.models import AuditEntry, Organisation
from cdfacil.services import audit_record
from cdfacil.writes import model_update, validated_save
from events.models import Event, Participation
from events.services.invitations import _account_create
from networks.models import (
    Cluster,
    ClusterMembership,
    Network,
    NetworkEvent,
    NetworkInvitation,
    NetworkMember,
    Representative,
    SecretariatSeat,
)

logger = logging.getLogger(__name__)
User = get_user_model()
Role = NetworkInvitation.Role

NETWORK_FIELDS = ["name", "acronym", "description", "language", "time_zone"]
INVITATION_SALT = "networks.invitation"


def _record(*, network: Network, action: str, summary: str, by, **details) -> None:
    audit_record(action=action, summary=summary, by=by, details={"network": network.pk, **details})


def _refuse_unless(allowed: bool) -> None:
    if not allowed:
        raise ValidationError(_("You are not allowed to do this"))


# The network itself


def network_create(*, by: User, data: dict) -> Network:
    """A new network (administrators); its secretariat is invited next."""
    _refuse_unless(by.has_perm("networks.create_network"))
    network = Network(**{name: data[name] for name in NETWORK_FIELDS if name in data})
    return validated_save(network)


def network_update(*, network: Network, by: User, data: dict) -> list[str]:
    _refuse_unless(by.has_perm("networks.manage_network", network))
    return model_update(instance=network, fields=NETWORK_FIELDS, data=data)


# Members


@transaction.atomic
def member_add(*, network: Network, by: User, organisation: Organisation) -> NetworkMember:
    """The organisation joins. A former member joins again on its own row, with the new joining
    date and the representatives it had (its earlier time is kept in the audit log)."""
    _refuse_unless(by.has_perm("networks.manage_network", network))
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
    _record(
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
        NetworkMember.objects.select_for_update().select_related("organisation").get(pk=member.pk)
    )
    _refuse_unless(by.has_perm("networks.manage_network", member.network))
    refusal = member_leave_refusal(member=member)
    if refusal:
        raise ValidationError(refusal)
    now = timezone.now()
    member.left_at = now
    member.save(update_fields=["left_at"])
    ClusterMembership.objects.filter(member=member, left_at__isnull=True).update(left_at=now)
    _record(
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
    _refuse_unless(by.has_perm("networks.manage_network", network))
    representative.delete()
    _record(
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
    _refuse_unless(by.has_perm("networks.manage_network", network))
    if not SecretariatSeat.objects.filter(network=network).exclude(pk=seat.pk).exists():
        raise ValidationError(
            _(
                "%(person)s is the last person of the secretariat: invite another before "
                "removing them."
            )
            % {"person": seat.user.display_name}
        )
    seat.delete()
    _record(
        network=network,
        action=AuditEntry.Action.ROLE_CHANGED,
        summary=_("%(person)s left the secretariat of %(network)s.")
        % {"person": seat.user.display_name, "network": network.name},
        by=by,
        user=seat.user_id,
    )


# Invitations


class InvitationError(Exception):
    """A link that cannot be used; `reason` is one of events' (expired, used, invalid,
    withdrawn), so the page says why in the same words."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def invitation_token(invitation: NetworkInvitation) -> str:
    return signing.dumps({"invitation": invitation.pk}, salt=INVITATION_SALT)


def _ensure_open(invitation: NetworkInvitation) -> None:
    if invitation.accepted_at:
        raise InvitationError("used")
    if invitation.revoked_at:
        raise InvitationError("withdrawn")
    if invitation.expires_at <= timezone.now():
        raise InvitationError("expired")


def invitation_from_token(token: str) -> NetworkInvitation:
    """The invitation a link stands for, or InvitationError saying why it cannot be used."""
    try:
        data = signing.loads(token, salt=INVITATION_SALT)
    except signing.BadSignature as error:
        raise InvitationError("invalid") from error
    invitation = (
        NetworkInvitation.objects.select_related("network", "organisation")
        .filter(pk=data.get("invitation") if isinstance(data, dict) else None)
        .first()
    )
    if invitation is None:
        raise InvitationError("invalid")
    _ensure_open(invitation)
    return invitation


def _active_member(network: Network, organisation) -> NetworkMember | None:
    if organisation is None:
        return None
    return NetworkMember.objects.filter(
        network=network, organisation=organisation, left_at__isnull=True
    ).first()


def _check_invitable(*, network: Network, user, role: str, organisation) -> None:
    """Refuse what the invitation could not give: a place the person holds already, a member
    that is not one (any more), or a representative of another organisation than their own."""
    if role == Role.REPRESENTATIVE:
        member = _active_member(network, organisation)
        if member is None:
            raise ValidationError(
                {"member": _("Only a current member organisation has representatives.")}
            )
        if user is not None and user.organisation_id != organisation.pk:
            raise ValidationError(
                {
                    "email": _(
                        "%(email)s has an account with %(other)s: a representative belongs to "
                        "the organisation they speak for."
                    )
                    % {"email": user.email, "other": user.organisation or _("no organisation")}
                }
            )
        if user is not None and Representative.objects.filter(member=member, user=user).exists():
            raise ValidationError(
                {
                    "email": _("%(email)s represents %(name)s already.")
                    % {"email": user.email, "name": organisation}
                }
            )
    elif user is None and organisation is None:
        raise ValidationError({"organisation": _("Say which organisation the person works for.")})
    elif user is not None and SecretariatSeat.objects.filter(network=network, user=user).exists():
        raise ValidationError(
            {"email": _("%(email)s is in the secretariat already.") % {"email": user.email}}
        )


@transaction.atomic
def invitation_send(
    *,
    network: Network,
    by: User,
    email: str,
    full_name: str,
    role: str,
    organisation: Organisation | None = None,
    base_url: str,
) -> NetworkInvitation:
    """Record an invitation and queue the email of its link after the commit. A waiting
    invitation to the same address in this network is withdrawn: the newest link works."""
    _refuse_unless(by.has_perm("networks.manage_network", network))
    email = User.objects.normalize_email(email).strip()
    existing = User.objects.for_email(email)
    _check_invitable(network=network, user=existing, role=role, organisation=organisation)
    if existing is not None:
        email = existing.email  # the link goes to the account's own address only
        organisation = existing.organisation if role == Role.SECRETARIAT else organisation
    key = canonical_email(email)
    pending = network.invitations.filter(accepted_at__isnull=True, revoked_at__isnull=True)
    network.invitations.filter(
        pk__in=[
            pk for pk, other in pending.values_list("pk", "email") if canonical_email(other) == key
        ]
    ).update(revoked_at=timezone.now())
    invitation = validated_save(
        NetworkInvitation(
            network=network,
            email=email,
            full_name=full_name,
            role=role,
            organisation=organisation,
            invited_by=by,
            expires_at=timezone.now()
            + datetime.timedelta(days=settings.CDFACIL_INVITATION_MAX_AGE_DAYS),
        )
    )
    _record(
        network=network,
        action=AuditEntry.Action.INVITATION_SENT,
        summary=_("%(name)s (%(email)s) invited to %(network)s as %(role)s.")
        % {
            "name": full_name,
            "email": email,
            "network": network.name,
            "role": invitation.get_role_display(),
        },
        by=by,
        invitation=invitation.pk,
        role=role,
    )
    _email_queue(invitation=invitation, base_url=base_url)
    return invitation


def _email_queue(*, invitation: NetworkInvitation, base_url: str) -> None:
    from networks.tasks import send_network_invitation_email  # the tasks import this module

    def queue():
        try:
            send_network_invitation_email.delay(invitation.pk, base_url)
        except Exception:  # noqa: BLE001  (a broker's errors differ by transport)
            logger.exception(
                "The email of network invitation %s could not be queued", invitation.pk
            )

    transaction.on_commit(queue)


def invitation_email_send(*, invitation_id: int, base_url: str) -> bool:
    """Email an invitation's link in the network's language; run by a worker. Nothing is sent
    for one used, withdrawn or expired since. Returns whether an email was sent."""
    invitation = (
        NetworkInvitation.objects.select_related("network", "organisation")
        .filter(pk=invitation_id)
        .first()
    )
    if invitation is None:
        return False
    try:
        _ensure_open(invitation)
    except InvitationError:
        return False
    network = invitation.network
    link = base_url.rstrip("/") + reverse(
        "networks:invitation_accept", kwargs={"token": invitation_token(invitation)}
    )
    with translation.override(network.language):
        subject = _("Invitation: %(network)s") % {"network": network.name}
        body = render_to_string(
            "networks/email/invitation.txt",
            {"invitation": invitation, "network": network, "link": link},
        )
    send_mail(subject=subject, message=body, from_email=None, recipient_list=[invitation.email])
    return True


@transaction.atomic
def invitation_withdraw(*, invitation: NetworkInvitation, by: User) -> None:
    invitation = NetworkInvitation.objects.select_for_update().get(pk=invitation.pk)
    _refuse_unless(by.has_perm("networks.manage_network", invitation.network))
    if invitation.accepted_at:
        raise ValidationError(_("This invitation has already been accepted."))
    if invitation.revoked_at:
        return  # a second click: one entry in the log
    invitation.revoked_at = timezone.now()
    invitation.save(update_fields=["revoked_at"])
    _record(
        network=invitation.network,
        action=AuditEntry.Action.INVITATION_WITHDRAWN,
        summary=_("Invitation to %(name)s (%(email)s) withdrawn.")
        % {"name": invitation.full_name, "email": invitation.email},
        by=by,
        invitation=invitation.pk,
    )


@transaction.atomic
def invitation_accept(*, invitation: NetworkInvitation, language: str = "") -> User:
    """Use an invitation once: find or create the person (without a password) and give them
    their place in the network."""
    invitation = (
        NetworkInvitation.objects.select_for_update()
        .select_related("network", "organisation")
        .get(pk=invitation.pk)
    )
    _ensure_open(invitation)
    network = invitation.network
    user = User.objects.for_email(invitation.email)
    if user is not None and not same_mailbox(user.email, invitation.email):
        raise ValidationError(
            _(
                "This invitation was sent to another address than the one of the account it "
                "would open. Ask the secretariat to send you a new one."
            )
        )
    _check_invitable(
        network=network, user=user, role=invitation.role, organisation=invitation.organisation
    )
    user = user or _account_create(invitation)
    if not user.language and (language or network.language) in dict(settings.LANGUAGES):
        user.language = language if language in dict(settings.LANGUAGES) else network.language
        user.save(update_fields=["language"])
    if invitation.role == Role.REPRESENTATIVE:
        member = _active_member(network, invitation.organisation)
        validated_save(Representative(member=member, user=user))
    else:
        validated_save(SecretariatSeat(network=network, user=user))
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    _record(
        network=network,
        action=AuditEntry.Action.INVITATION_ACCEPTED,
        summary=_("%(name)s joined %(network)s as %(role)s.")
        % {
            "name": user.display_name,
            "network": network.name,
            "role": invitation.get_role_display(),
        },
        by=user,
        invitation=invitation.pk,
        invited_by=invitation.invited_by_id,
    )
    return user


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
    _record(
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
    _refuse_unless(by.has_perm("networks.manage_network", network))
    link.delete()
    _record(
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
