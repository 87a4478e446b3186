"""The form of a donor's pledge to a focus area or an activity."""

from django import forms

from networks.models import NetworkPledge


class NetworkPledgeForm(forms.ModelForm):
    class Meta:
        model = NetworkPledge
        fields = ["amount", "currency", "status", "note"]
