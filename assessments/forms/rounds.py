"""The form that opens a round; the service decides what is allowed."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from assessments.models import FrameworkVersion
from cdfacil.forms import ModelMultipleChoiceField
from cdfacil.models import User
from cdfacil.web import DateTimeInput
from events.models import Participation


class RoundForm(forms.Form):
    version = forms.ModelChoiceField(
        label=_("Framework version"),
        queryset=FrameworkVersion.objects.filter(
            status=FrameworkVersion.Status.PUBLISHED
        ).select_related("framework"),
        help_text=_("Only published versions can be used; they never change."),
    )
    opens_at = forms.DateTimeField(label=_("Opens"), widget=DateTimeInput())
    closes_at = forms.DateTimeField(label=_("Closes"), widget=DateTimeInput())
    respondents = ModelMultipleChoiceField(
        label=_("Members who answer"),
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, event, **kwargs):
        super().__init__(*args, **kwargs)
        self.event_tz = event.tzinfo
        self.fields["respondents"].queryset = User.objects.filter(
            participations__event=event, participations__role=Participation.Role.CORE_GROUP
        ).select_related("organisation")
        self.fields["respondents"].label_from_instance = lambda user: (
            f"{user.display_name} ({user.organisation})"
        )
        self.fields["version"].label_from_instance = lambda version: str(version)

    def _in_event_zone(self, name):
        value = self.cleaned_data.get(name)
        return value.replace(tzinfo=None).replace(tzinfo=self.event_tz) if value else value

    def clean_opens_at(self):
        return self._in_event_zone("opens_at")

    def clean_closes_at(self):
        value = self._in_event_zone("closes_at")
        if value and value <= timezone.now():
            raise forms.ValidationError(_("The round must close in the future."))
        return value
