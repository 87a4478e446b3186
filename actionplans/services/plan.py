"""Writes to the editable plan: creating it, saving its parts with optimistic locking, deleting."""

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import F, ProtectedError, Q, QuerySet
from django.utils.translation import gettext as _

from actionplans.models import Action, ActionPlan, Indicator, Objective, Output, Versioned
from actionplans.selectors.versions import published_part_ids
from cdfacil.writes import validated_save
from events.models import Event


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


@transaction.atomic
def versioned_save(*, instance: Versioned, expected_version: int | None) -> Versioned:
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


@transaction.atomic
def plan_create(*, event: Event, title: str) -> ActionPlan:
    """The event's (single) plan; refused if it already has one."""
    if ActionPlan.objects.filter(event=event).exists():
        raise ValidationError(_("This event already has an action plan."))
    plan = ActionPlan(event=event, title=title)
    return validated_save(plan)


@transaction.atomic
def plan_part_save(
    *, instance: models.Model, expected_version: int | None, m2m: dict | None = None
) -> models.Model:
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
        validated_save(instance)
    for name, values in (m2m or {}).items():
        getattr(instance, name).set(values)
    return instance


def _held_parts(instance: models.Model) -> tuple[int, QuerySet, QuerySet] | None:
    """(plan id, actions, indicators) that deleting `instance` removes with it; None for the
    parts no frozen snapshot names (risks, bodies, the plan)."""
    if isinstance(instance, Objective):
        return (
            instance.plan_id,
            Action.objects.filter(output__objective=instance),
            Indicator.objects.filter(Q(objective=instance) | Q(output__objective=instance)),
        )
    if isinstance(instance, Output):
        return (
            instance.objective.plan_id,
            Action.objects.filter(output=instance),
            Indicator.objects.filter(output=instance),
        )
    if isinstance(instance, Action):
        return (
            instance.output.objective.plan_id,
            Action.objects.filter(pk=instance.pk),
            Indicator.objects.none(),
        )
    if isinstance(instance, Indicator):
        objective = instance.objective or instance.output.objective
        return objective.plan_id, Action.objects.none(), Indicator.objects.filter(pk=instance.pk)
    return None


def plan_part_check_deletable(*, instance: models.Model) -> None:
    """Refuse, with the reason, to delete a part that holds an action or indicator of a version
    published to donors: their pledges and the follow-up point at it."""
    held = _held_parts(instance)
    if held is None:
        return
    plan_id, actions, indicators = held
    action_ids, indicator_ids = published_part_ids(plan_id=plan_id)
    names = [
        *actions.filter(pk__in=action_ids).values_list("title", flat=True),
        *indicators.filter(pk__in=indicator_ids).values_list("description", flat=True),
    ]
    if not names:
        return
    if isinstance(instance, Action):
        message = _(
            "“%(action)s” is part of a plan version published to donors; it cannot be "
            "deleted. Set its status to cancelled instead."
        ) % {"action": instance.title}
    elif isinstance(instance, Indicator):
        message = _(
            "“%(indicator)s” is part of a plan version published to donors; it cannot be deleted."
        ) % {"indicator": instance.description}
    else:
        message = _(
            "“%(name)s” holds %(parts)s, part of a plan version published to donors; it cannot "
            "be deleted. Set the status of its actions to cancelled instead."
        ) % {"name": instance, "parts": ", ".join(f"“{name}”" for name in names)}
    raise ValidationError(message)


@transaction.atomic
def plan_part_delete(*, instance: models.Model) -> None:
    """Delete a part of the plan with what hangs under it. Refused for a part that holds what a
    published version shows donors, and (the database's own guard) for actions and indicators
    with pledges or a recorded follow-up."""
    plan_part_check_deletable(instance=instance)
    try:
        instance.delete()
    except ProtectedError as error:
        raise ValidationError(
            _(
                "Pledges or follow-up records point at what this %(kind)s holds; it cannot be "
                "deleted."
            )
            % {"kind": type(instance)._meta.verbose_name}
        ) from error
