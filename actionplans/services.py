"""Every write to key issues, the plan, its versions and the endorsement goes through here."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Max, Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from actionplans.endorsement import endorsement_outcome
from actionplans.models import (
    Action,
    ActionPlan,
    Ballot,
    KeyIssue,
    PlanVersion,
    Position,
    Vote,
)
from cdfacil.fingerprints import fingerprint
from events.models import Event, Participation


class StaleEdit(ValidationError):
    """A save based on a copy that someone else changed meanwhile; `current` is their version."""

    def __init__(self, current):
        super().__init__(
            _(
                "Someone else changed this while you were editing. Their version is shown "
                "below; what you typed is kept in the form. Check both, then save again."
            )
        )
        self.current = current


# --- Optimistic locking -----------------------------------------------------------------------


@transaction.atomic
def versioned_save(*, instance, expected_version: int | None):
    """Save `instance` only if nobody saved it since `expected_version`; bump its version.

    New instances are created as they are. A stale save raises StaleEdit with the stored copy.
    """
    instance.full_clean()
    if instance.pk is None:
        instance.save()
        return instance
    model = type(instance)
    updated = model.objects.filter(pk=instance.pk, lock_version=expected_version).update(
        lock_version=F("lock_version") + 1
    )
    if not updated:
        raise StaleEdit(model.objects.get(pk=instance.pk))
    instance.lock_version = expected_version + 1
    instance.save()
    return instance


# --- Key issues and dot voting ------------------------------------------------------------------


def ballot_for(*, event: Event) -> Ballot:
    return Ballot.objects.get_or_create(event=event)[0]


@transaction.atomic
def vote_cast(*, key_issue: KeyIssue, voter, dots: int) -> Vote | None:
    """Put `dots` dots on a key issue (0 takes them back); the member's total is capped."""
    event = key_issue.event
    ballot = Ballot.objects.select_for_update().get_or_create(event=event)[0]
    if ballot.closed_at:
        raise ValidationError(_("The vote is closed; the ranking is final."))
    if not Participation.objects.filter(
        event=event, user=voter, role=Participation.Role.CORE_GROUP
    ).exists():
        raise ValidationError(_("Only core-group members vote on key issues."))
    if dots < 0:
        raise ValidationError({"dots": _("Dots cannot be negative.")})
    spent_elsewhere = (
        Vote.objects.filter(key_issue__event=event, voter=voter)
        .exclude(key_issue=key_issue)
        .aggregate(total=Sum("dots"))["total"]
        or 0
    )
    if spent_elsewhere + dots > ballot.dots_per_member:
        raise ValidationError(
            {
                "dots": _(
                    "You have %(left)d dots left of %(total)d; move some from another issue first."
                )
                % {
                    "left": ballot.dots_per_member - spent_elsewhere,
                    "total": ballot.dots_per_member,
                }
            }
        )
    if dots == 0:
        Vote.objects.filter(key_issue=key_issue, voter=voter).delete()
        return None
    vote, _created = Vote.objects.update_or_create(
        key_issue=key_issue, voter=voter, defaults={"dots": dots}
    )
    return vote


@transaction.atomic
def ballot_close(*, event: Event) -> Ballot:
    ballot = Ballot.objects.select_for_update().get_or_create(event=event)[0]
    if ballot.closed_at is None:
        ballot.closed_at = timezone.now()
        ballot.save(update_fields=["closed_at"])
    return ballot


# --- Plan versions: freeze, positions, endorsement ------------------------------------------------


def plan_snapshot(*, plan: ActionPlan) -> dict:
    """The whole plan as plain data: what is frozen, fingerprinted and shown to donors."""
    objectives = plan.objectives.prefetch_related(
        "indicators",
        "outputs__indicators",
        "outputs__actions__supporting_partners",
        "outputs__actions__key_issues",
        "outputs__actions__indicators",
        "outputs__actions__responsible_organisation",
    ).order_by("order", "pk")

    def indicator(item):
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

    def action(item):
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
            "key_issues": sorted(issue.title for issue in item.key_issues.all()),
            "indicators": sorted(ind.pk for ind in item.indicators.all()),
        }

    return {
        "title": plan.title,
        "objectives": [
            {
                "title": objective.title,
                "indicators": [indicator(i) for i in objective.indicators.all()],
                "outputs": [
                    {
                        "title": output.title,
                        "indicators": [indicator(i) for i in output.indicators.all()],
                        "actions": [action(a) for a in output.actions.all()],
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
            for b in plan.bodies.select_related("convener").prefetch_related("members")
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
def plan_freeze(*, plan: ActionPlan, frozen_by) -> PlanVersion:
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
    return PlanVersion.objects.create(
        plan=plan,
        number=number,
        snapshot=snapshot,
        fingerprint=fingerprint(snapshot),
        frozen_by=frozen_by,
    )


@transaction.atomic
def position_record(
    *, version: PlanVersion, organisation, stance: str, comment: str, recorded_by
) -> Position:
    """One position per organisation; a facilitator's record for another says so."""
    version = (
        PlanVersion.objects.select_for_update().select_related("plan__event").get(pk=version.pk)
    )
    if version.status != PlanVersion.Status.OPEN:
        raise ValidationError(_("The endorsement of this version is closed."))
    if stance not in Position.Stance.values:
        raise ValidationError({"stance": _("Choose a position.")})
    on_behalf = recorded_by.organisation_id != organisation.pk
    if (
        on_behalf
        and not Participation.objects.filter(
            event=version.plan.event, user=recorded_by, role=Participation.Role.FACILITATOR
        ).exists()
    ):
        raise ValidationError(_("You can record a position only for your own organisation."))
    position, _created = Position.objects.update_or_create(
        version=version,
        organisation=organisation,
        defaults={
            "stance": stance,
            "comment": comment,
            "recorded_by": recorded_by,
            "on_behalf": on_behalf,
        },
    )
    return position


def lead_organisation_id(*, event: Event) -> int | None:
    lead = (
        Participation.objects.filter(event=event, role=Participation.Role.CORE_GROUP, is_lead=True)
        .select_related("user")
        .first()
    )
    return lead.user.organisation_id if lead else None


@transaction.atomic
def endorsement_close(*, version: PlanVersion) -> PlanVersion:
    """Close the positions and apply the rule; the reasons stay on record with the version."""
    version = (
        PlanVersion.objects.select_for_update().select_related("plan__event").get(pk=version.pk)
    )
    if version.status != PlanVersion.Status.OPEN:
        raise ValidationError(_("The endorsement of this version is already closed."))
    stances = dict(version.positions.values_list("organisation_id", "stance"))
    endorsed, reasons = endorsement_outcome(
        stances=stances, lead_organisation_id=lead_organisation_id(event=version.plan.event)
    )
    version.status = PlanVersion.Status.ENDORSED if endorsed else PlanVersion.Status.NOT_ENDORSED
    version.outcome_reasons = reasons
    version.closed_at = timezone.now()
    version.save(update_fields=["status", "outcome_reasons", "closed_at"])
    return version


@transaction.atomic
def version_publish(*, version: PlanVersion) -> PlanVersion:
    """Show an endorsed version to donors."""
    if version.status != PlanVersion.Status.ENDORSED:
        raise ValidationError(_("Only an endorsed version can be published to donors."))
    if version.published_at is None:
        version.published_at = timezone.now()
        version.save(update_fields=["published_at"])
    return version
