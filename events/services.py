"""Every write to an event goes through these functions.

Each one checks its rule and, when it refuses, raises `ValidationError` with a message a
facilitator understands; views show that message on the page, next to the field it concerns.
"""

import datetime
import re
from collections.abc import Callable
from decimal import Decimal

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.crypto import get_random_string
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from cdfacil.models import AuditEntry, Organisation
from cdfacil.services import audit_record
from events import agenda as agenda_template
from events.models import (
    CORE_GROUP_MAX_DEVELOPMENT_PARTNERS,
    CORE_GROUP_NORM,
    Attendance,
    BudgetLine,
    ChecklistItem,
    Event,
    Invitation,
    Participation,
    RegistrationRequest,
    Session,
)

User = get_user_model()
Role = Participation.Role
Phase = Event.Phase

INVITATION_SALT = "events.invitation"


# --- Events -----------------------------------------------------------------------------------


@transaction.atomic
def event_create(
    *,
    created_by: User,
    title: str,
    sector: str,
    country: str,
    day1: datetime.date,
    time_zone: str = "UTC",
    language: str = "en",
    venue: str = "",
) -> Event:
    """Create an event with its creator as facilitator, its five-day agenda and its checklist."""
    event = Event(
        title=title,
        sector=sector,
        country=country,
        day1=day1,
        time_zone=time_zone,
        language=language,
        venue=venue,
        created_by=created_by,
    )
    event.full_clean()
    event.save()
    Participation.objects.create(event=event, user=created_by, role=Role.FACILITATOR)
    agenda_generate(event=event)
    checklist_generate(event=event)
    return event


@transaction.atomic
def event_update(*, event: Event, **fields) -> Event:
    """Change an event's details. Moving day 1 moves the preparation due dates with it."""
    old_day1 = Event.objects.only("day1").get(pk=event.pk).day1
    for name, value in fields.items():
        setattr(event, name, value)
    event.full_clean()
    event.save()
    event.__dict__.pop("tzinfo", None)
    shift = event.day1 - old_day1
    if shift:
        event.checklist_items.update(due_date=F("due_date") + shift)
    return event


# Guards for entering each phase. Apps higher up (assessments, action plans) add their own with
# `phase_guard_register`, so that events never needs to import them.
PhaseGuard = Callable[[Event], list[str]]
_PHASE_GUARDS: dict[str, list[PhaseGuard]] = {phase: [] for phase in Phase.values}


def phase_guard_register(phase: str, guard: PhaseGuard) -> PhaseGuard:
    _PHASE_GUARDS[phase].append(guard)
    return guard


def _government_lead_guard(event: Event) -> list[str]:
    lead = (
        Participation.objects.filter(event=event, role=Role.CORE_GROUP, is_lead=True)
        .select_related("user__organisation")
        .first()
    )
    if lead is None:
        return [
            _(
                "The core group has no lead. Mark one core-group member from a government "
                "organisation as lead on the People page."
            )
        ]
    if lead.user.organisation is None or not lead.user.organisation.is_government:
        return [
            _(
                "The lead of the core group, %(name)s, does not belong to a government "
                "organisation; the process is government-led."
            )
            % {"name": lead.user.display_name}
        ]
    return []


def _agenda_guard(event: Event) -> list[str]:
    if not event.sessions.filter(day=1).exists():
        return [_("Day 1 has no sessions in the agenda. Add the kick-off workshop first.")]
    return []


for _phase in (Phase.KICK_OFF, Phase.CORE_GROUP_WORK, Phase.ENDORSEMENT):
    phase_guard_register(_phase, _government_lead_guard)
phase_guard_register(Phase.KICK_OFF, _agenda_guard)


def event_next_phase(event: Event) -> str | None:
    phases = Phase.values
    index = phases.index(event.phase)
    return phases[index + 1] if index + 1 < len(phases) else None


