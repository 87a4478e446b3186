"""The form of a donor's pledge to a focus area or an activity."""

from django import forms
from django.utils.translation import gettext_lazy as _

from networks.models import NetworkPledge


class NetworkPledgeForm(forms.ModelForm):
    class Meta:
        model = NetworkPledge
        fields = ["amount", "currency", "status", "note"]

    def clean_amount(self):
        amount = self.cleaned_data["amount"]
        # A pledge of nothing would take an activity out of the unfunded ones.
        if amount is not None and amount <= 0:
            raise forms.ValidationError(_("Pledge an amount above zero."))
        return amount
