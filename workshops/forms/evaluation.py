"""Forms of evaluations: a new one, a question in each language, and the participant's answers."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from assessments.models import translated
from workshops.default_evaluation import SCALE_WORDS
from workshops.models import RATING_MAX, RATING_MIN, EvaluationQuestion


class EvaluationCreateForm(forms.Form):
    workshop = forms.ChoiceField(label=_("Workshop"))

    def __init__(self, *args, choices, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["workshop"].choices = choices


class QuestionForm(forms.Form):
    """The question in each language of the platform; the event's own is required. A new
    question also says its kind, which stays."""

    kind = forms.ChoiceField(
        label=_("Kind"),
        choices=EvaluationQuestion.Kind.choices,
        initial=EvaluationQuestion.Kind.RATING,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, event_language: str, question=None, **kwargs):
        super().__init__(*args, **kwargs)
        if question is not None:
            del self.fields["kind"]
        for code, name in settings.LANGUAGES:
            self.fields[f"text_{code}"] = forms.CharField(
                label=_("Question (%(language)s)") % {"language": name},
                max_length=300,
                required=code == event_language,
                initial=(question.text.get(code, "") if question else ""),
                help_text=_("The event's language.") if code == event_language else "",
                widget=forms.Textarea(attrs={"rows": 2}),
            )

    def texts(self) -> dict:
        return {
            code: self.cleaned_data.get(f"text_{code}", "") for code, _name in settings.LANGUAGES
        }


class AnswerForm(forms.Form):
    """One field per rating (the 1-5 scale with its words) and one comment per question."""

    def __init__(self, *args, questions, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = questions
        for question in questions:
            if question.is_rating:
                self.fields[f"rating_{question.pk}"] = forms.TypedChoiceField(
                    label=translated(question.text),
                    choices=[
                        (point, SCALE_WORDS[point]) for point in range(RATING_MIN, RATING_MAX + 1)
                    ],
                    coerce=int,
                    widget=forms.RadioSelect(attrs={"class": "btn-check"}),
                    error_messages={
                        "required": _("Choose a rating from 1 to 5 for this question.")
                    },
                )
            self.fields[f"comment_{question.pk}"] = forms.CharField(
                label=_("Comment (optional)") if question.is_rating else translated(question.text),
                required=False,
                max_length=2000,
                widget=forms.Textarea(attrs={"rows": 3, "class": "form-control"}),
            )

    def items(self) -> list[dict]:
        """Per question, its bound fields, for the page."""
        return [
            {
                "question": question,
                "rating": self[f"rating_{question.pk}"] if question.is_rating else None,
                "comment": self[f"comment_{question.pk}"],
            }
            for question in self.questions
        ]

    def answers(self) -> dict:
        return {
            question.pk: {
                "rating": self.cleaned_data.get(f"rating_{question.pk}"),
                "comment": self.cleaned_data.get(f"comment_{question.pk}", ""),
            }
            for question in self.questions
        }
