"""Forms of the donor pages: the portfolio filter and a pledge."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from actionplans.models import Pledge
from events.models import Sector


class PortfolioFilterForm(forms.Form):
    """A GET form: an invalid field is reported and left out of the filter."""

    country = forms.ChoiceField(label=_("Country"), required=False)
    sector = forms.ChoiceField(
        label=_("Sector"),
        required=False,
        choices=[("", _("All sectors")), *Sector.choices],
        widget=forms.Select(attrs={"class": "form-select"}),
    )
    year = forms.IntegerField(
        label=_("Year of day 1"),
        required=False,
        min_value=2000,
        max_value=2100,
        widget=forms.NumberInput(attrs={"class": "form-control", "placeholder": _("Any year")}),
    )

    def __init__(self, *args, country_codes=None, **kwargs):
        """`country_codes`: the countries offered (those with plans to see), all by default."""
        super().__init__(*args, **kwargs)
        offered = (
            countries
            if country_codes is None
            else sorted(
                ((code, countries.name(code)) for code in country_codes),
                key=lambda choice: str(choice[1]),
            )
        )
        self.fields["country"].choices = [("", _("All countries")), *offered]
        self.fields["country"].widget.attrs["class"] = "form-select"

    def filters(self) -> dict:
        """The valid filters, by name; invalid ones are dropped (their errors are shown)."""
        self.is_valid()
        cleaned = getattr(self, "cleaned_data", {})
        return {
            name: cleaned[name]
            for name in ("country", "sector", "year")
            if cleaned.get(name) and name not in self.errors
        }


class PledgeForm(forms.ModelForm):
    class Meta:
        model = Pledge
        fields = ["amount", "currency", "status", "note"]
