"""Transitional: the factories moved to `builders.factories`."""

from builders.factories import *  # noqa: F403