def event_phase_blockers(*, event: Event, phase: str) -> list[str]:
    """What stops the event from entering `phase`, in words; empty when nothing does."""
    reasons = []
    for guard in _PHASE_GUARDS[phase]:
        reasons.extend(guard(event))
    return reasons


@transaction.atomic
def event_advance_phase(*, event: Event, to_phase: str) -> Event:
    """Move the event to the next phase of the process, if its guards allow it."""
    event = Event.objects.select_for_update().get(pk=event.pk)
    expected = event_next_phase(event)
    if to_phase != expected:
        if expected is None:
            raise ValidationError(_("The event is closed; it has no further phase."))
        raise ValidationError(
            _("The event is in the %(current)s phase; the next phase is %(next)s.")
            % {
                "current": event.get_phase_display(),
                "next": Phase(expected).label,
            }
        )
    blockers = event_phase_blockers(event=event, phase=to_phase)
    if blockers:
        raise ValidationError(blockers)
    event.phase = to_phase
    event.save(update_fields=["phase", "updated_at"])
    return event


# --- People and the core group ---------------------------------------------------------------


def core_group_rule_errors(
    *, event: Event, user: User, role: str, is_lead: bool, exclude_pk: int | None = None
) -> dict[str, list[str]]:
    """The core-group rules of the process, as form errors keyed by field."""
    errors: dict[str, list[str]] = {}
    organisation = user.organisation
    if is_lead and role != Role.CORE_GROUP:
        errors.setdefault("is_lead", []).append(_("Only a core-group member can be the lead."))
    if is_lead and (organisation is None or not organisation.is_government):
        errors.setdefault("is_lead", []).append(
            _(
                "The lead must belong to a government organisation; %(organisation)s is of the "
                "kind “%(kind)s”. The core group is government-led."
            )
            % {
                "organisation": organisation or _("no organisation"),
                "kind": organisation.get_kind_display() if organisation else "-",
            }
        )
    if role == Role.CORE_GROUP and organisation and organisation.is_development_partner:
        others = (
            Participation.objects.filter(
                event=event,
                role=Role.CORE_GROUP,
                user__organisation__kind=Organisation.Kind.DEVELOPMENT_PARTNER,
            )
            .exclude(pk=exclude_pk)
            .select_related("user")
        )
        if user.pk:
            others = others.exclude(user=user)
        names = [p.user.display_name for p in others]
        if len(names) >= CORE_GROUP_MAX_DEVELOPMENT_PARTNERS:
            errors.setdefault("role", []).append(
                _(
                    "The core group already has %(count)d members from development partners "
                    "(%(names)s). At most %(max)d may come from development partners, so that "
                    "the group stays government-led."
                )
                % {
                    "count": len(names),
                    "names": ", ".join(names),
                    "max": CORE_GROUP_MAX_DEVELOPMENT_PARTNERS,
                }
            )
    return errors


def core_group_warnings(*, event: Event, members: list[Participation] | None = None) -> list[str]:
    """Departures from the norm that the facilitator should see but that are allowed."""
    if members is None:
        members = list(
            event.participations.filter(role=Role.CORE_GROUP).select_related("user__organisation")
        )
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


def role_words(role: str, is_lead: bool = False) -> str:
    """A role as it reads inside a sentence of the audit log."""
    if is_lead:
        return _("lead of the core group")
    return {
        Role.FACILITATOR: _("facilitator"),
        Role.CORE_GROUP: _("core-group member"),
        Role.STAKEHOLDER: _("stakeholder"),
    }.get(role, role)


def _take_lead(event: Event, *, exclude_pk: int | None = None) -> Participation | None:
    """Unmark the current lead, if another one; returns them, for the audit log."""
    previous = (
        Participation.objects.filter(event=event, is_lead=True)
        .exclude(pk=exclude_pk)
        .select_related("user")
        .first()
    )
    if previous is not None:
        Participation.objects.filter(pk=previous.pk).update(is_lead=False)
    return previous


