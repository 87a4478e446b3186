"""Forms of the network itself: its details, a member joining, an invitation, an event."""

from django import forms
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from cdfacil.models import Organisation
from cdfacil.organisations import ANY_COUNTRY
from cdfacil.widgets import OrganisationChoiceField
from networks.models import Network, NetworkInvitation, NetworkMember
from networks.services.network import NETWORK_FIELDS


class NetworkForm(forms.ModelForm):
    class Meta:
        model = Network
        fields = NETWORK_FIELDS
        widgets = {"description": forms.Textarea(attrs={"rows": 5})}


class MemberAddForm(forms.Form):
    """An organisation already on the platform, chosen with the picker, or a new one."""

    organisation = forms.ModelChoiceField(
        label=_("Organisation"), queryset=Organisation.objects.none(), required=False
    )
    new_organisation_name = forms.CharField(
        label=_("Organisation not in the list"), max_length=200, required=False
    )
    new_organisation_acronym = forms.CharField(label=_("Acronym"), max_length=30, required=False)
    new_organisation_kind = forms.ChoiceField(
        label=_("Kind of organisation"),
        choices=[("", "---------"), *Organisation.Kind.choices],
        required=False,
    )
    new_organisation_country = forms.ChoiceField(label=_("Country"), required=False)

    def __init__(self, *args, network: Network, **kwargs):
        super().__init__(*args, **kwargs)
        old = self.fields["organisation"]
        self.fields["organisation"] = OrganisationChoiceField(
            country=ANY_COUNTRY,
            search_url=reverse("networks:organisation_search", args=[network.pk]),
            label=old.label,
            required=False,
        )
        self.fields["new_organisation_country"].choices = [
            ("", "---------"),
            *((code, name) for code, name in countries),
        ]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("organisation") or self.errors.get("organisation"):
            return cleaned
        if not cleaned.get("new_organisation_name"):
            self.add_error(
                "organisation", _("Choose the organisation, or give its name, kind and country.")
            )
            return cleaned
        for name, message in (
            ("new_organisation_kind", _("Say what kind of organisation it is.")),
            ("new_organisation_country", _("Say in which country the organisation is.")),
        ):
            if not cleaned.get(name):
                self.add_error(name, message)
        return cleaned


class NetworkInvitationForm(forms.Form):
    full_name = forms.CharField(label=_("Full name"), max_length=150)
    email = forms.EmailField(label=_("Email"))
    role = forms.ChoiceField(
        label=_("Role"),
        choices=NetworkInvitation.Role.choices,
        initial=NetworkInvitation.Role.REPRESENTATIVE,
        widget=forms.RadioSelect,
    )
    member = forms.ModelChoiceField(
        label=_("Member organisation"),
        queryset=NetworkMember.objects.none(),
        required=False,
        help_text=_("For a representative: the member organisation they speak for."),
    )
    organisation = forms.ModelChoiceField(
        label=_("Their organisation"), queryset=Organisation.objects.none(), required=False
    )

    def __init__(self, *args, network: Network, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["member"].queryset = network.members.filter(
            left_at__isnull=True
        ).select_related("organisation")
        self.fields["organisation"] = OrganisationChoiceField(
            country=ANY_COUNTRY,
            search_url=reverse("networks:organisation_search", args=[network.pk]),
            label=_("Their organisation"),
            required=False,
            help_text=_(
                "For the secretariat: the organisation the person works for. Someone who has "
                "an account keeps their own."
            ),
        )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("role") == NetworkInvitation.Role.REPRESENTATIVE:
            member = cleaned.get("member")
            if member is None:
                self.add_error("member", _("Choose the member organisation they represent."))
            else:
                cleaned["organisation"] = member.organisation
        return cleaned


class NetworkEventForm(forms.Form):
    event = forms.ModelChoiceField(label=_("Event"), queryset=None)

    def __init__(self, *args, events, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["event"].queryset = events
