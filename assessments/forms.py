"""Forms for rounds, answers and consensus; the services decide what is allowed."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from assessments.models import Answer, FrameworkVersion
from cdfacil.forms import ModelMultipleChoiceField
from cdfacil.web import DateTimeInput

RATING_CHOICES = [
    (1, _("1 Not in place")),
    (2, _("2 Emerging")),
    (3, _("3 Established")),
    (4, _("4 Advanced")),
]


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
        from django.contrib.auth import get_user_model

        self.fields["respondents"].queryset = (
            get_user_model()
            .objects.filter(participations__event=event, participations__role="core_group")
            .select_related("organisation")
        )
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


class AnswerForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Answer"), choices=Answer.Kind.choices, initial=Answer.Kind.RATED
    )
    current = forms.TypedChoiceField(
        label=_("Current"), choices=RATING_CHOICES, coerce=int, required=False, empty_value=None
    )
    desired = forms.TypedChoiceField(
        label=_("Desired"), choices=RATING_CHOICES, coerce=int, required=False, empty_value=None
    )
    evidence = forms.CharField(label=_("Evidence"), required=False, max_length=4000)


class ConsensusForm(forms.Form):
    current = forms.TypedChoiceField(label=_("Agreed current"), choices=RATING_CHOICES, coerce=int)
    desired = forms.TypedChoiceField(label=_("Agreed desired"), choices=RATING_CHOICES, coerce=int)
    rationale = forms.CharField(
        label=_("Rationale"), widget=forms.Textarea(attrs={"rows": 3}), max_length=4000
    )
    dissent = forms.CharField(
        label=_("Dissent"),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=4000,
        required=False,
        help_text=_("Any member's disagreement, as they want it recorded."),
    )