def _audit_role(
    *, event: Event, by, summary: str, participation: Participation, previous_lead=None
) -> None:
    details = {"user": participation.user_id, "role": participation.role}
    if previous_lead is not None:
        summary += " " + _("%(name)s is no longer the lead.") % {
            "name": previous_lead.user.display_name
        }
        details["previous_lead"] = previous_lead.user_id
    audit_record(
        action=AuditEntry.Action.ROLE_CHANGED,
        summary=summary,
        actor=by,
        event=event,
        details=details,
    )


def _lock_event(event: Event) -> None:
    # Serialises changes to one event's core group, so two facilitators adding members at the
    # same moment cannot both slip past the development-partner limit.
    Event.objects.select_for_update().filter(pk=event.pk).first()


@transaction.atomic
def participation_add(
    *, event: Event, user: User, role: str, is_lead: bool = False, by: User | None = None
) -> Participation:
    """Give a person a role in the event. `by` is who did it, for the audit log (None when a
    command or the demo loader does)."""
    _lock_event(event)
    existing = Participation.objects.filter(event=event, user=user).first()
    if existing is not None:
        raise ValidationError(
            {
                "user": _("%(name)s already takes part in this event (%(role)s).")
                % {"name": user.display_name, "role": existing.get_role_display()}
            }
        )
    errors = core_group_rule_errors(event=event, user=user, role=role, is_lead=is_lead)
    if errors:
        raise ValidationError(errors)
    previous_lead = _take_lead(event) if is_lead else None
    participation = Participation.objects.create(event=event, user=user, role=role, is_lead=is_lead)
    _audit_role(
        event=event,
        by=by,
        participation=participation,
        previous_lead=previous_lead,
        summary=_("%(name)s added as %(role)s.")
        % {"name": user.display_name, "role": role_words(role, is_lead)},
    )
    return participation


@transaction.atomic
def participation_update(
    *, participation: Participation, role: str, is_lead: bool, by: User | None = None
) -> Participation:
    event = participation.event
    _lock_event(event)
    if participation.role == Role.FACILITATOR and role != Role.FACILITATOR:
        _ensure_other_facilitator(participation)
    errors = core_group_rule_errors(
        event=event,
        user=participation.user,
        role=role,
        is_lead=is_lead,
        exclude_pk=participation.pk,
    )
    if errors:
        raise ValidationError(errors)
    before = role_words(participation.role, participation.is_lead)
    changed = (participation.role, participation.is_lead) != (role, is_lead)
    previous_lead = _take_lead(event, exclude_pk=participation.pk) if is_lead else None
    participation.role = role
    participation.is_lead = is_lead
    participation.save(update_fields=["role", "is_lead"])
    if changed:
        _audit_role(
            event=event,
            by=by,
            participation=participation,
            previous_lead=previous_lead,
            summary=_("%(name)s changed from %(old)s to %(new)s.")
            % {
                "name": participation.user.display_name,
                "old": before,
                "new": role_words(role, is_lead),
            },
        )
    return participation


def _ensure_other_facilitator(participation: Participation) -> None:
    others = Participation.objects.filter(event=participation.event, role=Role.FACILITATOR).exclude(
        pk=participation.pk
    )
    if not others.exists():
        raise ValidationError(
            {"role": _("An event needs at least one facilitator. Invite another one first.")}
        )


@transaction.atomic
def participation_remove(*, participation: Participation, by: User | None = None) -> None:
    _lock_event(participation.event)
    if participation.role == Role.FACILITATOR:
        _ensure_other_facilitator(participation)
    # Their preparation tasks stay, without an owner, for someone else to take.
    participation.event.checklist_items.filter(owner=participation.user).update(owner=None)
    _audit_role(
        event=participation.event,
        by=by,
        participation=participation,
        summary=_("%(name)s removed from the event (was %(role)s).")
        % {
            "name": participation.user.display_name,
            "role": role_words(participation.role, participation.is_lead),
        },
    )
    participation.delete()


