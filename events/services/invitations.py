"""Writes to invitations: sending a signed link by email, using it once, withdrawing it."""

import datetime
import logging
import re

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.crypto import get_random_string
from django.utils.translation import gettext as _

from cdfacil.emails import canonical_email, same_mailbox
from cdfacil.models import AuditEntry, Organisation
from cdfacil.services import audit_record
from cdfacil.writes import validated_save
from events.models import Event, Invitation, Participation
from events.phases import act_check
from events.selectors.invitations import invitation_account
from events.services.people import core_group_rule_errors, participation_add, role_words

logger = logging.getLogger(__name__)
User = get_user_model()
Role = Participation.Role

INVITATION_SALT = "events.invitation"


class InvitationError(Exception):
    """An invitation link that cannot be used; `reason` says why, for the page."""

    EXPIRED = "expired"
    USED = "used"
    INVALID = "invalid"
    WITHDRAWN = "withdrawn"
    REPLACED = "replaced"

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def invitation_token(invitation: Invitation) -> str:
    return signing.dumps({"invitation": invitation.pk}, salt=INVITATION_SALT)


def end_of_day_5(event: Event) -> datetime.datetime:
    """The last instant of day 5 in the event's time zone."""
    return datetime.datetime.combine(event.date_of_day_5, datetime.time.max, tzinfo=event.tzinfo)


def invitations_follow_day_5(*, event: Event, previous_end: datetime.datetime) -> int:
    """When day 1 or the time zone moves, the waiting invitations that held until the end of
    day 5 (`previous_end`) hold until the new end of day 5, unless that has passed. Returns
    how many moved."""
    new_end = end_of_day_5(event)
    if new_end == previous_end or new_end <= timezone.now():
        return 0
    return event.invitations.filter(
        accepted_at__isnull=True, revoked_at__isnull=True, expires_at=previous_end
    ).update(expires_at=new_end)


def invitation_expiry(*, event: Event) -> datetime.datetime:
    """Until when a link sent now works: the end of day 5 in the event's time zone, so that an
    invitation sent months ahead still works on the days; one sent later than the eve of day 5
    (a replacement in the follow-up) works for CDFACIL_INVITATION_MAX_AGE_DAYS days."""
    last = end_of_day_5(event)
    now = timezone.now()
    if last - now >= datetime.timedelta(days=1):
        return last
    return now + datetime.timedelta(days=settings.CDFACIL_INVITATION_MAX_AGE_DAYS)


def invitation_from_token(token: str) -> Invitation:
    """The invitation a link stands for, or InvitationError saying why it cannot be used. The
    stored invitation says until when it works (`expires_at`), not the signature's age."""
    try:
        data = signing.loads(token, salt=INVITATION_SALT)
    except signing.BadSignature as error:
        raise InvitationError(InvitationError.INVALID) from error
    invitation = (
        Invitation.objects.select_related("event", "organisation")
        .filter(pk=data.get("invitation"))
        .first()
    )
    if invitation is None:
        raise InvitationError(InvitationError.INVALID)
    _ensure_open(invitation)
    return invitation


def _ensure_open(invitation: Invitation) -> None:
    """Refuse an invitation that was used, withdrawn or has expired (a used one cannot be
    withdrawn, nor a withdrawn one used, so at most one of the first two holds)."""
    if invitation.accepted_at:
        raise InvitationError(InvitationError.USED)
    if invitation.revoked_at:
        raise InvitationError(
            InvitationError.REPLACED if _replaced(invitation) else InvitationError.WITHDRAWN
        )
    if invitation.expires_at <= timezone.now():
        raise InvitationError(InvitationError.EXPIRED)


def _replaced(invitation: Invitation) -> bool:
    """Whether a newer invitation to the same person was sent after this one (a resend, or a
    new invitation); addresses compared in their canonical form, in Python, on every engine."""
    key = canonical_email(invitation.email)
    newer = Invitation.objects.filter(
        event_id=invitation.event_id, pk__gt=invitation.pk
    ).values_list("email", flat=True)
    return any(canonical_email(email) == key for email in newer)


def _check_invitable(
    *, event: Event, email: str, organisation: Organisation, role: str
) -> User | None:
    """Refuse an invitation the rules forbid; returns the account the email already has, if any."""
    existing_user = User.objects.for_email(email)
    already_in = (
        existing_user is not None
        and Participation.objects.filter(event=event, user=existing_user).exists()
    )
    if already_in and existing_user.has_usable_password():
        raise ValidationError(
            {
                "email": _(
                    "%(email)s already takes part in this event and can sign in with a password."
                )
                % {"email": email}
            }
        )
    # Someone who takes part but never set a password gets a fresh link to sign in again.
    if role == Role.CORE_GROUP and not already_in:
        probe = existing_user or User(email=email, organisation=organisation)
        errors = core_group_rule_errors(event=event, user=probe, role=role, is_lead=False)
        if errors:
            raise ValidationError({"role": errors.get("role", []) + errors.get("is_lead", [])})
    return existing_user


