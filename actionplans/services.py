"""Every write to key issues, the plan, its versions and the endorsement goes through here."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Max, ProtectedError, Q, Sum
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from actionplans.endorsement import endorsement_outcome
from actionplans.models import (
    Action,
    ActionPlan,
    Ballot,
    IndicatorMeasurement,
    KeyIssue,
    PlanVersion,
    Pledge,
    Position,
    ProgressUpdate,
    Versioned,
    Vote,
)
from assessments.models import Question
from cdfacil.fingerprints import fingerprint
from cdfacil.models import AuditEntry
from cdfacil.services import audit_record
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


def plan_snapshot(*, plan: ActionPlan, chain_loaded: bool = False) -> dict:
    """The whole plan as plain data: what is frozen, fingerprinted and shown to donors.

    `chain_loaded`: the plan comes from `selectors.plan_with_chain`, whose prefetches hold all
    of it in the same order, so nothing is read again.
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
            "status": item.status,
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
    version = PlanVersion.objects.create(
        plan=plan,
        number=number,
        snapshot=snapshot,
        fingerprint=fingerprint(snapshot),
        frozen_by=frozen_by,
    )
    audit_record(
        action=AuditEntry.Action.PLAN_FROZEN,
        summary=_("Version %(number)d of the action plan frozen and opened for positions.")
        % {"number": number},
        actor=frozen_by,
        event=plan.event,
        details={"version": version.pk, "fingerprint": version.fingerprint},
    )
    return version


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
    is_facilitator = Participation.objects.filter(
        event=version.plan.event, user=recorded_by, role=Participation.Role.FACILITATOR
    ).exists()
    if on_behalf and not is_facilitator:
        raise ValidationError(_("You can record a position only for your own organisation."))
    given_in_the_room = version.positions.filter(organisation=organisation, on_behalf=True)
    if not is_facilitator and given_in_the_room.exists():
        raise ValidationError(
            _(
                "A facilitator recorded your organisation's position as given in the room; ask "
                "a facilitator to change it."
            )
        )
    position, created = Position.objects.update_or_create(
        version=version,
        organisation=organisation,
        defaults={
            "stance": stance,
            "comment": comment,
            "recorded_by": recorded_by,
            "on_behalf": on_behalf,
        },
    )
    words = {
        "organisation": organisation,
        "number": version.number,
        "stance": position.get_stance_display(),
    }
    audit_record(
        action=AuditEntry.Action.POSITION_RECORDED,
        summary=(
            _(
                "Position of %(organisation)s on version %(number)d, recorded on its behalf: "
                "%(stance)s."
            )
            if on_behalf
            else _("Position of %(organisation)s on version %(number)d: %(stance)s.")
        )
        % words,
        actor=recorded_by,
        event=version.plan.event,
        details={
            "version": version.pk,
            "organisation": organisation.pk,
            "stance": stance,
            "on_behalf": on_behalf,
            "changed": not created,
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
def endorsement_close(*, version: PlanVersion, by=None) -> PlanVersion:
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
    audit_record(
        action=AuditEntry.Action.ENDORSEMENT_CLOSED,
        summary=(
            _("Endorsement of version %(number)d closed: the version is endorsed.")
            if endorsed
            else _("Endorsement of version %(number)d closed: the version is not endorsed.")
        )
        % {"number": version.number},
        actor=by,
        event=version.plan.event,
        details={"version": version.pk, "status": version.status, "positions": len(stances)},
    )
    return version


@transaction.atomic
def version_publish(*, version: PlanVersion, by=None) -> PlanVersion:
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
            actor=by,
            event=version.plan.event,
            details={"version": version.pk},
        )
    return version


# --- Key issues: creating, editing, deleting; ballot settings -----------------------------------


def _ballot_is_closed(*, event: Event) -> bool:
    return Ballot.objects.filter(event=event, closed_at__isnull=False).exists()


@transaction.atomic
def key_issue_create(
    *,
    event: Event,
    title: str,
    description: str,
    source: str,
    assessment_round=None,
    questions=(),
    created_by,
) -> KeyIssue:
    """A key issue written by the group, or drawn from the gaps of one of the event's rounds.

    The questions behind a gap must come from the round's framework version.
    """
    # Imported here only because this section was appended to the module; it may move to the top.

    if _ballot_is_closed(event=event):
        raise ValidationError(_("The vote is closed; the ranking is final. No issue can be added."))
    questions = list(questions)
    if source == KeyIssue.Source.GAP:
        if assessment_round is None:
            raise ValidationError({"assessment_round": _("Choose the round the gaps come from.")})
        if not questions:
            raise ValidationError({"questions": _("Choose at least one gap.")})
    if assessment_round is not None and assessment_round.event_id != event.pk:
        raise ValidationError({"assessment_round": _("This round belongs to another event.")})
    if questions:
        if assessment_round is None:
            raise ValidationError(
                {"assessment_round": _("Questions can only be linked through a round.")}
            )
        in_version = set(
            Question.objects.filter(
                pk__in=[question.pk for question in questions],
                dimension__level__version_id=assessment_round.version_id,
            ).values_list("pk", flat=True)
        )
        outside = [question.code for question in questions if question.pk not in in_version]
        if outside:
            raise ValidationError(
                {
                    "questions": _(
                        "These questions are not in the framework of this round: %(codes)s."
                    )
                    % {"codes": ", ".join(outside)}
                }
            )
    key_issue = KeyIssue(
        event=event,
        title=title,
        description=description,
        source=source,
        assessment_round=assessment_round,
        created_by=created_by,
    )
    # The creator may be left out (a seeded issue); the field is nullable for deleted accounts.
    key_issue.full_clean(exclude=["created_by"])
    key_issue.save()
    if questions:
        key_issue.questions.set(questions)
    return key_issue


@transaction.atomic
def key_issue_update(*, key_issue: KeyIssue, title: str, description: str) -> KeyIssue:
    key_issue.title = title
    key_issue.description = description
    key_issue.full_clean()
    key_issue.save(update_fields=["title", "description"])
    return key_issue


@transaction.atomic
def key_issue_delete(*, key_issue: KeyIssue) -> None:
    """Remove an issue; the dots on it go back to the members. Refused once the vote is closed."""
    ballot = Ballot.objects.select_for_update().filter(event_id=key_issue.event_id).first()
    if ballot is not None and ballot.closed_at:
        raise ValidationError(
            _("The vote is closed; the ranking is final. No issue can be removed.")
        )
    key_issue.delete()


@transaction.atomic
def vote_step(*, key_issue: KeyIssue, voter, step: int) -> Vote | None:
    """Add (+1) or take back (-1) one dot, from the member's dots as they are now."""
    ballot = Ballot.objects.select_for_update().get_or_create(event_id=key_issue.event_id)[0]
    current = (
        Vote.objects.filter(key_issue=key_issue, voter=voter).values_list("dots", flat=True).first()
        or 0
    )
    if current + step < 0:
        raise ValidationError({"dots": _("You have no dots on this issue to take back.")})
    spent = (
        Vote.objects.filter(key_issue__event_id=key_issue.event_id, voter=voter).aggregate(
            total=Sum("dots")
        )["total"]
        or 0
    )
    if step > 0 and not ballot.closed_at and spent >= ballot.dots_per_member:
        raise ValidationError(
            {
                "dots": _(
                    "You have placed all %(total)d of your dots; take one back from another "
                    "issue first."
                )
                % {"total": ballot.dots_per_member}
            }
        )
    return vote_cast(key_issue=key_issue, voter=voter, dots=current + step)


@transaction.atomic
def ballot_settings_update(*, event: Event, dots_per_member: int) -> Ballot:
    """Set each member's dots; never below what someone has already placed."""
    ballot = Ballot.objects.select_for_update().get_or_create(event=event)[0]
    if ballot.closed_at:
        raise ValidationError(_("The vote is closed; its settings can no longer change."))
    ballot.dots_per_member = dots_per_member
    ballot.full_clean()
    spent = (
        Vote.objects.filter(key_issue__event=event)
        .values("voter")
        .annotate(total=Sum("dots"))
        .filter(total__gt=dots_per_member)
        .order_by("-total")
        .values_list("voter__first_name", "voter__last_name", "voter__username", "total")
    )
    over = list(spent)
    if over:
        names = ", ".join(
            f"{(f'{first} {last}'.strip() or username)} ({total})"
            for first, last, username, total in over
        )
        raise ValidationError(
            {
                "dots_per_member": _(
                    "Some members have already placed more dots than that: %(names)s. Set at "
                    "least %(most)d, or ask them to take some back first."
                )
                % {"names": names, "most": over[0][3]}
            }
        )
    ballot.save(update_fields=["dots_per_member"])
    return ballot


# --- The plan: creating, saving and deleting its parts --------------------------------------------


@transaction.atomic
def plan_create(*, event: Event, title: str) -> ActionPlan:
    """The event's (single) plan; refused if it already has one."""
    if ActionPlan.objects.filter(event=event).exists():
        raise ValidationError(_("This event already has an action plan."))
    plan = ActionPlan(event=event, title=title)
    plan.full_clean()
    plan.save()
    return plan


@transaction.atomic
def plan_part_save(*, instance, expected_version: int | None, m2m: dict | None = None):
    """Save a part of the plan (objective, output, indicator, action, risk, body) and its
    many-to-many links in one transaction.

    Parts with a `lock_version` go through `versioned_save`, so a stale copy raises StaleEdit
    and nothing is written; a part that someone deleted meanwhile is refused with a message.
    """

    model = type(instance)
    if instance.pk is not None and not model.objects.filter(pk=instance.pk).exists():
        raise ValidationError(
            _("Someone deleted this %(kind)s meanwhile; nothing was saved.")
            % {"kind": model._meta.verbose_name}
        )
    if isinstance(instance, Versioned):
        versioned_save(instance=instance, expected_version=expected_version)
    else:
        instance.full_clean()
        instance.save()
    for name, values in (m2m or {}).items():
        getattr(instance, name).set(values)
    return instance


@transaction.atomic
def plan_part_delete(*, instance) -> None:
    """Delete a part of the plan with what hangs under it; refused while pledges point at it."""

    if isinstance(instance, Action) and _in_published_version(instance):
        raise ValidationError(
            _(
                "“%(action)s” is part of a plan version published to donors; it cannot be "
                "deleted. Set its status to cancelled instead."
            )
            % {"action": instance.title}
        )
    try:
        instance.delete()
    except ProtectedError as error:
        raise ValidationError(
            _("Donors have pledged to actions under this %(kind)s; it cannot be deleted.")
            % {"kind": type(instance)._meta.verbose_name}
        ) from error


def _in_published_version(action: Action) -> bool:
    versions = PlanVersion.objects.filter(
        plan_id=action.output.objective.plan_id, published_at__isnull=False
    ).only("snapshot")
    return any(action.pk in _version_action_ids(version) for version in versions)


# --- Donors' pledges and the follow-up of the plan ------------------------------------------------


def _version_action_ids(version: PlanVersion) -> set[int]:
    return {
        action["id"]
        for objective in version.snapshot.get("objectives", [])
        for output in objective.get("outputs", [])
        for action in output.get("actions", [])
    }


@transaction.atomic
def pledge_save(*, pledge, by=None):
    """Create or update a donor's pledge to an action of a published, endorsed version.

    The organisation is always the donor's own. Refused, with the reason: a version that is not
    endorsed and published, an action that is not part of it, someone else's pledge (`by` is the
    person saving, when it is not the pledge's donor), or moving a pledge to another action.
    `by` is also who the audit log names; the demo loader leaves it unset.
    """

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
    if plan_id != version.plan_id or pledge.action_id not in _version_action_ids(version):
        raise ValidationError(
            _(
                "This action is not part of the endorsed plan version; pledge to one of the "
                "actions shown on the plan page. Nothing was saved."
            )
        )
    donor = pledge.donor
    if by is not None and by.pk != donor.pk:
        raise ValidationError(_("You can change only your own pledges."))
    if not donor.is_donor:
        raise ValidationError(_("Only donors can pledge support to actions."))
    if pledge.pk is not None:
        stored = Pledge.objects.select_for_update().filter(pk=pledge.pk).first()
        if stored is None:
            raise ValidationError(_("This pledge was deleted meanwhile; nothing was saved."))
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
    pledge.organisation_id = donor.organisation_id
    pledge.full_clean()
    created = pledge.pk is None
    pledge.save()
    words = {
        "organisation": pledge.organisation,
        "amount": number_format(pledge.amount, decimal_pos=2, force_grouping=True),
        "currency": pledge.currency,
        "action": pledge.action.title,
        "status": pledge.get_status_display(),
    }
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
        actor=by,
        event=Event.objects.get(plan__pk=version.plan_id),
        details={
            "pledge": pledge.pk,
            "version": version.pk,
            "action": pledge.action_id,
            "amount": str(pledge.amount),
            "currency": pledge.currency,
            "status": pledge.status,
        },
    )
    return pledge


