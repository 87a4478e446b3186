"""Donors' pledges to the actions of a published, endorsed plan version."""

import datetime
from decimal import ROUND_HALF_UP, Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from actionplans.models import Action, PlanVersion, Pledge
from actionplans.selectors.versions import snapshot_actions
from cdfacil.currencies import amount_format
from cdfacil.models import AuditEntry, ExchangeRate, User
from cdfacil.services import audit_record
from events.models import Event


def _check_version_and_action(*, pledge: Pledge) -> tuple[PlanVersion, dict]:
    """The pledge's version, locked, and its action as the version holds it, if the version
    takes pledges to that action."""
    version = PlanVersion.objects.select_for_update().filter(pk=pledge.version_id).first()
    if (
        version is None
        or version.status != PlanVersion.Status.ENDORSED
        or version.published_at is None
    ):
        raise ValidationError(
            _(
                "Pledges are taken only on a plan version that was endorsed and published to "
                "donors; nothing was saved."
            )
        )
    if PlanVersion.objects.filter(
        plan_id=version.plan_id, number__gt=version.number, published_at__isnull=False
    ).exists():
        raise ValidationError(
            _(
                "A newer version of this plan has been published; pledge to the actions of the "
                "latest version. Nothing was saved."
            )
        )
    plan_id = (
        Action.objects.filter(pk=pledge.action_id)
        .values_list("output__objective__plan_id", flat=True)
        .first()
    )
    in_version = {action["id"]: action for action in snapshot_actions(version.snapshot)}
    if plan_id != version.plan_id or pledge.action_id not in in_version:
        raise ValidationError(
            _(
                "This action is not part of the endorsed plan version; pledge to one of the "
                "actions shown on the plan page. Nothing was saved."
            )
        )
    return version, in_version[pledge.action_id]


def _check_donor(*, pledge: Pledge, by: User) -> None:
    """Only the pledge's own donor changes it, and never moves it to another action."""
    donor = pledge.donor
    if by is not None and by.pk != donor.pk:
        raise ValidationError(_("You can change only your own pledges."))
    if not donor.is_donor:
        raise ValidationError(_("Only donors can pledge support to actions."))
    if pledge.pk is not None:
        stored = Pledge.objects.select_for_update().filter(pk=pledge.pk).first()
        if stored is None:
            raise ValidationError(_("This pledge was deleted meanwhile; nothing was saved."))
        if stored.withdrawn_at is not None:
            raise ValidationError(
                _("This pledge was withdrawn; make a new pledge instead. Nothing was saved.")
            )
        if stored.donor_id != donor.pk:
            raise ValidationError(_("You can change only your own pledges."))
        if stored.action_id != pledge.action_id or stored.version_id != pledge.version_id:
            raise ValidationError(
                _("A pledge stays with its action; make a new pledge for another action.")
            )
    if donor.organisation_id is None:
        raise ValidationError(
            _("Your account belongs to no organisation; ask an administrator to set it first.")
        )


def _pledge_words(pledge: Pledge) -> dict:
    return {
        "organisation": pledge.organisation,
        "amount": amount_format(pledge.amount, pledge.currency, with_code=False),
        "currency": pledge.currency,
        "action": pledge.action.title,
        "status": pledge.get_status_display(),
    }


def _audit_pledge(
    *, pledge: Pledge, version: PlanVersion, event: Event, by: User, created: bool
) -> None:
    words = _pledge_words(pledge)
    audit_record(
        action=AuditEntry.Action.PLEDGE_SAVED,
        summary=(
            _("%(organisation)s pledged %(amount)s %(currency)s to “%(action)s” (%(status)s).")
            if created
            else _(
                "Pledge of %(organisation)s to “%(action)s” changed to %(amount)s %(currency)s "
                "(%(status)s)."
            )
        )
        % words,
        by=by,
        event=event,
        details={
            "pledge": pledge.pk,
            "version": version.pk,
            "action": pledge.action_id,
            "amount": str(pledge.amount),
            "currency": pledge.currency,
            "status": pledge.status,
            "counted_amount": str(pledge.counted_amount),
            "counted_currency": pledge.counted_currency,
            "rate": None if pledge.rate is None else f"{pledge.rate.normalize():f}",
            "rate_date": None if pledge.rate_date is None else str(pledge.rate_date),
        },
    )


PLEDGE_FIELDS = ("amount", "currency", "status", "note", "version_id")
COUNT_FIELDS = ("counted_amount", "counted_currency", "exchange_rate_id", "rate", "rate_date")
CLEANED = ("amount", "currency")
CENT = Decimal("0.01")
RATE_PLACES = Decimal("1e-12")


