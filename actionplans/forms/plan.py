"""Forms for the parts of the editable plan, each carrying its lock version and a record of the
values it was loaded with; the services decide what is allowed and what is written."""

from django import forms
from django.core import signing
from django.forms.models import model_to_dict
from django.utils.translation import gettext_lazy as _

from actionplans.models import (
    Action,
    ActionPlan,
    ImplementationBody,
    Indicator,
    Objective,
    Output,
    Risk,
    Versioned,
)
from actionplans.selectors.plan import plan_indicators
from actionplans.services.plan import Loaded, part_value
from cdfacil.forms import ModelMultipleChoiceField
from cdfacil.web import DateInput
from events.widgets import organisation_pickers


class LockedForm(forms.ModelForm):
    """Carries the `lock_version` the form was loaded with and a signed record of the values it
    showed (`loaded`), so a save writes only what this person changed, and a stale save merges
    with what someone else saved meanwhile. The record is signed: a changed one is ignored, and
    the form is then checked whole against its version."""

    lock_version = forms.IntegerField(widget=forms.HiddenInput, min_value=0, required=False)
    loaded = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lock_version"].initial = getattr(self.instance, "lock_version", 0)
        if self.instance.pk is not None:
            self.fields["loaded"].initial = self._record(self.instance.lock_version, self.initial)
        if "order" in self.fields:
            self.fields["order"].required = False
            self.fields["order"].help_text = _("Lower numbers come first.")

    def clean_order(self):
        return self.cleaned_data.get("order") or 0

    def _salt(self) -> str:
        return f"actionplans.loaded:{self._meta.model._meta.label_lower}:{self.instance.pk}"

    def _record(self, version: int, values: dict) -> str:
        """The signed record of the values a form shows (`values` as `model_to_dict` has them)."""
        shown = {name: part_value(values.get(name)) for name in self._meta.fields}
        return signing.dumps({"version": version, "values": shown}, salt=self._salt())

    def loaded_state(self) -> Loaded:
        """What this form was loaded with, from its signed record, or only its version."""
        try:
            record = signing.loads(self.cleaned_data.get("loaded") or "", salt=self._salt())
            return Loaded(version=int(record["version"]), values=dict(record["values"]))
        except (signing.BadSignature, KeyError, TypeError, ValueError):
            return Loaded(version=self.cleaned_data.get("lock_version"))

    def part_values(self) -> dict:
        """The values of the part's own fields, as this person sent them."""
        return {name: self.cleaned_data[name] for name in self._meta.fields}

    def m2m_values(self) -> dict:
        """The many-to-many choices, saved by the service in the same transaction."""
        return {
            name: self.cleaned_data[name]
            for name, field in self.fields.items()
            if isinstance(field, forms.ModelMultipleChoiceField)
        }

    def rebase(self, current: Versioned, *, typed: list[str]) -> None:
        """After a conflict, the form is loaded again from `current`, the stored copy, except
        for the fields this person changed (`typed`), which keep what they typed: the next save
        writes those, and keeps the rest as stored."""
        values = model_to_dict(current, fields=self._meta.fields)
        data = self.data.copy()
        for name in self._meta.fields:
            if name in typed:
                continue
            value = part_value(values.get(name))
            if isinstance(value, list):
                data.setlist(self.add_prefix(name), value)
            else:
                data[self.add_prefix(name)] = "" if value is None else str(value)
        data[self.add_prefix("lock_version")] = current.lock_version
        data[self.add_prefix("loaded")] = self._record(current.lock_version, values)
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
            "key_issues": forms.CheckboxSelectMultiple,
            "indicators": forms.CheckboxSelectMultiple,
        }
        field_classes = {
            "key_issues": ModelMultipleChoiceField,
            "indicators": ModelMultipleChoiceField,
        }

    def __init__(self, *args, plan, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["output"].queryset = Output.objects.filter(objective__plan=plan)
        organisation_pickers(
            self, event=plan.event, names=["responsible_organisation", "supporting_partners"]
        )
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
        help_texts = {"meeting_frequency": _("For example: every quarter.")}

    def __init__(self, *args, plan, **kwargs):
        super().__init__(*args, **kwargs)
        organisation_pickers(self, event=plan.event, names=["convener", "members"])
