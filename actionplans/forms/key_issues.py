"""Forms for key issues and the dot vote; they collect input, the services decide."""

from django import forms
from django.utils.translation import gettext_lazy as _

from actionplans.models import Ballot, KeyIssue
from assessments.models import translated
from cdfacil.templatetags.figures import decimal1

# Far above any ballot (at most 50 dots each): a sanity bound so absurd numbers stop here.
MAX_DOTS_INPUT = 1000


class KeyIssueForm(forms.ModelForm):
    """Title and description: writing an issue, or editing any issue."""

    class Meta:
        model = KeyIssue
        fields = ["title", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 4})}


class RoundChoiceForm(forms.Form):
    """Which round's gaps to list (a GET form)."""

    round = forms.ModelChoiceField(
        label=_("Assessment round"),
        queryset=None,
        empty_label=None,
        widget=forms.Select(attrs={"class": "form-select"}),
    )

    def __init__(self, *args, rounds, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["round"].queryset = rounds


class KeyIssueFromGapsForm(forms.ModelForm):
    """A key issue drawn from some of the prioritised gaps of one round."""

    questions = forms.TypedMultipleChoiceField(
        label=_("The gaps behind it"),
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Tick at least one gap.")},
    )

    class Meta:
        model = KeyIssue
        fields = ["questions", "title", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, priorities, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["questions"].choices = [
            (
                row["pk"],
                _("%(code)s %(text)s (gap %(gap)s)")
                % {
                    "code": row["code"],
                    "text": translated(row["text"]),
                    "gap": decimal1(row["gap"]),
                },
            )
            for row in priorities
        ]


class VoteForm(forms.Form):
    """One member's dots on one issue: a number typed, or one dot more or less."""

    key_issue = forms.ModelChoiceField(
        queryset=None,
        widget=forms.HiddenInput,
        error_messages={"invalid_choice": _("This key issue does not exist (any more).")},
    )
    dots = forms.IntegerField(
        label=_("Your dots"), min_value=0, max_value=MAX_DOTS_INPUT, required=False
    )
    step = forms.TypedChoiceField(
        choices=[("1", "+1"), ("-1", "-1")], coerce=int, required=False, empty_value=None
    )

    def __init__(self, *args, event, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["key_issue"].queryset = KeyIssue.objects.filter(event=event)

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("step") is None
            and cleaned.get("dots") is None
            and "dots" not in self.errors
        ):
            self.add_error("dots", _("Give a number of dots (0 takes yours back)."))
        return cleaned


class BallotSettingsForm(forms.ModelForm):
    class Meta:
        model = Ballot
        fields = ["dots_per_member"]
        help_texts = {
            "dots_per_member": _(
                "Each core-group member spreads this many dots across the key issues."
            )
        }
