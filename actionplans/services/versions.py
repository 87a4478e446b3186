"""Freezing the plan into a fingerprinted version, publishing an endorsed one to donors, and
withdrawing it from them."""

import logging

from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Max
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from actionplans.models import Action, ActionPlan, PlanVersion
from cdfacil.fingerprints import fingerprint
from cdfacil.models import AuditEntry, User
from cdfacil.services import audit_record
from events.phases import act_check

logger = logging.getLogger(__name__)


def _indicator_data(item) -> dict:
    return {
        "id": item.pk,
        "description": item.description,
        "unit": item.unit,
        "baseline": None if item.baseline_value is None else str(item.baseline_value),
        "baseline_year": item.baseline_year,
        "target": None if item.target_value is None else str(item.target_value),
        "target_year": item.target_year,
        "means_of_verification": item.means_of_verification,
    }


def _action_data(item) -> dict:
    return {
        "id": item.pk,
        "title": item.title,
        "description": item.description,
        "responsible_organisation": item.responsible_organisation_id
        and str(item.responsible_organisation),
        "lead_person": item.lead_person,
        "supporting_partners": sorted(str(o) for o in item.supporting_partners.all()),
        "starts_on": item.starts_on and item.starts_on.isoformat(),
        "ends_on": item.ends_on and item.ends_on.isoformat(),
        "cd_method": item.cd_method,
        "estimated_cost": None if item.estimated_cost is None else str(item.estimated_cost),
        "currency": item.currency,
        "funding_status": item.funding_status,
        "status": item.status,
        "key_issues": sorted(issue.title for issue in item.key_issues.all()),
        "indicators": sorted(ind.pk for ind in item.indicators.all()),
    }


def plan_snapshot(*, plan: ActionPlan, chain_loaded: bool = False) -> dict:
    """The whole plan as plain data: what is frozen, fingerprinted and shown to donors.

    `chain_loaded`: the plan comes from `selectors.plan.plan_with_chain`, whose prefetches hold
    all of it in the same order, so nothing is read again.
    """
    if chain_loaded:
        objectives = plan.objectives.all()
        bodies = plan.bodies.all()
    else:
        objectives = plan.objectives.prefetch_related(
            "indicators",
            "outputs__indicators",
            "outputs__actions__supporting_partners",
            "outputs__actions__key_issues",
            "outputs__actions__indicators",
            "outputs__actions__responsible_organisation",
        ).order_by("order", "pk")
        bodies = plan.bodies.select_related("convener").prefetch_related("members")
    return {
        "title": plan.title,
        "objectives": [
            {
                "title": objective.title,
                "indicators": [_indicator_data(i) for i in objective.indicators.all()],
                "outputs": [
                    {
                        "title": output.title,
                        "indicators": [_indicator_data(i) for i in output.indicators.all()],
                        "actions": [_action_data(a) for a in output.actions.all()],
                    }
                    for output in objective.outputs.all()
                ],
            }
            for objective in objectives
        ],
        "risks": [
            {"kind": r.kind, "description": r.description, "mitigation": r.mitigation}
            for r in plan.risks.all()
        ],
        "bodies": [
            {
                "kind": b.kind,
                "name": b.name,
                "convener": str(b.convener),
                "members": sorted(str(o) for o in b.members.all()),
                "meeting_frequency": b.meeting_frequency,
            }
            for b in bodies
        ],
    }


def freeze_problems(*, plan: ActionPlan) -> list[str]:
    """What must be completed before the plan can be frozen, action by action."""
    problems = []
    actions = Action.objects.filter(output__objective__plan=plan).prefetch_related("indicators")
    if not actions:
        problems.append(_("The plan has no actions yet."))
    for item in actions:
        missing = []
        if item.responsible_organisation_id is None:
            missing.append(_("a responsible organisation"))
        if item.starts_on is None or item.ends_on is None:
            missing.append(_("start and end dates"))
        if not item.indicators.all():
            missing.append(_("a linked indicator"))
        if missing:
            problems.append(
                _("“%(action)s” needs %(missing)s.")
                % {"action": item.title, "missing": ", ".join(str(m) for m in missing)}
            )
    return problems