def invitation_email_send(*, invitation_id: int, base_url: str) -> bool:
    """Email an invitation's link, in the event's language; run by a worker. Nothing is sent
    for an invitation used, withdrawn or expired since it was queued. The mail server's errors
    propagate, for the task to try again. Returns whether an email was sent."""
    invitation = Invitation.objects.select_related("event").filter(pk=invitation_id).first()
    if invitation is None:
        return False
    try:
        _ensure_open(invitation)
    except InvitationError:
        return False
    event = invitation.event
    link = base_url.rstrip("/") + reverse(
        "events:invitation_accept", kwargs={"token": invitation_token(invitation)}
    )
    with translation.override(event.language):
        subject = _("Invitation: %(event)s") % {"event": event.title}
        body = render_to_string(
            "events/email/invitation.txt", {"invitation": invitation, "event": event, "link": link}
        )
    send_mail(subject=subject, message=body, from_email=None, recipient_list=[invitation.email])
    return True


def invitation_email_queue(*, invitation: Invitation, base_url: str) -> None:
    """Queue the invitation's email for a worker once the invitation is stored (after the
    commit): no mail server is spoken to in the request. Afterwards `invitation.email_queued`
    says whether the broker took it; when it cannot be reached, the invitation stays stored
    and its email can be queued again (`invitation_resend`)."""
    from events.tasks import send_invitation_email  # the tasks module imports this one

    invitation.email_queued = None

    def queue():
        try:
            send_invitation_email.delay(invitation.pk, base_url)
        except Exception:  # noqa: BLE001  (a broker's errors differ by transport)
            logger.exception("The email of invitation %s could not be queued", invitation.pk)
            invitation.email_queued = False
        else:
            invitation.email_queued = True

    transaction.on_commit(queue)


@transaction.atomic
def invitation_resend(
    *, invitation: Invitation, base_url: str, by: User | None = None
) -> Invitation:
    """Send a waiting invitation again as a new one, with the same person, organisation and
    role and a fresh expiry: the earlier link stops working (its page says a newer invitation
    was sent). An expired invitation may be sent again too; a used or withdrawn one may not."""
    invitation = (
        Invitation.objects.select_for_update()
        .select_related("event", "organisation")
        .get(pk=invitation.pk)
    )
    if invitation.accepted_at or invitation.revoked_at:
        raise ValidationError(_("This invitation can no longer be used: send a new one instead."))
    event = invitation.event
    # A new link is a new invitation: the rules of sending one hold again (the phase may have
    # moved on, the core group may have filled up since the first was sent).
    act_check(
        event=event,
        act="stakeholder_invitation"
        if invitation.role == Role.STAKEHOLDER
        else "member_invitation",
    )
    _check_invitable(
        event=event,
        email=invitation.email,
        organisation=invitation.organisation,
        role=invitation.role,
    )
    invitation.revoked_at = timezone.now()
    invitation.save(update_fields=["revoked_at"])
    newer = Invitation(
        event=event,
        email=invitation.email,
        full_name=invitation.full_name,
        organisation_id=invitation.organisation_id,
        role=invitation.role,
        invited_by=by or invitation.invited_by,
        expires_at=invitation_expiry(event=event),
    )
    validated_save(newer)
    audit_record(
        action=AuditEntry.Action.INVITATION_SENT,
        summary=_(
            "Invitation to %(name)s (%(email)s) sent again; the earlier link no longer works."
        )
        % {"name": invitation.full_name, "email": invitation.email},
        by=by,
        event=event,
        details={"invitation": newer.pk, "replaces": invitation.pk, "role": invitation.role},
    )
    invitation_email_queue(invitation=newer, base_url=base_url)
    return newer


