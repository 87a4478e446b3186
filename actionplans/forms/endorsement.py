"""The form of an organisation's position on a frozen version."""

from django import forms
from django.utils.translation import gettext_lazy as _

from actionplans.models import Position
from cdfacil.models import Organisation


class PositionForm(forms.Form):
    organisation = forms.ModelChoiceField(
        label=_("Organisation"), queryset=Organisation.objects.none()
    )
    stance = forms.ChoiceField(
        label=_("Position"), choices=Position.Stance.choices, widget=forms.RadioSelect
    )
    comment = forms.CharField(
        label=_("Comment"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Reservations and objections stay on record with the version."),
    )

    def __init__(self, *args, organisations, own_organisation=None, **kwargs):
        """A facilitator picks any organisation present; anyone else records for their own."""
        super().__init__(*args, **kwargs)
        if organisations is None:
            del self.fields["organisation"]
            self.own_organisation = own_organisation
        else:
            self.fields["organisation"].queryset = organisations
            self.fields["organisation"].help_text = _(
                "A position given in the room for another organisation is recorded on its "
                "behalf, and says so."
            )
            self.own_organisation = None

    @property
    def chosen_organisation(self):
        return self.cleaned_data.get("organisation") or self.own_organisation
