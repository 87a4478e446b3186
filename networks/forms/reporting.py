"""Forms of consolidated reporting: opening a period, a member's report, the convener's
summary. The report's form is used on phones: large fields (44 px targets)."""

import datetime

from django import forms
from django.utils.translation import gettext_lazy as _

from cdfacil.currencies import CurrencyFormField
from cdfacil.web import DateInput, DateTimeInput
from networks.models import ActivityReport, ReportingPeriod

LARGE = {"class": "form-control form-control-lg"}
FIRST_YEAR, LAST_YEAR = 2000, 2100


def _in_years(value):
    if value is not None and not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise forms.ValidationError(
            _("Choose a date from %(first)d to %(last)d.")
            % {"first": FIRST_YEAR, "last": LAST_YEAR}
        )


class PeriodDateField(forms.DateField):
    def validate(self, value):
        super().validate(value)
        _in_years(value)


class PeriodDateTimeField(forms.DateTimeField):
    """A date and time in the years a period can have: a year like 0001 or 9999 cannot even be
    moved into the network's time zone, and is refused in words."""

    def to_python(self, value):
        try:
            return super().to_python(value)
        except (OverflowError, ValueError):
            _in_years(datetime.date(1, 1, 1))

    def validate(self, value):
        super().validate(value)
        _in_years(value)


class PeriodForm(forms.ModelForm):
    class Meta:
        model = ReportingPeriod
        fields = ["starts_on", "ends_on", "due_at"]
        field_classes = {
            "starts_on": PeriodDateField,
            "ends_on": PeriodDateField,
            "due_at": PeriodDateTimeField,
        }
        widgets = {"starts_on": DateInput(), "ends_on": DateInput(), "due_at": DateTimeInput()}
        help_texts = {"due_at": _("In the network's time zone.")}

    def clean(self):
        cleaned = super().clean()
        starts_on, ends_on = cleaned.get("starts_on"), cleaned.get("ends_on")
        if starts_on and ends_on and ends_on < starts_on:
            self.add_error("ends_on", _("The period ends before it starts."))
        return cleaned


class ActivityReportForm(forms.ModelForm):
    currency = CurrencyFormField(
        label=_("Currency"), widget=forms.TextInput(attrs={**LARGE, "maxlength": 3})
    )

    class Meta:
        model = ActivityReport
        fields = [
            "status",
            "percent_done",
            "narrative",
            "result_value",
            "result_unit",
            "funds_spent",
            "currency",
        ]
        widgets = {
            "status": forms.Select(attrs={"class": "form-select form-select-lg"}),
            "percent_done": forms.NumberInput(
                attrs={**LARGE, "min": 0, "max": 100, "inputmode": "numeric"}
            ),
            "narrative": forms.Textarea(attrs={**LARGE, "rows": 4}),
            "result_value": forms.NumberInput(attrs={**LARGE, "inputmode": "decimal"}),
            "result_unit": forms.TextInput(attrs=LARGE),
            "funds_spent": forms.NumberInput(attrs={**LARGE, "min": 0, "inputmode": "decimal"}),
        }
        help_texts = {
            "result_value": _("A number, where the activity has a countable result."),
            "result_unit": _("What the result counts: people trained, districts, guidelines..."),
        }

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("result_value") is not None and not cleaned.get("result_unit"):
            self.add_error("result_unit", _("Say what the result counts (its unit)."))
        return cleaned


class SummaryForm(forms.Form):
    summary = forms.CharField(
        label=_("Convener's summary"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 5, "class": "form-control"}),
    )