@transaction.atomic
def plan_freeze(*, plan: ActionPlan, by: User) -> PlanVersion:
    """An immutable snapshot with its SHA-256 fingerprint, open for positions."""
    plan = ActionPlan.objects.select_for_update().select_related("event").get(pk=plan.pk)
    act_check(event=plan.event, act="plan_freeze")
    if plan.versions.filter(status=PlanVersion.Status.OPEN).exists():
        raise ValidationError(
            _("A frozen version is already open for positions; close its endorsement first.")
        )
    problems = freeze_problems(plan=plan)
    if problems:
        raise ValidationError(problems)
    snapshot = plan_snapshot(plan=plan)
    number = (plan.versions.aggregate(last=Max("number"))["last"] or 0) + 1
    version = PlanVersion.objects.create(
        plan=plan,
        number=number,
        snapshot=snapshot,
        fingerprint=fingerprint(snapshot),
        frozen_by=by,
    )
    audit_record(
        action=AuditEntry.Action.PLAN_FROZEN,
        summary=_("Version %(number)d of the action plan frozen and opened for positions.")
        % {"number": number},
        by=by,
        event=plan.event,
        details={"version": version.pk, "fingerprint": version.fingerprint},
    )
    return version


@transaction.atomic
def plan_version_publish(*, version: PlanVersion, by: User | None = None) -> PlanVersion:
    """Show an endorsed version to donors."""
    act_check(event=version.plan.event, act="publish")
    if version.status != PlanVersion.Status.ENDORSED:
        raise ValidationError(_("Only an endorsed version can be published to donors."))
    if version.published_at is None:
        version.published_at = timezone.now()
        version.save(update_fields=["published_at"])
        audit_record(
            action=AuditEntry.Action.PLAN_PUBLISHED,
            summary=_("Version %(number)d of the action plan published to donors.")
            % {"number": version.number},
            by=by,
            event=version.plan.event,
            details={"version": version.pk},
        )
    return version


@transaction.atomic
def plan_version_withdraw(*, version: PlanVersion, by: User, reason: str) -> PlanVersion:
    """Take a published version out of the donors' portfolio, with the reason written down:
    it takes no new pledge, the donors who pledged to it are told by email, and the reason is
    kept in the audit log and shown with the version. Publishing it again is possible."""
    version = (
        PlanVersion.objects.select_for_update().select_related("plan__event").get(pk=version.pk)
    )
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Say why the plan is withdrawn; donors read it.")})
    if version.published_at is None:
        raise ValidationError(_("This version is not published to donors."))
    version.published_at = None
    version.withdrawn_at = timezone.now()
    version.withdrawal_reason = reason
    version.save(update_fields=["published_at", "withdrawn_at", "withdrawal_reason"])
    audit_record(
        action=AuditEntry.Action.PLAN_WITHDRAWN,
        summary=_("Version %(number)d of the action plan withdrawn from donors: %(reason)s")
        % {"number": version.number, "reason": reason},
        by=by,
        event=version.plan.event,
        details={"version": version.pk, "reason": reason},
    )
    withdrawal_emails_queue(version=version)
    return version


def withdrawal_emails_queue(*, version: PlanVersion) -> None:
    """Queue, once the withdrawal is stored, one email to each donor with a pledge to it."""
    from actionplans.tasks import send_withdrawal_email  # the tasks module imports this one

    donors = list(
        version.pledges.filter(withdrawn_at__isnull=True)
        .values_list("donor_id", flat=True)
        .distinct()
        .order_by("donor_id")
    )

    def queue():
        for donor_id in donors:
            try:
                send_withdrawal_email.delay(version.pk, donor_id)
            except Exception:  # noqa: BLE001  (a broker's errors differ by transport)
                # The withdrawal stands; the log says whose email was not queued.
                logger.exception(
                    "The withdrawal email of version %s to donor %s could not be queued",
                    version.pk,
                    donor_id,
                )

    transaction.on_commit(queue)


def withdrawal_email_send(*, version_id: int, donor_id: int) -> bool:
    """Tell a donor that a plan they pledged to was withdrawn, and why; run by a worker, in the
    donor's language. Nothing is sent when the version was published again meanwhile."""
    version = (
        PlanVersion.objects.select_related("plan__event")
        .filter(pk=version_id, published_at__isnull=True, withdrawn_at__isnull=False)
        .first()
    )
    donor = User.objects.filter(pk=donor_id).first()
    if version is None or donor is None or not donor.email:
        return False
    event = version.plan.event
    with translation.override(donor.language or event.language):
        subject = _("Withdrawn from donors: %(event)s") % {"event": event.title}
        body = render_to_string(
            "actionplans/email/withdrawal.txt",
            {"version": version, "event": event, "donor": donor},
        )
    send_mail(subject=subject, message=body, from_email=None, recipient_list=[donor.email])
    return True
