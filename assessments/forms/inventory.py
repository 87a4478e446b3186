"""The form of one initiative in the capacity-development efforts inventory."""

from django import forms
from django.core.validators import MinValueValidator
from django.utils.translation import gettext_lazy as _

from assessments.models import CDInitiative
from events.widgets import organisation_pickers

RATING_CHOICES = [
    ("", _("Not rated")),
    (1, _("1 · Not effective")),
    (2, _("2 · Partly effective")),
    (3, _("3 · Effective")),
    (4, _("4 · Very effective")),
]


class CDInitiativeForm(forms.ModelForm):
    rating = forms.TypedChoiceField(
        label=_("effectiveness"),
        choices=RATING_CHOICES,
        coerce=int,
        empty_value=None,
        required=False,
        help_text=_("How well the initiative builds capacity, in the group's judgement."),
    )

    class Meta:
        model = CDInitiative
        fields = [
            "title",
            "supporting_partner",
            "target_organisation",
            "level",
            "method",
            "budget",
            "currency",
            "starts_on",
            "ends_on",
            "rating",
            "notes",
        ]
        widgets = {
            "starts_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "ends_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "notes": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "budget": _("The initiative's whole budget, if known."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        organisation_pickers(
            self, event=self.instance.event, names=["supporting_partner", "target_organisation"]
        )
        budget = self.fields["budget"]
        budget.validators.append(MinValueValidator(0))
        budget.widget.attrs.update({"min": 0, "inputmode": "decimal"})

    def clean(self):
        cleaned = super().clean()
        starts_on, ends_on = cleaned.get("starts_on"), cleaned.get("ends_on")
        if starts_on and ends_on and ends_on < starts_on:
            self.add_error("ends_on", _("The end cannot come before the start."))
        currency_missing = not cleaned.get("currency") and "currency" not in self.errors
        if cleaned.get("budget") is not None and currency_missing:
            self.add_error("currency", _("Say in which currency the budget is."))
        return cleaned