def organisation_for_event(*, event: Event, name: str, kind: str) -> Organisation:
    """The organisation of that name in the event's country, added if it is new."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError({"organisation": _("Give the organisation's name.")})
    organisation = Organisation.objects.filter(name__iexact=name, country=event.country).first()
    if organisation is None:
        organisation = Organisation(name=name, kind=kind, country=event.country)
        organisation.full_clean()
        organisation.save()
    return organisation


# --- Invitations ------------------------------------------------------------------------------


class InvitationError(Exception):
    """An invitation link that cannot be used; `reason` says why, for the page."""

    EXPIRED = "expired"
    USED = "used"
    INVALID = "invalid"
    WITHDRAWN = "withdrawn"

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def invitation_token(invitation: Invitation) -> str:
    return signing.dumps({"invitation": invitation.pk}, salt=INVITATION_SALT)


def invitation_from_token(token: str) -> Invitation:
    """The invitation a link stands for, or InvitationError saying why it cannot be used."""
    max_age = datetime.timedelta(days=settings.CDFACIL_INVITATION_MAX_AGE_DAYS)
    try:
        data = signing.loads(token, salt=INVITATION_SALT, max_age=max_age)
    except signing.SignatureExpired as error:
        raise InvitationError(InvitationError.EXPIRED) from error
    except signing.BadSignature as error:
        raise InvitationError(InvitationError.INVALID) from error
    invitation = (
        Invitation.objects.select_related("event", "organisation")
        .filter(pk=data.get("invitation"))
        .first()
    )
    if invitation is None:
        raise InvitationError(InvitationError.INVALID)
    if invitation.revoked_at:
        raise InvitationError(InvitationError.WITHDRAWN)
    if invitation.accepted_at:
        raise InvitationError(InvitationError.USED)
    if invitation.expires_at <= timezone.now():
        raise InvitationError(InvitationError.EXPIRED)
    return invitation


@transaction.atomic
def invitation_send(
    *,
    event: Event,
    invited_by: User,
    email: str,
    full_name: str,
    organisation: Organisation,
    role: str,
    base_url: str,
) -> Invitation:
    """Record an invitation and email its link. `base_url` is the site's root, for the link."""
    email = User.objects.normalize_email(email).strip()
    existing_user = User.objects.filter(email__iexact=email).select_related("organisation").first()
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
    event.invitations.filter(email__iexact=email, accepted_at__isnull=True).update(
        revoked_at=timezone.now()
    )
    invitation = Invitation(
        event=event,
        email=email,
        full_name=full_name,
        organisation=existing_user.organisation if existing_user else organisation,
        role=role,
        invited_by=invited_by,
        expires_at=timezone.now()
        + datetime.timedelta(days=settings.CDFACIL_INVITATION_MAX_AGE_DAYS),
    )
    invitation.full_clean()
    invitation.save()
    audit_record(
        action=AuditEntry.Action.INVITATION_SENT,
        summary=_("%(name)s (%(email)s) invited as %(role)s.")
        % {"name": full_name, "email": email, "role": role_words(role)},
        actor=invited_by,
        event=event,
        details={"invitation": invitation.pk, "role": role},
    )
    link = base_url.rstrip("/") + reverse(
        "events:invitation_accept", kwargs={"token": invitation_token(invitation)}
    )
    with translation.override(event.language):
        subject = _("Invitation: %(event)s") % {"event": event.title}
        body = render_to_string(
            "events/email/invitation.txt", {"invitation": invitation, "event": event, "link": link}
        )
    # The email leaves only once the invitation is safely stored.
    transaction.on_commit(
        lambda: send_mail(subject=subject, message=body, from_email=None, recipient_list=[email])
    )
    return invitation


