"""Inviting many people at once: checking every line of a list, then sending the ready ones.

The check reads only (a preview changes nothing); the send checks the lines again, as the
database may have changed since the preview, and sends each ready line through
`invitation_send`, so the rules, the audit log and the email task are those of one invitation.
"""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from cdfacil.emails import canonical_email
from cdfacil.models import Organisation
from cdfacil.organisations import organisation_by_label
from events.invitation_lists import Line, fold
from events.models import CORE_GROUP_MAX_DEVELOPMENT_PARTNERS, Event, Invitation, Participation
from events.phases import act_refusals
from events.services.invitations import invitation_send

User = get_user_model()
Role = Participation.Role


def _role_key(text: str) -> str:
    return fold(text).replace("-", " ").replace("_", " ")


def role_of(text: str) -> str | None:
    """The role a line names: its code or its label, in English or in the active language, in
    any case; an empty cell means a stakeholder. None when it names no role."""
    if not text.strip():
        return Role.STAKEHOLDER
    names = {_role_key(value): value for value in Role.values}
    names |= {"member": Role.CORE_GROUP, "core group": Role.CORE_GROUP}
    for language in {"en", translation.get_language() or "en"}:
        with translation.override(language):
            names |= {_role_key(str(label)): value for value, label in Role.choices}
    return names.get(_role_key(text))


@dataclass
class CheckedLine:
    """A line of the list with what the check found: its role and organisation, or errors."""

    line: Line
    role: str | None = None
    organisation: Organisation | None = None
    errors: list[str] = field(default_factory=list)

    @property
    def ready(self) -> bool:
        return not self.errors

    @property
    def role_label(self) -> str:
        return Role(self.role).label if self.role else ""


def _taken_addresses(event: Event) -> tuple[set[str], set[str]]:
    """The canonical addresses of the event's participants, and of its waiting invitations."""
    taking_part = set(event.participations.values_list("user__email_canonical", flat=True))
    waiting = {
        canonical_email(email)
        for email in event.invitations.filter(
            accepted_at__isnull=True, revoked_at__isnull=True
        ).values_list("email", flat=True)
    }
    return taking_part, waiting


def invitation_lines_check(*, event: Event, lines: list[Line]) -> list[CheckedLine]:
    """Every line checked, in order, with each thing wrong said in words: a missing name, an
    address that is not one, an organisation unknown in the event's country and among the
    international ones, a role that is none, an address given twice in the list, a person who
    takes part or is invited already, a core group that would have too many development
    partners, an invitation the event's phase does not allow. Reads only."""
    taking_part, waiting = _taken_addresses(event)
    seen: dict[str, int] = {}
    organisations: dict[str, Organisation | None] = {}
    partners = event.participations.filter(
        role=Role.CORE_GROUP, user__organisation__kind=Organisation.Kind.DEVELOPMENT_PARTNER
    ).count()
    refusals = {
        role: act_refusals(
            event=event,
            act="stakeholder_invitation" if role == Role.STAKEHOLDER else "member_invitation",
        )
        for role in Role.values
    }
    checked = []
    for line in lines:
        result = CheckedLine(line=line)
        errors = result.errors
        if not line.full_name:
            errors.append(_("The name is missing."))
        elif len(line.full_name) > 150:
            errors.append(_("The name is longer than 150 characters."))
        key = ""
        if not line.email:
            errors.append(_("The email is missing."))
        else:
            try:
                validate_email(line.email)
            except ValidationError:
                errors.append(_("“%(email)s” is not an email address.") % {"email": line.email})
            else:
                key = canonical_email(line.email)
        if key in seen:
            errors.append(_("The same email as line %(line)d.") % {"line": seen[key]})
        elif key:
            seen[key] = line.number
            if key in taking_part:
                errors.append(
                    _("%(email)s already takes part in the event.") % {"email": line.email}
                )
            elif key in waiting:
                errors.append(
                    _(
                        "%(email)s already has an invitation waiting: use “Resend the email” on "
                        "the People page."
                    )
                    % {"email": line.email}
                )
        if not line.organisation:
            errors.append(_("The organisation is missing."))
        else:
            # The lookup ignores case, not accents: so does the memo of its answers.
            label = " ".join(line.organisation.split()).casefold()
            if label not in organisations:
                organisations[label] = organisation_by_label(
                    country=event.country.code, label=line.organisation
                )
            result.organisation = organisations[label]
            if result.organisation is None:
                errors.append(
                    _(
                        "The organisation “%(name)s” is unknown in %(country)s and among the "
                        "international ones. Write its name as the list of organisations has it, "
                        "or add it first with “Invite someone”."
                    )
                    % {"name": line.organisation, "country": event.country.name}
                )
        result.role = role_of(line.role)
        if result.role is None:
            errors.append(
                _("“%(role)s” is not a role: write %(roles)s.")
                % {
                    "role": line.role,
                    "roles": ", ".join(str(label) for label in Role.labels),
                }
            )
        else:
            errors.extend(refusals[result.role])
        if (
            result.role == Role.CORE_GROUP
            and result.organisation is not None
            and result.organisation.is_development_partner
            and not errors
        ):
            if partners >= CORE_GROUP_MAX_DEVELOPMENT_PARTNERS:
                errors.append(
                    _(
                        "With the lines above, the core group would have more than %(max)d "
                        "members from development partners; it stays government-led."
                    )
                    % {"max": CORE_GROUP_MAX_DEVELOPMENT_PARTNERS}
                )
            else:
                partners += 1
        checked.append(result)
    return checked


@dataclass
class ListSent:
    """What sending a list did: the invitations stored (each with its email queued after the
    commit), and the lines refused since the preview, with the reasons."""

    invitations: list[Invitation] = field(default_factory=list)
    refused: list[CheckedLine] = field(default_factory=list)


@transaction.atomic
def invitation_list_send(*, event: Event, by: User, lines: list[Line], base_url: str) -> ListSent:
    """Check `lines` again and send an invitation to each ready one. A line that the check or
    `invitation_send` refuses now (someone invited it meanwhile, the phase moved on) is left
    out and said, the others are sent; their emails go to the task after the commit."""
    result = ListSent()
    for checked in invitation_lines_check(event=event, lines=lines):
        if not checked.ready:
            result.refused.append(checked)
            continue
        line = checked.line
        try:
            with transaction.atomic():
                invitation = invitation_send(
                    event=event,
                    by=by,
                    email=line.email,
                    full_name=line.full_name,
                    organisation=checked.organisation,
                    role=checked.role,
                    base_url=base_url,
                )
        except ValidationError as error:
            checked.errors.extend(error.messages)
            result.refused.append(checked)
        else:
            result.invitations.append(invitation)
    return result
