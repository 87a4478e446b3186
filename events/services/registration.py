"""Writes to the public registration: a stakeholder's request, and the facilitator's decision."""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from cdfacil.emails import canonical_email
from cdfacil.models import Organisation
from cdfacil.writes import validated_save
from events.models import Event, Invitation, Participation, RegistrationRequest
from events.phases import act_check
from events.selectors.registration import (
    places_taken,
    registration_closed_reason,
    registration_holds_place,
)
from events.services.invitations import invitation_send
from events.services.locking import event_lock
from events.services.people import organisation_find_or_add

User = get_user_model()
Status = RegistrationRequest.Status


@transaction.atomic
def registration_submit(
    *,
    event: Event,
    full_name: str,
    email: str,
    job_title: str = "",
    organisation: Organisation | None = None,
    organisation_name: str = "",
    organisation_kind: str = "",
    message: str = "",
) -> RegistrationRequest | None:
    """Store a request to join, while the registration is open and a place remains.

    The person learns nothing about the address: one that already takes part, or whose request
    waits or was approved, gets the same answer as any other, and nothing new is stored (None).
    So every refusal that does not depend on the address comes first."""
    event_lock(event)
    act_check(event=event, act="registration")
    reason = registration_closed_reason(event=event)
    if reason:
        raise ValidationError(reason)
    if not organisation and not organisation_name:
        raise ValidationError(
            {"organisation": _("Choose your organisation, or give its name and kind below.")}
        )
    if organisation_name and not organisation_kind:
        raise ValidationError({"organisation_kind": _("Say what kind of organisation it is.")})
    email = User.objects.normalize_email(email).strip()
    if _address_known(event=event, email=email):
        return None
    registration = RegistrationRequest(
        event=event,
        full_name=full_name,
        email=email,
        job_title=job_title,
        organisation=organisation,
        organisation_name=organisation_name,
        organisation_kind=organisation_kind,
        message=message,
    )
    return validated_save(registration)


def _address_known(*, event: Event, email: str) -> bool:
    """Whether the address takes part, or has a request waiting or approved: compared in its
    canonical form, in Python, as on every engine."""
    key = canonical_email(email)
    if event.participations.filter(user__email_canonical=key).exists():
        return True
    others = event.registrations.exclude(status=Status.DECLINED).values_list("email", flat=True)
    return any(canonical_email(other) == key for other in others)


@transaction.atomic
def registration_approve(
    *, registration: RegistrationRequest, by: User, base_url: str
) -> Invitation:
    """Approve a request: the person receives an invitation link as a stakeholder.

    A waiting request past its hold no longer holds a place, so approving it takes one: this
    is refused when none is free, checked under the event's lock as new requests are."""
    event_lock(registration.event)
    registration = _pending_registration(registration)
    event = registration.event
    act_check(event=event, act="registration")
    _check_place_free(registration)
    organisation = registration.organisation or organisation_find_or_add(
        event=event,
        name=registration.organisation_name,
        kind=registration.organisation_kind or Organisation.Kind.OTHER,
    )
    invitation = invitation_send(
        event=event,
        by=by,
        email=registration.email,
        full_name=registration.full_name,
        organisation=organisation,
        role=Participation.Role.STAKEHOLDER,
        base_url=base_url,
    )
    _decide(registration, Status.APPROVED, by)
    return invitation


@transaction.atomic
def registration_decline(*, registration: RegistrationRequest, by: User) -> None:
    _decide(_pending_registration(registration), Status.DECLINED, by)


def _check_place_free(registration: RegistrationRequest) -> None:
    event = registration.event
    if event.registration_capacity is None or registration_holds_place(registration=registration):
        return
    if places_taken(event=event) >= event.registration_capacity:
        raise ValidationError(
            ngettext(
                "No place is free: all %(capacity)d places are taken, and this request no "
                "longer holds one (it waited more than %(days)d day). Decline it, or raise the "
                "capacity.",
                "No place is free: all %(capacity)d places are taken, and this request no "
                "longer holds one (it waited more than %(days)d days). Decline it, or raise the "
                "capacity.",
                event.registration_hold_days,
            )
            % {"capacity": event.registration_capacity, "days": event.registration_hold_days}
        )


def _pending_registration(registration: RegistrationRequest) -> RegistrationRequest:
    registration = RegistrationRequest.objects.select_for_update().get(pk=registration.pk)
    if registration.status != Status.PENDING:
        raise ValidationError(_("This request has already been decided."))
    return registration


def _decide(registration: RegistrationRequest, status: str, by: User) -> None:
    registration.status = status
    registration.decided_by = by
    registration.decided_at = timezone.now()
    registration.save(update_fields=["status", "decided_by", "decided_at"])


def registrations_decide(
    *,
    event: Event,
    pks: list[int],
    decision: str,
    by: User,
    base_url: str,
) -> list[tuple[RegistrationRequest, Invitation | None, ValidationError | None]]:
    """Approve or decline the event's requests `pks` one by one, each in its own transaction,
    in the order they were asked: a refusal (no place left, decided meanwhile) stops only its
    own. Returns each request with its invitation (an approval) or its refusal."""
    if decision not in ("approve", "decline"):
        raise ValidationError(_("Choose to approve or to decline."))
    results = []
    for registration in event.registrations.filter(pk__in=pks).order_by("created_at", "pk"):
        try:
            if decision == "approve":
                invitation = registration_approve(
                    registration=registration, by=by, base_url=base_url
                )
            else:
                registration_decline(registration=registration, by=by)
                invitation = None
        except ValidationError as error:
            results.append((registration, None, error))
        else:
            results.append((registration, invitation, None))
    return results
