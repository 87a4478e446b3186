"""Which organisations a picker offers: those of one country and the international ones, found
by name or acronym a few at a time, never the platform's whole list."""

import re

from django.db.models import Case, IntegerField, Q, QuerySet, Value, When

from cdfacil.models import Organisation

# The country of organisations that belong to no one country (see COUNTRIES_OVERRIDE).
INTERNATIONAL = "ZZ"
# The scope of a picker that is of no one country (a network's).
ANY_COUNTRY = ""
SEARCH_LIMIT = 20
_WITH_ACRONYM = re.compile(r"^(?P<name>.+) \((?P<acronym>[^()]+)\)$")


def _clean(text: str) -> str:
    """What was typed, spaces collapsed, without the NUL bytes no database takes."""
    return " ".join(text.replace("\x00", "").split())[:200]


def organisations_in_scope(*, country: str) -> QuerySet[Organisation]:
    """The organisations of `country` and the international ones, the country's first. With no
    country (`ANY_COUNTRY`), every organisation: a network's members come from many countries."""
    if country == ANY_COUNTRY:
        return Organisation.objects.order_by("name")
    return Organisation.objects.filter(country__in=[country, INTERNATIONAL]).order_by(
        Case(When(country=country, then=Value(0)), default=Value(1), output_field=IntegerField()),
        "name",
    )


def organisation_search(
    *, country: str, text: str, exclude=(), limit: int = SEARCH_LIMIT
) -> list[Organisation]:
    """At most `limit` organisations in scope whose name holds `text` or whose acronym starts
    with it; none for an empty `text`."""
    text = _clean(text)[:100]
    if not text:
        return []
    matching = Q(name__icontains=text) | Q(acronym__istartswith=text)
    return list(
        organisations_in_scope(country=country).filter(matching).exclude(pk__in=exclude)[:limit]
    )


def organisation_by_label(*, country: str, label: str) -> Organisation | None:
    """The organisation in scope a person typed: its name, its acronym, or both as the picker
    shows them ("Ministry of Health (MoH)"), in any case; None when none or several match."""
    label = _clean(label)
    if not label:
        return None
    scope = organisations_in_scope(country=country)
    shown = _WITH_ACRONYM.match(label)
    if shown:
        found = scope.filter(name__iexact=shown["name"], acronym__iexact=shown["acronym"])
    else:
        found = scope.filter(name__iexact=label)
        if not found.exists():
            found = scope.filter(acronym__iexact=label)
    found = list(found[:2])
    if len(found) == 2 and found[0].country != found[1].country:
        return found[0]  # the event's country's before the international one
    return found[0] if len(found) == 1 else None
