"""Forms for adapting a framework. Each edits the texts of one language, the active one.

Texts are stored per language ({"en": ..., "fr": ...}); these plain forms show and collect the
active language's entry only, and `apply_to` writes it back without touching the others.
"""

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from assessments.models import Dimension, FrameworkVersion, Question, translated

SCALE_POINTS = 4
TEXT_MAX = 2000
DESCRIPTOR_MAX = 1000
SCALE_LABELS = [
    _("1 Not in place"),
    _("2 Emerging"),
    _("3 Established"),
    _("4 Advanced"),
]


def active_language() -> str:
    return (get_language() or "en").split("-")[0]


def _with_entry(texts, language: str, value: str) -> dict:
    """`texts` with `language` set to `value`, or removed when `value` is empty; others kept."""
    texts = dict(texts) if isinstance(texts, dict) else {}
    if value:
        texts[language] = value
    else:
        texts.pop(language, None)
    return texts


class CopyForm(forms.Form):
    name = forms.CharField(label=_("Name of the copy"), max_length=200)


class QuestionForm(forms.Form):
    code = forms.CharField(
        label=_("Code"), max_length=20, help_text=_("Short and unique in the version, e.g. IND1.3.")
    )
    text = forms.CharField(label=_("Question"), max_length=TEXT_MAX, widget=forms.Textarea)
    guidance = forms.CharField(
        label=_("Guidance"),
        max_length=TEXT_MAX,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("What evidence helps members choose a score."),
    )
    descriptor_1 = forms.CharField(
        label=SCALE_LABELS[0], max_length=DESCRIPTOR_MAX, widget=forms.Textarea(attrs={"rows": 2})
    )
    descriptor_2 = forms.CharField(
        label=SCALE_LABELS[1], max_length=DESCRIPTOR_MAX, widget=forms.Textarea(attrs={"rows": 2})
    )
    descriptor_3 = forms.CharField(
        label=SCALE_LABELS[2], max_length=DESCRIPTOR_MAX, widget=forms.Textarea(attrs={"rows": 2})
    )
    descriptor_4 = forms.CharField(
        label=SCALE_LABELS[3], max_length=DESCRIPTOR_MAX, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, question: Question, version: FrameworkVersion, **kwargs):
        self.question, self.version = question, version
        self.language = active_language()
        super().__init__(*args, initial=self._initial(), **kwargs)
        # A text not yet written in this language: show what members see meanwhile.
        for name, texts in (("text", question.text), ("guidance", question.guidance)):
            if texts and not texts.get(self.language):
                self.fields[name].help_text = _(
                    "Not yet in this language. Shown meanwhile: %(text)s"
                ) % {"text": translated(texts)}

    def _initial(self) -> dict:
        question, language = self.question, self.language
        descriptors = list((question.descriptors or {}).get(language) or [])
        descriptors += [""] * (SCALE_POINTS - len(descriptors))
        initial = {
            "code": question.code,
            "text": (question.text or {}).get(language, ""),
            "guidance": (question.guidance or {}).get(language, ""),
        }
        initial.update({f"descriptor_{i + 1}": descriptors[i] for i in range(SCALE_POINTS)})
        return initial

    def clean_code(self):
        # Codes name the questions in results and exports, so two questions may not share one.
        code = self.cleaned_data["code"].strip()
        taken = Question.objects.filter(
            dimension__level__version=self.version, code__iexact=code
        ).exclude(pk=self.question.pk)
        if code and taken.exists():
            raise forms.ValidationError(_("Another question of this version has this code."))
        return code

    def apply_to(self, question: Question) -> Question:
        """Write the active language's texts into `question`, keeping the other languages."""
        data, language = self.cleaned_data, self.language
        question.code = data["code"]
        question.text = _with_entry(question.text, language, data["text"].strip())
        question.guidance = _with_entry(question.guidance, language, data["guidance"].strip())
        descriptors = dict(question.descriptors) if isinstance(question.descriptors, dict) else {}
        descriptors[language] = [data[f"descriptor_{i + 1}"].strip() for i in range(SCALE_POINTS)]
        question.descriptors = descriptors
        return question


class DimensionForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200)
    description = forms.CharField(
        label=_("Description"),
        max_length=TEXT_MAX,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, dimension: Dimension, **kwargs):
        self.dimension = dimension
        self.language = active_language()
        initial = {
            "name": (dimension.name or {}).get(self.language, ""),
            "description": (dimension.description or {}).get(self.language, ""),
        }
        super().__init__(*args, initial=initial, **kwargs)
        for name, texts in (("name", dimension.name), ("description", dimension.description)):
            if texts and not texts.get(self.language):
                self.fields[name].help_text = _(
                    "Not yet in this language. Shown meanwhile: %(text)s"
                ) % {"text": translated(texts)}

    def apply_to(self, dimension: Dimension) -> Dimension:
        data, language = self.cleaned_data, self.language
        if "code" in data:
            dimension.code = data["code"].strip()
        dimension.name = _with_entry(dimension.name, language, data["name"].strip())
        dimension.description = _with_entry(
            dimension.description, language, data["description"].strip()
        )
        return dimension


class NewDimensionForm(DimensionForm):
    code = forms.CharField(
        label=_("Code"), max_length=20, help_text=_("Short and unique in the version, e.g. IND6.")
    )
    field_order = ["code", "name", "description"]
