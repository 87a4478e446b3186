"""The organisation pickers of an event's forms, searching that event's country and the
international organisations (see cdfacil.widgets)."""

from django import forms
from django.urls import reverse

from cdfacil.widgets import OrganisationChoiceField, OrganisationMultipleChoiceField
from events.models import Event


def organisation_pickers(
    form: forms.BaseForm, *, event: Event, names: list[str], public: bool = False
) -> None:
    """Replace the organisation fields `names` of `form` by pickers for `event`, keeping their
    label, help text and whether they are required. `public`: for the public registration
    page, searching through the event's public link, without "add an organisation"."""
    country = event.country.code
    if public:
        search_url = reverse("events:organisation_search_public", args=[event.public_id])
        add_url = ""
    else:
        search_url = reverse("events:organisation_search", args=[event.pk])
        add_url = reverse("events:organisation_add", args=[event.pk])
    for name in names:
        old = form.fields[name]
        multiple = isinstance(old, forms.ModelMultipleChoiceField)
        field_class = OrganisationMultipleChoiceField if multiple else OrganisationChoiceField
        form.fields[name] = field_class(
            country=country,
            search_url=search_url,
            add_url=add_url,
            label=old.label,
            required=old.required,
            help_text=old.help_text,
        )
