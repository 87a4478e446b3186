"""Writes to who takes part in an event: roles, the core group and its lead, organisations."""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from cdfacil.models import AuditEntry, Organisation
from cdfacil.organisations import INTERNATIONAL
from cdfacil.services import audit_record
from cdfacil.writes import validated_save
from events.models import CORE_GROUP_MAX_DEVELOPMENT_PARTNERS, Event, Participation
from events.services.locking import event_lock

User = get_user_model()
Role = Participation.Role


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
    *,
    event: Event,
    by: User | None,
    summary: str,
    participation: Participation,
    previous_lead: Participation | None = None,
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
        by=by,
        event=event,
        details=details,
    )


@transaction.atomic
def participation_add(
    *, event: Event, user: User, role: str, is_lead: bool = False, by: User | None = None
) -> Participation:
    """Give a person a role in the event. `by` is who did it, for the audit log (None when a
    command or the demo loader does)."""
    event_lock(event)
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
    """Change a person's role or make them the lead (which unmarks the previous lead)."""
    event = participation.event
    event_lock(event)
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
    event_lock(participation.event)
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


def organisation_find_or_add(
    *, event: Event, name: str, kind: str, acronym: str = "", country: str = ""
) -> Organisation:
    """The organisation of that name in the event's country (or, with `country`, among the
    international ones), added if it is new. An event's people add only organisations that its
    pickers offer: of its own country, or international."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError({"organisation": _("Give the organisation's name.")})
    country = country or event.country.code
    if country not in (event.country.code, INTERNATIONAL):
        raise ValidationError(
            {"country": _("An organisation added here is of the event's country or international.")}
        )
    organisation = Organisation.objects.filter(name__iexact=name, country=country).first()
    if organisation is None:
        organisation = Organisation(
            name=name, acronym=" ".join(acronym.split()), kind=kind, country=country
        )
        validated_save(organisation)
    return organisation
