"""Forms of the shared-needs round."""

from django import forms
from django.utils.translation import gettext_lazy as _

from assessments.models import Level
from cdfacil.web import DateTimeInput
from networks.models import Candidate, NeedsRound, SharedNeed

# A need is of one of the three levels; capacity-development efforts are not a need's level.
NEED_LEVELS = [("", "---------")] + [
    (value, label) for value, label in Level.Code.choices if value != Level.Code.CD_EFFORTS
]


class RoundForm(forms.ModelForm):
    class Meta:
        model = NeedsRound
        fields = ["year", "points_per_member", "asks_ratings", "closes_at"]
        widgets = {"closes_at": DateTimeInput()}

    def __init__(self, *args, time_zone: str = "UTC", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["closes_at"].help_text = _(
            "When submissions and ballots end, in the network's time zone (%(zone)s)."
        ) % {"zone": time_zone}


class CandidateForm(forms.ModelForm):
    member = forms.ModelChoiceField(
        label=_("For which member organisation"), queryset=None, required=True
    )

    class Meta:
        model = Candidate
        fields = ["title", "description", "level", "theme", "method", "urgency", "concerned"]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 4}),
            "concerned": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, members=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["level"].choices = NEED_LEVELS
        members = list(members)
        if len(members) > 1:
            self.fields["member"].queryset = (
                type(members[0])
                .objects.filter(pk__in=[m.pk for m in members])
                .select_related("organisation")
            )
            self.fields["member"].label_from_instance = lambda member: str(member.organisation)
            self.order_fields(["member"])
        else:
            del self.fields["member"]


class NeedForm(forms.ModelForm):
    class Meta:
        model = SharedNeed
        fields = ["title", "description", "level", "theme", "continues"]
        widgets = {"description": forms.Textarea(attrs={"rows": 4})}
        labels = {"continues": _("Continues last year's need")}

    def __init__(self, *args, last_needs=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["level"].choices = NEED_LEVELS
        self.fields["continues"].queryset = (
            last_needs if last_needs is not None else SharedNeed.objects.none()
        )
        self.fields["continues"].required = False


class MergeForm(forms.Form):
    into = forms.ModelChoiceField(label=_("Merge into"), queryset=None)

    def __init__(self, *args, others, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["into"].queryset = others
