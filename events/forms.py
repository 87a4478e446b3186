"""Forms for events; they collect input, the services decide whether it is allowed."""

from django import forms
from django.contrib.auth import get_user_model
from django.templatetags.static import static
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from cdfacil.models import Organisation
from cdfacil.web import DateInput, DateTimeInput, TimeInput
from events import invitation_lists
from events.models import (
    BudgetLine,
    ChecklistItem,
    Event,
    Method,
    Participation,
    RegistrationRequest,
    Session,
    known_time_zones,
)
from events.time_zones import time_zone_for_country
from events.widgets import organisation_pickers

User = get_user_model()


def time_zone_choices():
    # Region/City names only: the legacy aliases (Zulu, W-SU, localtime...) only confuse.
    return [
        (name, name.replace("_", " "))
        for name in sorted(known_time_zones())
        if "/" in name and not name.startswith(("Etc/", "SystemV/", "US/", "posix", "right"))
    ] + [("UTC", "UTC")]


def time_zone_field_choices():
    return [("", _("The country's time zone")), *time_zone_choices()]


class EventForm(forms.ModelForm):
    """The event's details. The time zone is proposed from the country: when the country
    changes, htmx asks `time_zone_proposal` for the select with the country's zone chosen, and
    a time zone left empty is the country's (or UTC for a country without one)."""

    time_zone = forms.ChoiceField(
        label=_("Time zone"),
        choices=time_zone_field_choices,
        required=False,
        help_text=_(
            "The agenda is shown in this time zone. Proposed from the country (its capital's "
            "where it has several); change it if the event is held elsewhere."
        ),
        widget=forms.Select(attrs={"class": "form-select"}),
    )

    class Meta:
        model = Event
        fields = ["title", "sector", "country", "language", "time_zone", "venue", "day1"]
        widgets = {"day1": DateInput()}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].widget.attrs.update(
            {
                "hx-get": reverse_lazy("events:time_zone_proposal"),
                "hx-target": "#id_time_zone",
                "hx-swap": "outerHTML",
            }
        )

    def clean_time_zone(self):
        return self.cleaned_data.get("time_zone", "")

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("time_zone") and cleaned.get("country"):
            cleaned["time_zone"] = time_zone_for_country(cleaned["country"]) or "UTC"
            self.instance.time_zone = cleaned["time_zone"]
        return cleaned


def time_zone_proposal_field(country: str):
    """The event form's time zone select with the zone of `country` chosen."""
    return EventForm(initial={"time_zone": time_zone_for_country(country) or ""})["time_zone"]


