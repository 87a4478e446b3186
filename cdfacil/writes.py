"""How a service writes one row: validated first, and an update only of the fields it allows."""

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext as _


def validated_save(instance: models.Model) -> models.Model:
    """`full_clean()` then `save()`: the database never holds what the model's rules refuse."""
    instance.full_clean()
    instance.save()
    return instance


def model_update(*, instance: models.Model, fields: Iterable[str], data: dict) -> list[str]:
    """Set the keys of `data` on `instance`, validate and save; a key outside `fields` is
    refused, keyed by its name, and nothing is saved. Returns the names of the fields changed."""
    refused = sorted(set(data) - set(fields))
    if refused:
        raise ValidationError({name: _("You are not allowed to do this") for name in refused})
    changed = [name for name, value in data.items() if getattr(instance, name) != value]
    for name in changed:
        setattr(instance, name, data[name])
    if changed:
        validated_save(instance)
    return changed
