"""The form of one answer, saved as the member types it."""

from django import forms
from django.utils.translation import gettext_lazy as _

from assessments.models import Answer

# The scale's words, the labels of the member's rating buttons.
SCALE_WORDS = [
    (1, _("Not in place")),
    (2, _("Emerging")),
    (3, _("Established")),
    (4, _("Advanced")),
]

RATING_CHOICES = [
    (1, _("1 Not in place")),
    (2, _("2 Emerging")),
    (3, _("3 Established")),
    (4, _("4 Advanced")),
]


class AnswerForm(forms.Form):
    # "Don't know" and "Not applicable" are buttons of their own; neither chosen, it is rated.
    kind = forms.ChoiceField(
        label=_("Answer"), choices=Answer.Kind.choices, initial=Answer.Kind.RATED, required=False
    )
    current = forms.TypedChoiceField(
        label=_("Current"), choices=RATING_CHOICES, coerce=int, required=False, empty_value=None
    )
    desired = forms.TypedChoiceField(
        label=_("Desired"), choices=RATING_CHOICES, coerce=int, required=False, empty_value=None
    )
    evidence = forms.CharField(label=_("Evidence"), required=False, max_length=4000)
    # The optimistic rule (see answer_save): the revision this page last saw, and the id of its
    # unsaved change. Both absent, the last save wins.
    revision = forms.IntegerField(required=False, min_value=0, widget=forms.HiddenInput)
    change_id = forms.CharField(required=False, max_length=40, widget=forms.HiddenInput)

    def clean_kind(self):
        return self.cleaned_data["kind"] or Answer.Kind.RATED