@transaction.atomic
def invitation_send(
    *,
    event: Event,
    by: User,
    email: str,
    full_name: str,
    organisation: Organisation,
    role: str,
    base_url: str,
) -> Invitation:
    """Record an invitation and queue the email of its link (`invitation_email_queue`).
    `base_url` is the site's root, for the link.

    For someone who has an account, the link goes to the account's own address only, whatever
    was typed: an address that merely looks the same never receives a way into the account."""
    act_check(
        event=event,
        act="stakeholder_invitation" if role == Role.STAKEHOLDER else "member_invitation",
    )
    email = User.objects.normalize_email(email).strip()
    existing_user = _check_invitable(event=event, email=email, organisation=organisation, role=role)
    if existing_user is not None:
        email = existing_user.email
    key = canonical_email(email)
    # The pending invitations to the same person; compared in Python, as on every engine.
    # Plain values: instances would each load their event again (a query per invitation).
    pending = event.invitations.filter(accepted_at__isnull=True, revoked_at__isnull=True)
    event.invitations.filter(
        pk__in=[
            pk for pk, other in pending.values_list("pk", "email") if canonical_email(other) == key
        ]
    ).update(revoked_at=timezone.now())
    invitation = Invitation(
        event=event,
        email=email,
        full_name=full_name,
        organisation=existing_user.organisation if existing_user else organisation,
        role=role,
        invited_by=by,
        expires_at=invitation_expiry(event=event),
    )
    validated_save(invitation)
    audit_record(
        action=AuditEntry.Action.INVITATION_SENT,
        summary=_("%(name)s (%(email)s) invited as %(role)s.")
        % {"name": full_name, "email": email, "role": role_words(role)},
        by=by,
        event=event,
        details={"invitation": invitation.pk, "role": role},
    )
    invitation_email_queue(invitation=invitation, base_url=base_url)
    return invitation


def _unique_username(email: str) -> str:
    # Keep only what Django's username validator accepts; an email's local part may hold more.
    base = re.sub(r"[^\w.+-]", "", email.split("@")[0].lower())[:100] or "user"
    username = base
    while User.objects.filter(username__iexact=username).exists():
        username = f"{base}-{get_random_string(4).lower()}"
    return username


def account_create(*, invitation) -> User:
    """A new account, without a password, for the person an invitation names: an event's
    `Invitation`, or any invitation with its `email`, `full_name` and `organisation` (a
    network's)."""
    first, _sep, last = invitation.full_name.strip().partition(" ")
    user = User(
        username=_unique_username(invitation.email),
        email=invitation.email,
        first_name=first[:150],
        last_name=last[:150],
        organisation=invitation.organisation,
    )
    user.set_unusable_password()
    user.full_clean(exclude=["password"])
    user.save()
    return user


def _language_on_accept(*, user: User, invitation: Invitation, chosen: str) -> None:
    """Who never chose a language gets the one `chosen` in this browser, else the event's; an
    invited facilitator keeps the browser's, as facilitators work across events."""
    if user.language:
        return
    if chosen not in dict(settings.LANGUAGES):
        chosen = ""
    keep_own = invitation.role == Participation.Role.FACILITATOR
    language = chosen or ("" if keep_own else invitation.event.language)
    if language:
        user.language = language
        user.save(update_fields=["language"])


@transaction.atomic
def invitation_accept(*, invitation: Invitation, language: str = "") -> User:
    """Use an invitation once: find or create the person and give them their role, and their
    language when they have none (`language`: one chosen in the browser they accept from)."""
    invitation = (
        Invitation.objects.select_for_update().select_related("event").get(pk=invitation.pk)
    )
    _ensure_open(invitation)
    user = invitation_account(invitation=invitation)
    if user is not None and not same_mailbox(user.email, invitation.email):
        # The link went to an address that is only the same once folded, or the account's
        # address changed since: it must not open the account.
        raise ValidationError(
            _(
                "This invitation was sent to another address than the one of the account it "
                "would open. Ask the facilitator to send you a new one."
            )
        )
    user = user or account_create(invitation=invitation)
    audit_record(
        action=AuditEntry.Action.INVITATION_ACCEPTED,
        summary=_("%(name)s accepted the invitation to take part as %(role)s.")
        % {"name": user.display_name, "role": role_words(invitation.role)},
        by=user,
        event=invitation.event,
        details={"invitation": invitation.pk, "invited_by": invitation.invited_by_id},
    )
    if not Participation.objects.filter(event=invitation.event, user=user).exists():
        participation_add(event=invitation.event, user=user, role=invitation.role, by=user)
    _language_on_accept(user=user, invitation=invitation, chosen=language)
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    return user


@transaction.atomic
def invitation_withdraw(*, invitation: Invitation, by: User | None = None) -> None:
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.accepted_at:
        raise ValidationError(_("This invitation has already been accepted."))
    if invitation.revoked_at:
        # Withdrawn already (a second click): keep the first time, and one entry in the log.
        return
    invitation.revoked_at = timezone.now()
    invitation.save(update_fields=["revoked_at"])
    audit_record(
        action=AuditEntry.Action.INVITATION_WITHDRAWN,
        summary=_("Invitation to %(name)s (%(email)s) withdrawn.")
        % {"name": invitation.full_name, "email": invitation.email},
        by=by,
        event=invitation.event,
        details={"invitation": invitation.pk},
    )
