"""Forms of the donor pages: the portfolio filter and a pledge."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from actionplans.models import Pledge
from cdfacil.currencies import CurrencyFormField
from events.models import Event, Sector

# The phases in which a plan may stand published.
PUBLISHED_PHASES = [
    Event.Phase.ENDORSEMENT,
    Event.Phase.FOLLOW_UP,
    Event.Phase.CLOSED,
]


class ReportingCurrencyForm(forms.Form):
    """A GET form choosing the currency that money is reported in: in the URL, so a link, a
    bookmark and the export keep it."""

    currency = CurrencyFormField(
        label=_("Reporting currency"),
        required=False,
        help_text="",
        widget=forms.TextInput(
            attrs={"class": "form-control text-uppercase", "size": 4, "maxlength": 3}
        ),
    )

    def chosen(self, name: str) -> str:
        """A valid choice that is not a filter (the sort, the currency), or ''."""
        if not self.is_bound:
            return ""
        self.is_valid()
        if name in self.errors:
            return ""
        return getattr(self, "cleaned_data", {}).get(name) or ""


class PortfolioFilterForm(ReportingCurrencyForm):
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

    phase = forms.ChoiceField(
        label=_("Phase"),
        required=False,
        choices=[
            ("", _("All phases")),
            *((phase.value, phase.label) for phase in PUBLISHED_PHASES),
        ],
        widget=forms.Select(attrs={"class": "form-select"}),
    )
    funded = forms.ChoiceField(
        label=_("Share funded"),
        required=False,
        choices=[
            ("", _("Any share")),
            ("under_half", _("Under 50%")),
            ("half_or_more", _("50% to 99%")),
            ("full", _("Fully funded")),
        ],
        widget=forms.Select(attrs={"class": "form-select"}),
    )
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[
            ("newest", _("Newest published first")),
            ("name", _("Country, sector and year")),
            ("year", _("Latest day 1 first")),
            ("cost", _("Largest cost first")),
            ("gap", _("Largest gap first")),
            ("funded", _("Least funded first")),
        ],
        widget=forms.Select(attrs={"class": "form-select"}),
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
            for name in ("country", "sector", "year", "phase", "funded")
            if cleaned.get(name) and name not in self.errors
        }


class PledgeForm(forms.ModelForm):
    class Meta:
        model = Pledge
        fields = ["amount", "currency", "status", "note"]
