"""Forms of the shared-needs round."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from assessments.models import Level
from cdfacil.web import DateTimeInput
from networks.models import Candidate, NeedsRound, SharedNeed

# A need is of one of the three levels; capacity-development efforts are not a need's level.
NEED_LEVELS = [("", "---------")] + [
    (value, label) for value, label in Level.Code.choices if value != Level.Code.CD_EFFORTS
]


# The years a round's closing time may fall in, as the other dates of the application.
FIRST_YEAR, LAST_YEAR = 2000, 2100


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

    def clean_closes_at(self):
        """Within the years the application knows (a year 1 or 9999 cannot be moved to UTC),
        and ahead when it changes on a round not closed yet; an open round keeps one."""
        value = self.cleaned_data.get("closes_at")
        if value is not None and not FIRST_YEAR <= value.year <= LAST_YEAR:
            raise forms.ValidationError(
                _("Choose a date from %(first)d to %(last)d.")
                % {"first": FIRST_YEAR, "last": LAST_YEAR}
            )
        status = self.instance.status if self.instance.pk else NeedsRound.Status.DRAFT
        is_open = status == NeedsRound.Status.OPEN
        if is_open and value is None:
            raise forms.ValidationError(_("An open round needs a closing date and time."))
        changed = value != self.instance.closes_at
        ahead = status in (NeedsRound.Status.DRAFT, NeedsRound.Status.OPEN)
        if value is not None and changed and ahead and value <= timezone.now():
            raise forms.ValidationError(_("The round must close in the future."))
        return value


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