def _not_in_future(*, event: Event, date) -> None:
    if date is not None and date > event.local_today():
        raise ValidationError({"date": _("The date cannot be in the future.")})


@transaction.atomic
def progress_record(
    *, action: Action, status: str, percent_complete: int, date, note: str = "", recorded_by
):
    """One progress update on an action; the latest one is the action's current state."""

    event = Event.objects.get(plan__objectives__outputs__actions=action)
    _not_in_future(event=event, date=date)
    update = ProgressUpdate(
        action=action,
        status=status,
        percent_complete=percent_complete,
        date=date,
        note=note,
        recorded_by=recorded_by,
    )
    update.full_clean()
    update.save()
    return update


@transaction.atomic
def measurement_record(*, indicator, value, date, note: str = "", recorded_by):
    """A measured value of an indicator on a date; the latest is compared with the target."""

    event = Event.objects.filter(
        Q(plan__objectives__indicators=indicator)
        | Q(plan__objectives__outputs__indicators=indicator)
    ).first()
    if event is None:
        raise ValidationError(_("This indicator belongs to no plan."))
    _not_in_future(event=event, date=date)
    measurement = IndicatorMeasurement(
        indicator=indicator, value=value, date=date, note=note, recorded_by=recorded_by
    )
    measurement.full_clean()
    measurement.save()
    return measurement
