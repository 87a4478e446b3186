"""The form of the score the group agreed on for a question."""

from django import forms
from django.utils.translation import gettext_lazy as _

from assessments.forms.answers import RATING_CHOICES


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


class ProjectorConsensusForm(ConsensusForm):
    """The same score on the projector: the ratings as large buttons (radio inputs), the texts
    short, to leave room on the screen for what the members said."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("current", "desired"):
            self.fields[name].widget = forms.RadioSelect(choices=RATING_CHOICES)
        for name, rows in (("rationale", 2), ("dissent", 1)):
            self.fields[name].widget.attrs.update(rows=rows, **{"class": "form-control"})
