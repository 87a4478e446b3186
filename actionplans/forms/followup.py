"""Forms of the follow-up: a progress update on an action, a measurement of an indicator."""

from django import forms

from actionplans.models import IndicatorMeasurement, ProgressUpdate
from cdfacil.web import DateInput


class ProgressUpdateForm(forms.ModelForm):
    class Meta:
        model = ProgressUpdate
        fields = ["status", "percent_complete", "date", "note"]
        widgets = {"date": DateInput()}


class MeasurementForm(forms.ModelForm):
    class Meta:
        model = IndicatorMeasurement
        fields = ["value", "date", "note"]
        widgets = {"date": DateInput()}
