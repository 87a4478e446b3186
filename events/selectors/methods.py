"""Reads of the method library."""

from events.models import Method


def method_library() -> list[tuple[str, list[Method]]]:
    """The library by family: (the family's name, its methods in order), in one query."""
    methods = list(Method.objects.order_by("family", "order", "pk"))
    return [
        (label, [method for method in methods if method.family == family])
        for family, label in Method.Family.choices
    ]
