"""The name that sign-in throttling (django-axes) counts attempts under.

Sign-in finds the account case-insensitively (`CdfacilUserManager.get_by_natural_key`), so
throttling must count "Amina", "AMINA" and "amina" as one person: otherwise each spelling gets
its own tries, and a success under one spelling clears the failures of another.
"""

from django.contrib.auth import get_user_model
from django.http import HttpRequest

from cdfacil.emails import folded


def lockout_username(request: HttpRequest | None, credentials: dict | None = None) -> str | None:
    """The account's own username when the typed one signs in to an account, by the very rule
    that sign-in uses; otherwise the typed name, folded. Axes' `AXES_USERNAME_CALLABLE`."""
    if credentials:
        typed = credentials.get("username")
    elif request is not None:
        typed = getattr(request, "data", request.POST).get("username")
    else:
        return None
    if not typed:
        return typed
    manager = get_user_model()._default_manager
    try:
        username = manager.get_by_natural_key(typed).get_username()
    except (manager.model.DoesNotExist, manager.model.MultipleObjectsReturned):
        username = typed
    return folded(username)
