"""Freezing the plan into a fingerprinted version, and publishing an endorsed one to donors."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from actionplans.models import Action, ActionPlan, PlanVersion
from cdfacil.fingerprints import fingerprint
from cdfacil.models import AuditEntry, User
from cdfacil.services import audit_record


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
    plan = ActionPlan.objects.select_for_update().get(pk=plan.pk)
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
