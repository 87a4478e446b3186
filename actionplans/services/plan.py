"""Writes to the editable plan: creating it, saving its parts with optimistic locking (a save
on a stale copy merges field by field), deleting."""

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import F, ProtectedError, Q, QuerySet
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from actionplans.models import Action, ActionPlan, Indicator, Objective, Output, Versioned
from actionplans.selectors.versions import published_part_ids
from cdfacil.writes import validated_save
from events.models import Event


@dataclass(frozen=True)
class Loaded:
    """What a person's form was loaded with: the part's `version`, and each field's value as
    `part_value` gives it. `values` None: unknown, so every field counts as changed by them."""

    version: int | None
    values: Mapping[str, Any] | None = None


@dataclass
class Merge:
    """How one person's save met the stored copy, by field name: what they `changed` since
    their form was loaded, what someone else changed meanwhile and was `kept`, and the
    `conflicts` (both changed it, to different values)."""

    part: Versioned
    changed: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)


class StaleEdit(ValidationError):
    """A save based on a copy that someone else changed meanwhile; `current` is their version,
    `merge` (when known) names the conflicting fields."""

    def __init__(self, current, merge: Merge | None = None):
        if merge is None or not merge.conflicts:
            message = _(
                "Someone else changed this while you were editing. Their version is shown "
                "below; what you typed is kept in the form. Check both, then save again."
            )
        else:
            message = _(
                "Someone else also changed %(fields)s while you were editing. Both values are "
                "shown below; what you typed is kept in the form. Choose, then save again."
            ) % {"fields": field_names(type(current), merge.conflicts)}
        super().__init__(message)
        self.current = current
        self.merge = merge


def field_names(model: type[models.Model], names: list[str]) -> str:
    """“Action”, “Description”: fields as their forms label them."""
    return ", ".join(f"“{capfirst(model._meta.get_field(name).verbose_name)}”" for name in names)


def part_value(value: Any) -> Any:
    """A field's value as plain data (JSON): a related object by its id, several by their ids,
    dates and amounts as text; what a form shows and a signed record of it can carry."""
    if isinstance(value, list | tuple | QuerySet):
        return sorted(str(getattr(item, "pk", item)) for item in value)
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, Decimal | datetime.date):
        return str(value)
    return value


def _comparable(model_field: models.Field, value: Any) -> Any:
    """One value of a field, from the database, a form or a record of either, in a form that
    compares equal exactly when the values are the same (120000 and "120000.00" are)."""
    if model_field.many_to_many:
        return frozenset(str(getattr(item, "pk", item)) for item in value)
    if value is None or value == "":
        return None
    if model_field.is_relation:
        return str(getattr(value, "pk", value))
    return model_field.to_python(value)


def _stored_value(instance: models.Model, model_field: models.Field) -> Any:
    if model_field.many_to_many:
        return list(getattr(instance, model_field.name).all())
    return getattr(instance, model_field.attname)


_UNKNOWN = object()


def _merge(*, stored: Versioned, values: Mapping[str, Any], loaded: Loaded) -> Merge:
    """Compare, field by field, what the person sent, what their form was loaded with, and the
    stored copy. Without a record of the loaded values, a stale copy counts every field that
    differs as changed by both: the whole form is checked, as it was before merging."""
    model = type(stored)
    stale = stored.lock_version != loaded.version
    merge = Merge(part=stored)
    for name, value in values.items():
        model_field = model._meta.get_field(name)
        mine = _comparable(model_field, value)
        theirs = _comparable(model_field, _stored_value(stored, model_field))
        base = _UNKNOWN if loaded.values is None else loaded.values.get(name, _UNKNOWN)
        if base is _UNKNOWN:
            changed_by_me = mine != theirs
            changed_by_them = stale and changed_by_me
        else:
            base = _comparable(model_field, base)
            changed_by_me, changed_by_them = mine != base, theirs != base
        if changed_by_me and mine != theirs:
            (merge.conflicts if changed_by_them else merge.changed).append(name)
        elif changed_by_them and not changed_by_me:
            merge.kept.append(name)
    return merge


@transaction.atomic
def plan_part_update(*, part: Versioned, values: Mapping[str, Any], loaded: Loaded) -> Merge:
    """Save one person's edit of a part of the plan: only the fields they changed since their
    form was `loaded` are written onto the stored copy, so what someone else saved meanwhile in
    other fields is kept. A field both changed, to different values, is a conflict: StaleEdit
    names them and nothing is written.

    The row is locked while the merge is decided, and the version is bumped by a conditional
    UPDATE, as in `versioned_save`: of two concurrent saves the second merges with the first.
    Where the engine takes no row lock and the UPDATE finds the version moved, the merge is
    decided again on the newer copy."""
    model = type(part)
    for _attempt in range(3):
        stored = model.objects.select_for_update().filter(pk=part.pk).first()
        if stored is None:
            raise ValidationError(
                _("Someone deleted this %(kind)s meanwhile; nothing was saved.")
                % {"kind": model._meta.verbose_name}
            )
        merge = _merge(stored=stored, values=values, loaded=loaded)
        if merge.conflicts:
            raise StaleEdit(stored, merge)
        if not merge.changed or _write(stored, {name: values[name] for name in merge.changed}):
            return merge
    raise StaleEdit(model.objects.get(pk=part.pk))


def _write(stored: Versioned, changes: Mapping[str, Any]) -> bool:
    """Write `changes` onto `stored` and bump its version, if nobody did meanwhile. Only the
    changed columns are written; the history records the whole part as it now is."""
    model = type(stored)
    many = {}
    for name, value in changes.items():
        if model._meta.get_field(name).many_to_many:
            many[name] = value
        else:
            setattr(stored, name, value)
    stored.full_clean()
    version = stored.lock_version
    if not model.objects.filter(pk=stored.pk, lock_version=version).update(
        lock_version=F("lock_version") + 1
    ):
        return False
    stored.lock_version = version + 1
    touched = [f.name for f in model._meta.concrete_fields if getattr(f, "auto_now", False)]
    stored.save(update_fields=[*(set(changes) - set(many)), *touched, "lock_version"])
    for name, items in many.items():
        getattr(stored, name).set(items)
    return True


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
