"""Writes to the editable plan: creating it, saving its parts with optimistic locking, deleting."""

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import F, ProtectedError
from django.utils.translation import gettext as _

from actionplans.models import Action, ActionPlan, PlanVersion, Versioned
from actionplans.selectors.versions import snapshot_actions
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


@transaction.atomic
def plan_part_delete(*, instance: models.Model) -> None:
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
    return any(
        action.pk in {item["id"] for item in snapshot_actions(version.snapshot)}
        for version in versions
    )