def _unique_username(email: str) -> str:
    # Keep only what Django's username validator accepts; an email's local part may hold more.
    base = re.sub(r"[^\w.+-]", "", email.split("@")[0].lower())[:100] or "user"
    username = base
    while User.objects.filter(username__iexact=username).exists():
        username = f"{base}-{get_random_string(4).lower()}"
    return username


def invitation_account(*, invitation: Invitation) -> User | None:
    """The existing account an invitation's email belongs to, if any."""
    return User.objects.filter(email__iexact=invitation.email).order_by("pk").first()


@transaction.atomic
def invitation_accept(*, invitation: Invitation) -> User:
    """Use an invitation once: find or create the person and give them their role."""
    invitation = (
        Invitation.objects.select_for_update().select_related("event").get(pk=invitation.pk)
    )
    if invitation.accepted_at:
        raise InvitationError(InvitationError.USED)
    if invitation.revoked_at:
        raise InvitationError(InvitationError.WITHDRAWN)
    if invitation.expires_at <= timezone.now():
        raise InvitationError(InvitationError.EXPIRED)
    user = invitation_account(invitation=invitation)
    if user is None:
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
    audit_record(
        action=AuditEntry.Action.INVITATION_ACCEPTED,
        summary=_("%(name)s accepted the invitation to take part as %(role)s.")
        % {"name": user.display_name, "role": role_words(invitation.role)},
        actor=user,
        event=invitation.event,
        details={"invitation": invitation.pk, "invited_by": invitation.invited_by_id},
    )
    if not Participation.objects.filter(event=invitation.event, user=user).exists():
        participation_add(event=invitation.event, user=user, role=invitation.role, by=user)
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
        actor=by,
        event=invitation.event,
        details={"invitation": invitation.pk},
    )


# --- Public registration ----------------------------------------------------------------------


def registration_closed_reason(*, event: Event) -> str | None:
    """Why the public registration refuses new requests now, or None when it accepts them."""
    if not event.registration_open:
        return _("Registration for this event is not open.")
    if event.registration_deadline and timezone.now() > event.registration_deadline:
        return _("Registration closed on %(deadline)s.") % {
            "deadline": date_format(
                timezone.localtime(event.registration_deadline, event.tzinfo), "j F Y, H:i"
            )
        }
    if event.registration_capacity is not None:
        taken = event.registrations.exclude(status=RegistrationRequest.Status.DECLINED).count()
        if taken >= event.registration_capacity:
            return _("This event is full: all %(capacity)d places have been taken.") % {
                "capacity": event.registration_capacity
            }
    return None


@transaction.atomic
def registration_submit(*, event: Event, **fields) -> RegistrationRequest:
    _lock_event(event)
    reason = registration_closed_reason(event=event)
    if reason:
        raise ValidationError(reason)
    email = User.objects.normalize_email(fields.get("email", "")).strip()
    if event.participations.filter(user__email__iexact=email).exists():
        raise ValidationError(
            {"email": _("This address already takes part in the event; sign in instead.")}
        )
    if (
        event.registrations.filter(email__iexact=email)
        .exclude(status=RegistrationRequest.Status.DECLINED)
        .exists()
    ):
        raise ValidationError(
            {"email": _("A request from this address is already waiting or was approved.")}
        )
    if not fields.get("organisation") and not fields.get("organisation_name"):
        raise ValidationError(
            {"organisation": _("Choose your organisation, or give its name and kind below.")}
        )
    if fields.get("organisation_name") and not fields.get("organisation_kind"):
        raise ValidationError({"organisation_kind": _("Say what kind of organisation it is.")})
    registration = RegistrationRequest(event=event, **{**fields, "email": email})
    registration.full_clean()
    registration.save()
    return registration


