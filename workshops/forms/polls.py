"""Forms of the live polls: a new poll, and a phone's answer to an open one."""

from django import forms
from django.utils.translation import gettext_lazy as _

from workshops.models import Poll
from workshops.models.room import TEXT_ANSWER_MAX
from workshops.results import RATINGS


class PollForm(forms.Form):
    question = forms.CharField(label=_("Question"), max_length=200)
    kind = forms.ChoiceField(label=_("Kind"), choices=Poll.Kind.choices)
    options = forms.CharField(
        label=_("Choices"),
        required=False,
        max_length=2500,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("One per line, for a choice or ranking poll."),
    )

    def option_list(self) -> list[str]:
        return self.cleaned_data["options"].splitlines()


# Choices are drawn as large buttons (Bootstrap's toggle buttons) on the phone.
BUTTON = {"class": "btn-check"}


class AnswerForm(forms.Form):
    """The fields that `poll`'s kind asks for; `answer()` gives (choices, text) for the service.

    A ranking has one "place" field per choice, prefilled in the order shown, so a phone that
    agrees with that order only presses the button."""

    def __init__(self, *args, poll: Poll, **kwargs):
        super().__init__(*args, **kwargs)
        self.poll = poll
        Kind = Poll.Kind
        indexed = [(str(index), option) for index, option in enumerate(poll.options)]
        if poll.kind == Kind.SINGLE:
            self.fields["choice"] = forms.ChoiceField(
                label=poll.question, choices=indexed, widget=forms.RadioSelect(attrs=BUTTON)
            )
        elif poll.kind == Kind.MULTIPLE:
            self.fields["choice"] = forms.MultipleChoiceField(
                label=poll.question,
                choices=indexed,
                widget=forms.CheckboxSelectMultiple(attrs=BUTTON),
            )
        elif poll.kind == Kind.RATING:
            self.fields["choice"] = forms.ChoiceField(
                label=poll.question,
                choices=[(str(r), str(r)) for r in RATINGS],
                widget=forms.RadioSelect(attrs=BUTTON),
            )
        elif poll.kind == Kind.TEXT:
            self.fields["text"] = forms.CharField(label=poll.question, max_length=TEXT_ANSWER_MAX)
        else:
            places = [(str(place), str(place)) for place in range(1, len(poll.options) + 1)]
            for index, option in enumerate(poll.options):
                self.fields[f"place_{index}"] = forms.TypedChoiceField(
                    label=option,
                    choices=places,
                    coerce=int,
                    initial=str(index + 1),
                    widget=forms.Select(attrs={"class": "form-select form-select-lg"}),
                )

    def place_fields(self):
        return [self[f"place_{index}"] for index in range(len(self.poll.options))]

    def clean(self):
        data = super().clean()
        if self.poll.kind == Poll.Kind.RANKING and not self.errors:
            places = [data[f"place_{index}"] for index in range(len(self.poll.options))]
            if len(set(places)) < len(places):
                raise forms.ValidationError(_("Give each choice its own place."))
        return data

    def answer(self) -> tuple[list[int], str]:
        data = self.cleaned_data
        if self.poll.kind == Poll.Kind.TEXT:
            return [], data["text"]
        if self.poll.kind == Poll.Kind.RANKING:
            n = len(self.poll.options)
            return sorted(range(n), key=lambda index: data[f"place_{index}"]), ""
        chosen = data["choice"]
        return [int(value) for value in (chosen if isinstance(chosen, list) else [chosen])], ""

    @classmethod
    def initial_of(cls, poll: Poll, answer) -> dict:
        """The form's values for the answer this phone gave, to show it again."""
        if answer is None:
            return {}
        if poll.kind == Poll.Kind.TEXT:
            return {"text": answer.text}
        if poll.kind == Poll.Kind.RANKING:
            return {f"place_{index}": str(place + 1) for place, index in enumerate(answer.choices)}
        if poll.kind == Poll.Kind.MULTIPLE:
            return {"choice": [str(index) for index in answer.choices]}
        return {"choice": str(answer.choices[0])} if answer.choices else {}
