"""The organisation pickers' endpoints: search as you type, and add an organisation in place.
Each answers with the picker's options (htmx), limited to the event's country and the
international organisations."""

import re

from django.core.exceptions import BadRequest, ValidationError
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET, require_POST

from cdfacil.organisations import organisation_search, organisations_in_scope
from cdfacil.widgets import picker_options, typed_name
from events.models import Event
from events.permissions import event_view
from events.services.people import organisation_find_or_add
from events.services.registration import registration_closed_reason

_NAME = re.compile(r"^[\w-]{1,80}$", re.ASCII)
_ID = re.compile(r"^[0-9]{1,18}$")
MOST_CHOSEN = 50
# The public registration page answers only a search of this many letters or more, with fewer
# results: it shows signed-out visitors a few names of one country, never a list to page through.
PUBLIC_MIN_LETTERS = 3
PUBLIC_LIMIT = 8


def _picker(data) -> tuple[str, str, bool, bool]:
    """(field name, field id, multiple, may be empty) as the picker sent them."""
    name = data.get("field") or "organisation"
    field_id = data.get("id") or f"id_{name}"
    if not (_NAME.fullmatch(name) and _NAME.fullmatch(field_id)):
        raise BadRequest("Not a picker's request.")
    return name, field_id, data.get("multiple") == "1", data.get("empty") == "1"


def _options(request, *, event: Event, data, chosen_extra=None, limit=None, **shown):
    """The picker's options: the chosen ones (still in scope) ticked, then the matches of the
    search box's text."""
    name, field_id, multiple, allow_empty = _picker(data)
    country = event.country.code
    most = MOST_CHOSEN if multiple else 1
    ids = [int(value) for value in data.getlist(name) if _ID.fullmatch(value)][:most]
    if chosen_extra is not None:
        ids = [*ids, chosen_extra.pk] if multiple else [chosen_extra.pk]
    chosen = list(organisations_in_scope(country=country).filter(pk__in=ids)) if ids else []
    query = " ".join(data.get(typed_name(name), "").split())[:100]
    found = organisation_search(
        country=country, text=query, exclude=ids, **({"limit": limit} if limit else {})
    )
    picker = picker_options(
        name=name,
        field_id=field_id,
        multiple=multiple,
        allow_empty=allow_empty,
        options=[(o, True) for o in chosen] + [(o, False) for o in found],
        searched=True,
        query=query,
        **shown,
    )
    return render(request, "widgets/organisation_options.html", {"picker": picker})


@require_GET
@event_view("events.view_event")
def organisation_search_view(request, event):
    return _options(request, event=event, data=request.GET)


@require_POST
@event_view("events.view_core_group")
def organisation_add_view(request, event):
    """Add the organisation of the picker's "add" panel and choose it; a refusal is said above
    the options, and what was chosen stays chosen."""
    name, *_rest = _picker(request.POST)
    data = request.POST

    def typed(part: str) -> str:
        return data.get(f"{name}__new_{part}", "").replace("\x00", "")

    try:
        organisation = organisation_find_or_add(
            event=event,
            name=typed("name"),
            acronym=typed("acronym"),
            kind=typed("kind"),
            country=typed("country"),
        )
    except ValidationError as error:
        return _options(request, event=event, data=data, error=" ".join(error.messages))
    return _options(
        request, event=event, data=data, chosen_extra=organisation, added=str(organisation)
    )


@require_GET
def organisation_search_public(request, public_id):
    """The public registration page's search: only while registration is open, only by the
    event's public link, a few names for a few letters."""
    event = get_object_or_404(Event, public_id=public_id)
    data = request.GET.copy()
    name, *_rest = _picker(data)
    query = " ".join(data.get(typed_name(name), "").split())
    if registration_closed_reason(event=event) or len(query) < PUBLIC_MIN_LETTERS:
        data[typed_name(name)] = ""
    return _options(request, event=event, data=data, limit=PUBLIC_LIMIT)