@transaction.atomic
def registration_approve(
    *, registration: RegistrationRequest, decided_by: User, base_url: str
) -> Invitation:
    """Approve a request: the person receives an invitation link as a stakeholder."""
    registration = _pending_registration(registration)
    event = registration.event
    organisation = registration.organisation or organisation_for_event(
        event=event,
        name=registration.organisation_name,
        kind=registration.organisation_kind or Organisation.Kind.OTHER,
    )
    invitation = invitation_send(
        event=event,
        invited_by=decided_by,
        email=registration.email,
        full_name=registration.full_name,
        organisation=organisation,
        role=Role.STAKEHOLDER,
        base_url=base_url,
    )
    _decide(registration, RegistrationRequest.Status.APPROVED, decided_by)
    return invitation


@transaction.atomic
def registration_decline(*, registration: RegistrationRequest, decided_by: User) -> None:
    _decide(_pending_registration(registration), RegistrationRequest.Status.DECLINED, decided_by)


def _pending_registration(registration: RegistrationRequest) -> RegistrationRequest:
    registration = RegistrationRequest.objects.select_for_update().get(pk=registration.pk)
    if registration.status != RegistrationRequest.Status.PENDING:
        raise ValidationError(_("This request has already been decided."))
    return registration


def _decide(registration: RegistrationRequest, status: str, decided_by: User) -> None:
    registration.status = status
    registration.decided_by = decided_by
    registration.decided_at = timezone.now()
    registration.save(update_fields=["status", "decided_by", "decided_at"])


# --- Agenda -----------------------------------------------------------------------------------


def agenda_generate(*, event: Event) -> list[Session]:
    """The five-day agenda of the process, in the event's language."""
    with translation.override(event.language):
        sessions = [Session(event=event, **item) for item in agenda_template.default_sessions()]
    return Session.objects.bulk_create(sessions)


def _minutes(value: datetime.time) -> int:
    return value.hour * 60 + value.minute