class RegistrationSettingsForm(forms.ModelForm):
    class Meta:
        model = Event
        fields = [
            "registration_open",
            "registration_deadline",
            "registration_capacity",
            "registration_hold_days",
        ]
        widgets = {"registration_deadline": DateTimeInput()}
        help_texts = {
            "registration_deadline": _("In the event's time zone. Leave empty for no deadline."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The deadline is typed and shown in the event's own time zone.
        self.event_tz = self.instance.tzinfo
        if self.instance.registration_deadline:
            self.initial["registration_deadline"] = timezone.localtime(
                self.instance.registration_deadline, self.event_tz
            ).replace(tzinfo=None)

    def clean_registration_deadline(self):
        value = self.cleaned_data.get("registration_deadline")
        if value is None:
            return None
        return value.replace(tzinfo=None).replace(tzinfo=self.event_tz)

    def clean(self):
        cleaned = super().clean()
        deadline = cleaned.get("registration_deadline")
        if (
            cleaned.get("registration_open")
            and deadline
            and deadline <= timezone.now()
            and "registration_deadline" in self.changed_data
        ):
            self.add_error(
                "registration_deadline",
                _("This deadline has passed; registration would be closed at once."),
            )
        return cleaned


class MethodSelect(forms.Select):
    """The method library as a list grouped by family; each option carries the method's typical
    duration, name, description and materials, which `static/js/method-pick.js` copies into
    the session's fields when it is picked (the server does the same for empty fields)."""

    def __init__(self, methods, attrs=None):
        super().__init__(attrs)
        self.methods = {method.pk: method for method in methods}
        families = dict(Method.Family.choices)
        self.choices = [("", _("None: describe the method below"))] + [
            (
                families[family],
                [
                    (
                        method.pk,
                        _("%(name)s (%(minutes)d min)")
                        % {
                            "name": method.name_text,
                            "minutes": method.duration_minutes,
                        },
                    )
                    for method in methods
                    if method.family == family
                ],
            )
            for family in families
        ]

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        method = self.methods.get(int(str(value))) if str(value).isdecimal() else None
        if method:
            option["attrs"].update(
                {
                    "data-minutes": method.duration_minutes,
                    "data-name": method.name_text,
                    "data-description": method.description_text,
                    "data-materials": method.materials_text,
                }
            )
        return option

    def render(self, name, value, attrs=None, renderer=None):
        script = format_html('<script src="{}" defer></script>', static("js/method-pick.js"))
        return super().render(name, value, attrs, renderer) + script


class SessionForm(forms.ModelForm):
    """A session of the agenda. Its method may be picked from the library and then adapted:
    picking fills the method's name, typical duration, materials and description (as notes)
    where they are empty, in the browser at once or on saving without scripts."""

    class Meta:
        model = Session
        fields = [
            "day",
            "start_time",
            "title",
            "kind",
            "audience",
            "library_method",
            "method",
            "duration_minutes",
            "facilitator",
            "room",
            "objectives",
            "materials",
            "facilitator_notes",
        ]
        widgets = {
            "start_time": TimeInput(),
            "objectives": forms.Textarea(attrs={"rows": 3}),
            "materials": forms.Textarea(attrs={"rows": 2}),
            "facilitator_notes": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "start_time": _("Local time of the event."),
            "duration_minutes": _(
                "When you change it, the later sessions of the day move too. Left empty, the "
                "method's typical duration."
            ),
            "library_method": _(
                "Picking one fills the method, its typical duration, materials and description; "
                "change them as you need."
            ),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        methods = list(Method.objects.all())
        self.fields["library_method"].widget = MethodSelect(methods)
        self.fields["duration_minutes"].required = False

    def clean(self):
        cleaned = super().clean()
        method = cleaned.get("library_method")
        if method and "library_method" in self.changed_data:
            for field, text in [
                ("method", method.name_text),
                ("materials", method.materials_text),
                ("facilitator_notes", method.description_text),
            ]:
                if not cleaned.get(field):
                    cleaned[field] = text
        if cleaned.get("duration_minutes") is None and "duration_minutes" not in self.errors:
            if method:
                cleaned["duration_minutes"] = method.duration_minutes
            else:
                self.add_error(
                    "duration_minutes",
                    _("Give the duration, or pick a method from the library for its typical one."),
                )
        return cleaned


class ChecklistItemForm(forms.ModelForm):
    class Meta:
        model = ChecklistItem
        fields = ["title", "description", "due_date", "owner", "status"]
        widgets = {"due_date": DateInput(), "description": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, event: Event, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = User.objects.filter(
            participations__event=event
        ).select_related("organisation")
        self.fields["owner"].label_from_instance = lambda user: (
            f"{user.display_name} ({user.organisation})" if user.organisation else user.display_name
        )


class ChecklistStatusForm(forms.Form):
    status = forms.ChoiceField(choices=ChecklistItem.Status.choices)


class InvitationForm(forms.Form):
    full_name = forms.CharField(label=_("Full name"), max_length=150)
    email = forms.EmailField(label=_("Email"))
    organisation = forms.ModelChoiceField(
        label=_("Organisation"),
        queryset=Organisation.objects.none(),
        required=False,
        help_text=_("For someone who already has an account, their own organisation is kept."),
    )
    new_organisation_name = forms.CharField(
        label=_("Organisation not in the list"),
        max_length=200,
        required=False,
        help_text=_("It is added in the event's country."),
    )
    new_organisation_kind = forms.ChoiceField(
        label=_("Kind of organisation"),
        choices=[("", "---------"), *Organisation.Kind.choices],
        required=False,
    )
    role = forms.ChoiceField(
        label=_("Role"), choices=Participation.Role.choices, initial=Participation.Role.STAKEHOLDER
    )

    def __init__(self, *args, event: Event, **kwargs):
        super().__init__(*args, **kwargs)
        organisation_pickers(self, event=event, names=["organisation"])

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("organisation") and not cleaned.get("new_organisation_name"):
            self.add_error(
                "organisation", _("Choose the organisation, or give its name and kind below.")
            )
        if cleaned.get("new_organisation_name") and not cleaned.get("new_organisation_kind"):
            self.add_error("new_organisation_kind", _("Say what kind of organisation it is."))
        return cleaned


class InvitationListForm(forms.Form):
    """A list of people to invite: pasted, or a CSV file (whose text then fills the box)."""

    text = forms.CharField(
        label=_("People, one per line"),
        required=False,
        max_length=invitation_lists.MAX_BYTES,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 8, "spellcheck": "false"}),
        help_text=_(
            "Name, email, organisation, role; separated by commas, semicolons or tabs. The "
            "role is Stakeholder (when left empty), Core-group member or Facilitator."
        ),
    )
    file = forms.FileField(
        label=_("Or a CSV file"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.txt,text/csv,text/plain"}),
        help_text=_("Saved from a spreadsheet, with or without a header row."),
    )

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("file")
        try:
            if upload:
                cleaned["text"] = invitation_lists.text_of_upload(
                    upload.read(invitation_lists.MAX_BYTES + 1)
                )
            cleaned["lines"] = invitation_lists.read_lines(cleaned.get("text") or "")
        except invitation_lists.ListError as error:
            self.add_error("file" if upload else "text", str(error))
        return cleaned


class ParticipationForm(forms.ModelForm):
    class Meta:
        model = Participation
        fields = ["role", "is_lead"]


class RegistrationForm(forms.ModelForm):
    class Meta:
        model = RegistrationRequest
        fields = [
            "full_name",
            "email",
            "job_title",
            "organisation",
            "organisation_name",
            "organisation_kind",
            "message",
        ]
        widgets = {"message": forms.Textarea(attrs={"rows": 3})}
        help_texts = {
            "organisation_name": _("Only if your organisation is not in the list above."),
        }

    def __init__(self, *args, event: Event, **kwargs):
        super().__init__(*args, **kwargs)
        organisation_pickers(self, event=event, names=["organisation"], public=True)


class BudgetLineForm(forms.ModelForm):
    class Meta:
        model = BudgetLine
        fields = ["category", "description", "funder", "source", "amount", "currency"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        organisation_pickers(self, event=self.instance.event, names=["funder"])


class ReasonForm(forms.Form):
    """The written reason of an act that others will read: a step back, a withdrawal."""

    reason = forms.CharField(
        label=_("Reason"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kept in the audit log and shown to the people who see the event."),
    )
