"""Forms for the parts of the editable plan, each carrying its lock version; the services
decide what is allowed."""

from django import forms
from django.utils.translation import gettext_lazy as _

from actionplans.models import (
    Action,
    ActionPlan,
    ImplementationBody,
    Indicator,
    Objective,
    Output,
    Risk,
)
from actionplans.selectors.plan import plan_indicators
from cdfacil.forms import ModelMultipleChoiceField
from cdfacil.models import Organisation
from cdfacil.web import DateInput


class LockedForm(forms.ModelForm):
    """Carries the `lock_version` the form was loaded with, so a stale save can be refused."""

    lock_version = forms.IntegerField(widget=forms.HiddenInput, min_value=0, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lock_version"].initial = getattr(self.instance, "lock_version", 0)
        if "order" in self.fields:
            self.fields["order"].required = False
            self.fields["order"].help_text = _("Lower numbers come first.")

    def clean_order(self):
        return self.cleaned_data.get("order") or 0

    def m2m_values(self) -> dict:
        """The many-to-many choices, saved by the service in the same transaction."""
        return {
            name: self.cleaned_data[name]
            for name, field in self.fields.items()
            if isinstance(field, forms.ModelMultipleChoiceField)
        }

    def keep_lock_version(self, value: int) -> None:
        """After a stale save, the next save is checked against the version just shown."""
        data = self.data.copy()
        data[self.add_prefix("lock_version")] = value
        self.data = data


class PlanForm(LockedForm):
    class Meta:
        model = ActionPlan
        fields = ["title"]


class ObjectiveForm(LockedForm):
    class Meta:
        model = Objective
        fields = ["title", "order"]


class OutputForm(LockedForm):
    class Meta:
        model = Output
        fields = ["objective", "title", "order"]

    def __init__(self, *args, plan, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["objective"].queryset = plan.objectives.all()


class IndicatorForm(LockedForm):
    class Meta:
        model = Indicator
        fields = [
            "objective",
            "output",
            "description",
            "unit",
            "baseline_value",
            "baseline_year",
            "target_value",
            "target_year",
            "means_of_verification",
        ]
        labels = {"objective": _("Objective (outcome level)"), "output": _("Output level")}
        help_texts = {"objective": _("Choose an objective or an output, not both.")}

    def __init__(self, *args, plan, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["objective"].queryset = plan.objectives.all()
        self.fields["output"].queryset = Output.objects.filter(objective__plan=plan)

    def clean(self):
        cleaned = super().clean()
        both_or_neither = bool(cleaned.get("objective")) == bool(cleaned.get("output"))
        if both_or_neither and "objective" not in self.errors and "output" not in self.errors:
            self.add_error("objective", _("Choose either an objective or an output, exactly one."))
        baseline, target = cleaned.get("baseline_year"), cleaned.get("target_year")
        if baseline and target and target < baseline:
            self.add_error(
                "target_year", _("The target year cannot come before the baseline year.")
            )
        return cleaned


class ActionForm(LockedForm):
    class Meta:
        model = Action
        fields = [
            "output",
            "title",
            "description",
            "responsible_organisation",
            "lead_person",
            "supporting_partners",
            "starts_on",
            "ends_on",
            "cd_method",
            "estimated_cost",
            "currency",
            "funding_status",
            "status",
            "key_issues",
            "indicators",
            "order",
        ]
        widgets = {
            "starts_on": DateInput(),
            "ends_on": DateInput(),
            "description": forms.Textarea(attrs={"rows": 3}),
            "supporting_partners": forms.CheckboxSelectMultiple,
            "key_issues": forms.CheckboxSelectMultiple,
            "indicators": forms.CheckboxSelectMultiple,
        }
        field_classes = {
            "supporting_partners": ModelMultipleChoiceField,
            "key_issues": ModelMultipleChoiceField,
            "indicators": ModelMultipleChoiceField,
        }

    def __init__(self, *args, plan, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["output"].queryset = Output.objects.filter(objective__plan=plan)
        organisations = Organisation.objects.order_by("name")
        self.fields["responsible_organisation"].queryset = organisations
        self.fields["supporting_partners"].queryset = organisations
        self.fields["key_issues"].queryset = plan.event.key_issues.order_by("pk")
        self.fields["indicators"].queryset = plan_indicators(plan=plan)

    def clean(self):
        cleaned = super().clean()
        starts, ends = cleaned.get("starts_on"), cleaned.get("ends_on")
        if starts and ends and ends < starts:
            self.add_error("ends_on", _("An action cannot end before it starts."))
        if cleaned.get("estimated_cost") is not None and not cleaned.get("currency"):
            self.add_error("currency", _("Give the currency of the estimated cost."))
        return cleaned


class RiskForm(LockedForm):
    class Meta:
        model = Risk
        fields = ["kind", "description", "mitigation"]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 3}),
            "mitigation": forms.Textarea(attrs={"rows": 3}),
        }


class BodyForm(LockedForm):
    class Meta:
        model = ImplementationBody
        fields = ["kind", "name", "convener", "members", "meeting_frequency"]
        widgets = {"members": forms.CheckboxSelectMultiple}
        field_classes = {"members": ModelMultipleChoiceField}
        help_texts = {"meeting_frequency": _("For example: every quarter.")}

    def __init__(self, *args, plan, **kwargs):
        super().__init__(*args, **kwargs)
        organisations = Organisation.objects.order_by("name")
        self.fields["convener"].queryset = organisations
        self.fields["members"].queryset = organisations
