"""Invitations to a network: to its secretariat, or to represent a member organisation. A
signed link by email, as an event's invitation (`events.services.invitations`): it works once,
until it expires, and opens no account that has a password; a person without an account gets
one, without a password."""

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
from cdfacil.writes import validated_save
from events.services.invitations import account_create
from networks.models import (
    Network,
    NetworkInvitation,
    NetworkMember,
    Representative,
    SecretariatSeat,
)
from networks.services.network import network_audit, refuse_unless

logger = logging.getLogger(__name__)
User = get_user_model()
Role = NetworkInvitation.Role

INVITATION_SALT = "networks.invitation"


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
    refuse_unless(by.has_perm("networks.manage_network", network))
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
    network_audit(
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
    refuse_unless(by.has_perm("networks.manage_network", invitation.network))
    if invitation.accepted_at:
        raise ValidationError(_("This invitation has already been accepted."))
    if invitation.revoked_at:
        return  # a second click: one entry in the log
    invitation.revoked_at = timezone.now()
    invitation.save(update_fields=["revoked_at"])
    network_audit(
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
        NetworkInvitation.objects.select_for_update(of=("self",))
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
    user = user or account_create(invitation=invitation)
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
    network_audit(
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
