"""Transitional: the demo plan moved to `builders.demo.plan`."""

from builders.demo.plan import seed_plan  # noqa: F401