def _count_in_action_currency(*, pledge: Pledge, currency: str, on: datetime.date) -> None:
    """Set what the pledge counts towards its action's cost in the action's `currency`, with the
    latest rate on or before `on` between the two currencies; refused when none is recorded.

    A rate recorded the other way round is used as one over it: administrators record one
    rate per pair, and reading it both ways keeps a pair from holding two that disagree. The
    figures stay with the pledge, so a rate recorded later does not change them.
    """
    pledge.exchange_rate, pledge.rate, pledge.rate_date = None, None, None
    if not currency or currency == pledge.currency:
        pledge.counted_amount, pledge.counted_currency = pledge.amount, pledge.currency
        return
    recorded = ExchangeRate.objects.latest_between(source=pledge.currency, target=currency, on=on)
    if recorded is None:
        raise ValidationError(
            {
                "currency": _(
                    "No exchange rate from %(from)s to %(to)s is recorded; pledge in %(to)s or "
                    "ask an administrator to record one."
                )
                % {"from": pledge.currency, "to": currency}
            }
        )
    rate = recorded.rate
    if recorded.from_currency != pledge.currency:
        rate = (Decimal(1) / rate).quantize(RATE_PLACES, rounding=ROUND_HALF_UP)
    pledge.exchange_rate, pledge.rate, pledge.rate_date = recorded, rate, recorded.valid_from
    pledge.counted_currency = currency
    pledge.counted_amount = (Decimal(pledge.amount) * rate).quantize(CENT, rounding=ROUND_HALF_UP)


def _pledged_again(pledge: Pledge, *, currency: str) -> bool:
    """Whether the amount is pledged anew (so converted at today's rate): a new pledge, a new
    amount or currency, or one that does not count in the action's currency yet. A change of
    status or note keeps the conversion made with the amount."""
    if pledge.pk is None:
        return True
    stored = Pledge.objects.filter(pk=pledge.pk).values("amount", "currency").first()
    return (
        stored != {"amount": pledge.amount, "currency": pledge.currency}
        or pledge.counted_amount is None
        or pledge.counted_currency != (currency or pledge.currency)
    )


def _organisation_pledge(*, pledge: Pledge) -> Pledge:
    """A new pledge of an organisation that already pledged to the action becomes a change of
    that pledge (a double submit is one pledge); another person's pledge is refused."""
    existing = (
        Pledge.objects.select_for_update()
        .filter(
            organisation_id=pledge.organisation_id,
            action_id=pledge.action_id,
            withdrawn_at__isnull=True,
        )
        .select_related("donor")
        .first()
    )
    if existing is None:
        return pledge
    if existing.donor_id != pledge.donor_id:
        raise ValidationError(
            _(
                "%(donor)s has already pledged to this action for your organisation; they can "
                "change that pledge. Nothing was saved."
            )
            % {"donor": existing.donor.display_name}
        )
    for field in PLEDGE_FIELDS:
        setattr(existing, field, getattr(pledge, field))
    return existing


@transaction.atomic
def pledge_save(*, pledge: Pledge, by: User | None = None) -> Pledge:
    """Create or update a donor's pledge to an action of a published, endorsed version.

    One pledge per organisation and action: saving a new one where the donor's organisation
    has one already changes that one (the version's row lock makes concurrent submits wait for
    each other; a database constraint holds it too). Nothing is written when nothing changed.
    The organisation is always the donor's own. Refused, with the reason: a version that is not
    endorsed and published, an action that is not part of it, someone else's pledge (`by` is the
    person saving, when it is not the pledge's donor), a withdrawn pledge, or moving a pledge to
    another action. `by` is also who the audit log names; the demo loader leaves it unset.
    """
    version, action = _check_version_and_action(pledge=pledge)
    _check_donor(pledge=pledge, by=by)
    pledge.organisation_id = pledge.donor.organisation_id
    if pledge.pk is None:
        pledge = _organisation_pledge(pledge=pledge)
    created = pledge.pk is None
    event = Event.objects.get(plan__pk=version.plan_id)
    currency = action.get("currency") or ""
    # The amount and currency as they will be stored, before they are converted.
    pledge.clean_fields(exclude=[f.name for f in Pledge._meta.fields if f.name not in CLEANED])
    if _pledged_again(pledge, currency=currency):
        _count_in_action_currency(pledge=pledge, currency=currency, on=event.local_today())
    if not created:
        fields = PLEDGE_FIELDS + COUNT_FIELDS
        stored = Pledge.objects.filter(pk=pledge.pk).values_list(*fields).first()
        if stored == tuple(getattr(pledge, field) for field in fields):
            return pledge
    pledge.full_clean()
    pledge.save()
    _audit_pledge(pledge=pledge, version=version, event=event, by=by, created=created)
    return pledge


@transaction.atomic
def pledge_withdraw(*, pledge: Pledge, by: User) -> Pledge:
    """The donor withdraws their own pledge: it leaves the totals, and stays in the records
    (the pledge, its history and the audit log)."""
    stored = (
        Pledge.objects.select_for_update()
        .select_related("action", "organisation", "version")
        .filter(pk=pledge.pk)
        .first()
    )
    if stored is None:
        raise ValidationError(_("This pledge was deleted meanwhile; nothing was saved."))
    if by.pk != stored.donor_id:
        raise ValidationError(_("You can change only your own pledges."))
    if stored.withdrawn_at is not None:
        raise ValidationError(_("This pledge was already withdrawn."))
    stored.withdrawn_at = timezone.now()
    stored.save(update_fields=["withdrawn_at", "updated_at"])
    audit_record(
        action=AuditEntry.Action.PLEDGE_SAVED,
        summary=_(
            "%(organisation)s withdrew its pledge of %(amount)s %(currency)s to “%(action)s”."
        )
        % _pledge_words(stored),
        by=by,
        event=Event.objects.get(plan__pk=stored.version.plan_id),
        details={"pledge": stored.pk, "action": stored.action_id, "withdrawn": True},
    )
    return stored
