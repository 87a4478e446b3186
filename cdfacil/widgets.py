"""The organisation picker: the chosen organisations as ticked boxes (or a chosen radio), a search
box that brings matching ones of the event's country and international ones as you type (htmx),
and an "add an organisation" panel. It renders only what is chosen, so its size does not grow with
the platform. Without scripts, typing an organisation's name (or acronym) in the search box and
saving chooses it."""

import json

from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from cdfacil.forms import KEY_RANGE, ModelMultipleChoiceField
from cdfacil.models import Organisation
from cdfacil.organisations import INTERNATIONAL, organisation_by_label, organisations_in_scope


def typed_name(name: str) -> str:
    """The name of the picker's search box, for a field called `name`."""
    return f"{name}__name"


class OrganisationPicker(forms.Widget):
    template_name = "widgets/organisation_picker.html"

    def __init__(self, *, multiple: bool = False, attrs=None):
        super().__init__(attrs)
        self.multiple = multiple
        self.country = ""
        self.search_url = ""
        self.add_url = ""
        self.allow_empty = True

    def value_from_datadict(self, data, files, name):
        """The ticked organisations' ids, and the one typed in the search box (its id when
        it is found, else the text, which the field then refuses by name)."""
        sent = data.getlist(name) if hasattr(data, "getlist") else data.get(name)
        sent = sent if isinstance(sent, list | tuple) else [sent]
        ticked = [str(value) for value in sent if value not in (None, "")]
        typed = " ".join((data.get(typed_name(name)) or "").split())
        # After a search by script, the box held only what was searched for; the choice is
        # what was ticked.
        if typed and not data.get(f"{name}__searched"):
            found = organisation_by_label(country=self.country, label=typed)
            typed_value = str(found.pk) if found else typed
            if not self.multiple:
                return typed_value
            if typed_value not in ticked:
                ticked.append(typed_value)
        return ticked if self.multiple else (ticked[0] if ticked else None)

    def value_omitted_from_data(self, data, files, name):
        return name not in data and typed_name(name) not in data

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        values = value if isinstance(value, list | tuple) else [value]
        ids, typed = [], ""
        for item in values:
            if isinstance(item, Organisation):
                ids.append(item.pk)
            elif str(item or "").isascii() and str(item).isdigit() and int(item) in KEY_RANGE:
                ids.append(int(item))
            elif item:
                typed = str(item)  # not found: shown again in the search box, nothing lost
        chosen = list(Organisation.objects.filter(pk__in=ids).order_by("name")) if ids else []
        field_id = context["widget"]["attrs"].get("id") or f"id_{name}"
        context["widget"].update(
            field_id=field_id,
            invalid="is-invalid" in context["widget"]["attrs"].get("class", ""),
            multiple=self.multiple,
            picker=picker_options(
                name=name,
                field_id=field_id,
                multiple=self.multiple,
                allow_empty=self.allow_empty,
                options=[(organisation, True) for organisation in chosen],
                any_country=not self.country,
            ),
            typed=typed,
            any_country=not self.country,
            typed_name=typed_name(name),
            search_url=self.search_url,
            add_url=self.add_url,
            kinds=Organisation.Kind.choices,
            countries=[
                (self.country, countries.name(self.country) or self.country),
                (INTERNATIONAL, _("International")),
            ],
            hx_vals=json.dumps(
                {
                    "field": name,
                    "id": field_id,
                    "multiple": "1" if self.multiple else "",
                    "empty": "1" if self.allow_empty else "",
                }
            ),
        )
        return context


def picker_options(
    *,
    name,
    field_id,
    multiple,
    allow_empty,
    options,
    searched=False,
    query="",
    error="",
    added="",
    any_country=False,
) -> dict:
    """What the options part of the picker shows; the search and add endpoints render the same,
    `searched` then telling the form that the search box was only for searching."""
    return {
        "name": name,
        "field_id": field_id,
        "multiple": multiple,
        "allow_empty": allow_empty and not multiple,
        "none_chosen": not any(checked for _organisation, checked in options),
        "options": options,
        "searched": searched,
        "query": query,
        "no_match": bool(query) and all(checked for _organisation, checked in options),
        "error": error,
        "added": added,
        "any_country": any_country,
    }


class _Picking:
    """What both fields share: the scope (the event's country and international) and the
    picker's addresses."""

    def _pick(self, *, country: str, search_url: str, add_url: str):
        self.widget.country = country
        self.widget.search_url = search_url
        self.widget.add_url = add_url
        self.widget.allow_empty = not self.required


class OrganisationChoiceField(_Picking, forms.ModelChoiceField):
    default_error_messages = {
        "invalid_choice": _(
            "No organisation called “%(value)s” in the event's country or international. "
            "Check the spelling, search again, or add it."
        ),
    }

    def __init__(self, *, country: str, search_url: str = "", add_url: str = "", **kwargs):
        kwargs.setdefault("widget", OrganisationPicker(multiple=False))
        super().__init__(organisations_in_scope(country=country), **kwargs)
        self._pick(country=country, search_url=search_url, add_url=add_url)


class OrganisationMultipleChoiceField(_Picking, ModelMultipleChoiceField):
    default_error_messages = {
        "invalid_choice": _(
            "No organisation called “%(value)s” in the event's country or international. "
            "Check the spelling, search again, or add it."
        ),
        "invalid_pk_value": _(
            "No organisation called “%(pk)s” in the event's country or international. "
            "Check the spelling, search again, or add it."
        ),
    }

    def __init__(self, *, country: str, search_url: str = "", add_url: str = "", **kwargs):
        kwargs.setdefault("widget", OrganisationPicker(multiple=True))
        super().__init__(organisations_in_scope(country=country), **kwargs)
        self._pick(country=country, search_url=search_url, add_url=add_url)