def _time(minutes: int) -> datetime.time:
    return datetime.time(minutes // 60, minutes % 60)


def _check_day_fits(sessions: list[Session]) -> None:
    for session in sessions:
        if _minutes(session.start_time) + session.duration_minutes > 24 * 60:
            raise ValidationError(
                {
                    "duration_minutes": _(
                        "This change would make “%(title)s” end after midnight. Shorten a "
                        "session or move one to another day."
                    )
                    % {"title": session.title}
                }
            )


@transaction.atomic
def session_save(*, session: Session) -> Session:
    """Create or change a session. When its duration changes, the later sessions of that day
    move by the same amount, so the day stays in step."""
    _lock_event(session.event)
    session.full_clean()
    before = Session.objects.filter(pk=session.pk).first() if session.pk else None
    following = []
    if before and before.day == session.day and before.start_time == session.start_time:
        delta = session.duration_minutes - before.duration_minutes
        if delta:
            # Compared in minutes: a session ending at midnight has an end_time of 00:00.
            old_end = _minutes(before.start_time) + before.duration_minutes
            following = [
                other
                for other in session.event.sessions.filter(day=session.day)
                .exclude(pk=session.pk)
                .order_by("start_time")
                if _minutes(other.start_time) >= old_end
            ]
            for other in following:
                start = _minutes(other.start_time) + delta
                if not 0 <= start < 24 * 60:
                    raise ValidationError(
                        {
                            "duration_minutes": _(
                                "This change would push “%(title)s” past midnight."
                            )
                            % {"title": other.title}
                        }
                    )
                other.start_time = _time(start)
    _check_day_fits([session, *following])
    session.save()
    if following:
        Session.objects.bulk_update(following, ["start_time"])
    return session


@transaction.atomic
def session_move(*, session: Session, direction: str) -> None:
    """Swap a session with its neighbour on the same day; the pair keeps its slot and gap."""
    if direction not in ("up", "down"):
        raise ValidationError(_("Move a session up or down."))
    _lock_event(session.event)
    day = list(session.event.sessions.filter(day=session.day).order_by("start_time", "pk"))
    index = next(i for i, s in enumerate(day) if s.pk == session.pk)
    other_index = index - 1 if direction == "up" else index + 1
    if not 0 <= other_index < len(day):
        raise ValidationError(
            _("“%(title)s” is already at that end of the day.") % {"title": session.title}
        )
    first, second = sorted([day[index], day[other_index]], key=lambda s: _minutes(s.start_time))
    gap = _minutes(second.start_time) - (_minutes(first.start_time) + first.duration_minutes)
    start = _minutes(first.start_time)
    second.start_time = _time(start)
    first.start_time = _time(start + second.duration_minutes + max(gap, 0))
    Session.objects.bulk_update([first, second], ["start_time"])


@transaction.atomic
def session_delete(*, session: Session) -> None:
    session.delete()


# --- Preparation checklist --------------------------------------------------------------------


def checklist_generate(*, event: Event) -> list[ChecklistItem]:
    """The preparation tasks, due dates counted back from day 1."""
    with translation.override(event.language):
        items = [
            ChecklistItem(
                event=event,
                title=title,
                description=description,
                due_date=event.day1 - datetime.timedelta(days=days_before),
            )
            for days_before, title, description in agenda_template.preparation_tasks()
        ]
    return ChecklistItem.objects.bulk_create(items)


@transaction.atomic
def checklist_item_save(*, item: ChecklistItem) -> ChecklistItem:
    if item.due_date and abs((item.due_date - item.event.day1).days) > 366:
        raise ValidationError(
            {
                "due_date": _("Choose a date within a year of day 1 (%(day1)s).")
                % {"day1": item.event.day1.isoformat()}
            }
        )
    if item.owner_id and not item.event.participations.filter(user_id=item.owner_id).exists():
        raise ValidationError({"owner": _("The owner must take part in this event.")})
    if item.status == ChecklistItem.Status.DONE and item.completed_at is None:
        item.completed_at = timezone.now()
    elif item.status != ChecklistItem.Status.DONE:
        item.completed_at = None
    item.full_clean()
    item.save()
    return item


@transaction.atomic
def checklist_item_delete(*, item: ChecklistItem) -> None:
    item.delete()


@transaction.atomic
def checklist_item_set_status(*, item: ChecklistItem, status: str) -> ChecklistItem:
    if status not in ChecklistItem.Status.values:
        raise ValidationError({"status": _("Choose a valid status.")})
    item.status = status
    return checklist_item_save(item=item)


# --- Attendance -------------------------------------------------------------------------------


@transaction.atomic
def attendance_record(*, session: Session, present_ids: set[int], recorded_by: User) -> int:
    """Record who was present at a session; returns the number present."""
    participations = {p.pk: p for p in session.event.participations.all()}
    unknown = set(present_ids) - set(participations)
    if unknown:
        raise ValidationError(_("Some of the people ticked do not take part in this event."))
    existing = {a.participation_id: a for a in session.attendances.all()}
    to_create, to_update = [], []
    for pk in participations:
        present = pk in present_ids
        record = existing.get(pk)
        if record is None:
            if present:
                to_create.append(
                    Attendance(
                        session=session, participation_id=pk, present=True, recorded_by=recorded_by
                    )
                )
        elif record.present != present:
            record.present = present
            record.recorded_by = recorded_by
            record.recorded_at = timezone.now()
            to_update.append(record)
    try:
        Attendance.objects.bulk_create(to_create)
    except IntegrityError as error:
        raise ValidationError(
            _("Someone else recorded this attendance at the same moment. Reload and try again.")
        ) from error
    Attendance.objects.bulk_update(to_update, ["present", "recorded_by", "recorded_at"])
    return len(present_ids)


# --- Funding ----------------------------------------------------------------------------------


@transaction.atomic
def budget_line_save(*, line: BudgetLine) -> BudgetLine:
    if line.amount is not None and line.amount < Decimal(0):
        raise ValidationError({"amount": _("An amount cannot be negative.")})
    line.full_clean()
    line.save()
    return line


@transaction.atomic
def budget_line_delete(*, line: BudgetLine) -> None:
    line.delete()
