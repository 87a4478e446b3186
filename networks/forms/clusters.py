"""Forms of the cluster pages: the cluster, joining, a focus area, an activity and the work
plan's filter."""

from django import forms
from django.forms.models import fields_for_model, model_to_dict
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django_countries import countries as country_names

from cdfacil.currencies import CurrencyFormField
from cdfacil.models import User
from cdfacil.web import DateInput
from networks.models import Activity, Cluster, FocusArea, NetworkMember
from networks.selectors.clusters import linkable_actions, priority_choices


class MemberChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, member):
        return str(member.organisation)


class MembersChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, member):
        return str(member.organisation)


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, user):
        return user.display_name


class ClusterForm(forms.Form):
    theme = forms.CharField(label=_("Theme"), max_length=200)
    description = forms.CharField(
        label=_("Description"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    convener = MemberChoiceField(
        label=_("Convener organisation"),
        queryset=NetworkMember.objects.none(),
        help_text=_("A current member organisation; it joins the cluster at once."),
    )
    focal_person = PersonChoiceField(
        label=_("Secretariat focal point"),
        queryset=User.objects.none(),
        required=False,
        empty_label=_("Nobody yet"),
    )

    def __init__(self, *args, network, cluster: Cluster | None = None, **kwargs):
        if cluster is not None:
            kwargs.setdefault(
                "initial",
                {
                    "theme": cluster.theme,
                    "description": cluster.description,
                    "convener": NetworkMember.objects.filter(
                        network=network, organisation_id=cluster.convener_id
                    ).first(),
                    "focal_person": cluster.focal_person,
                },
            )
        super().__init__(*args, **kwargs)
        self.fields["convener"].queryset = (
            NetworkMember.objects.filter(network=network, left_at__isnull=True)
            .select_related("organisation")
            .order_by("organisation__name")
        )
        self.fields["focal_person"].queryset = User.objects.filter(
            secretariat_seats__network=network
        ).order_by("first_name", "last_name", "pk")


class JoinForm(forms.Form):
    member = MemberChoiceField(
        label=_("Organisation"), queryset=NetworkMember.objects.none(), empty_label=None
    )

    def __init__(self, *args, members, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["member"].queryset = members


class FocusAreaForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    description = forms.CharField(
        label=_("Description"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    priorities = forms.ModelMultipleChoiceField(
        label=_("Shared priorities"),
        queryset=FocusArea.priorities.field.related_model.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The needs of the network's current rounds that this focus area answers."),
    )

    def __init__(self, *args, network, focus_area: FocusArea | None = None, **kwargs):
        if focus_area is not None:
            kwargs.setdefault(
                "initial",
                {
                    "title": focus_area.title,
                    "description": focus_area.description,
                    "priorities": list(focus_area.priorities.all()),
                },
            )
        super().__init__(*args, **kwargs)
        choices = priority_choices(network=network)
        if focus_area is not None:
            choices = choices | focus_area.priorities.all()
        self.fields["priorities"].queryset = choices.distinct()
        self.fields["priorities"].label_from_instance = lambda need: (
            f"{need.title} ({need.round.year})"
        )


ACTIVITY_FORM_FIELDS = [
    "title",
    "description",
    "country",
    "region",
    "starts_on",
    "ends_on",
    "status",
    "budget",
    "currency",
    "own_funds",
]


class ActivityForm(forms.Form):
    """An activity's 4W. Not a ModelForm: the service says what is wrong with the dates and the
    money, beside the field, in words."""

    def __init__(
        self,
        *args,
        cluster: Cluster,
        members,
        partners,
        activity: Activity | None = None,
        **kwargs,
    ):
        if activity is not None:
            initial = model_to_dict(activity, fields=ACTIVITY_FORM_FIELDS)
            initial.update(
                partners=list(activity.partners.all()),
                focus_areas=list(activity.focus_areas.all()),
                action=activity.action_id or "",
            )
            kwargs.setdefault("initial", initial)
        super().__init__(*args, **kwargs)
        self.activity = activity
        if members is not None:
            self.fields["member"] = MemberChoiceField(
                label=_("Organisation"), queryset=members, empty_label=None
            )
        model_fields = fields_for_model(Activity, fields=ACTIVITY_FORM_FIELDS)
        for name in ACTIVITY_FORM_FIELDS:
            self.fields[name] = model_fields[name]
        self.fields["currency"] = CurrencyFormField(label=_("Currency"))
        self.fields["starts_on"].widget = DateInput()
        self.fields["ends_on"].widget = DateInput()
        self.fields["description"].widget = forms.Textarea(attrs={"rows": 3})
        self.fields["own_funds"].help_text = _(
            "What your organisation has for it itself; donors' pledges come on top."
        )
        self.fields["partners"] = MembersChoiceField(
            label=_("With the members (a new partnership)"),
            queryset=partners,
            required=False,
            widget=forms.CheckboxSelectMultiple,
            help_text=_("Other current members of the cluster doing it together."),
        )
        self.fields["focus_areas"] = forms.ModelMultipleChoiceField(
            label=_("Focus areas"),
            queryset=cluster.focus_areas.order_by("order", "pk"),
            required=False,
            widget=forms.CheckboxSelectMultiple,
        )
        self.actions = {action.pk: action for action in linkable_actions(network=cluster.network)}
        groups: dict[str, list] = {}
        for action in self.actions.values():
            event = action.output.objective.plan.event
            groups.setdefault(event.title, []).append((action.pk, action.title))
        self.fields["action"] = forms.TypedChoiceField(
            label=_("Action of an endorsed plan"),
            required=False,
            coerce=int,
            empty_value=None,
            choices=[("", _("None")), *groups.items()],
            help_text=_(
                "An action of a plan that one of the network's events endorsed and "
                "published, which this activity serves."
            ),
        )

    def clean_action(self):
        action_id = self.cleaned_data.get("action")
        return self.actions.get(action_id) if action_id else None

    def activity_data(self) -> dict:
        data = {name: self.cleaned_data[name] for name in ACTIVITY_FORM_FIELDS}
        data["action"] = self.cleaned_data.get("action")
        return data


class PlainSelect(forms.Select):
    """A select of flat choices written out in Python: the markup of Django's template, without
    rendering a template for each option and its attributes (three per option; a cluster's
    member filter has one option per member)."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        options = format_html_join(
            "\n",
            '<option value="{}"{}>{}</option>',
            (
                (option["value"], flatatt(option["attrs"]), option["label"])
                for _group, group_options, _index in widget["optgroups"]
                for option in group_options
            ),
        )
        return format_html(
            '<select name="{}"{}>\n{}\n</select>', widget["name"], flatatt(widget["attrs"]), options
        )


class WorkPlanFilterForm(forms.Form):
    """A GET form over rows already read (no query of its own): an invalid choice is left out
    of the filter."""

    country = forms.ChoiceField(label=_("Country"), required=False, widget=PlainSelect)
    member = forms.ChoiceField(label=_("Member"), required=False, widget=PlainSelect)
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("All statuses")), *Activity.Status.choices],
        widget=PlainSelect,
    )
    focus_area = forms.ChoiceField(label=_("Focus area"), required=False, widget=PlainSelect)

    def __init__(self, *args, countries, members, focus_areas, **kwargs):
        super().__init__(*args, **kwargs)
        self.members = {str(member.pk): member for member in members}
        self.areas = {str(area.pk): area for area in focus_areas}
        self.fields["country"].choices = [
            ("", _("All countries")),
            *((code, country_names.name(code)) for code in countries),
        ]
        self.fields["member"].choices = [("", _("All members"))] + [
            (key, str(member.organisation)) for key, member in self.members.items()
        ]
        self.fields["focus_area"].choices = [("", _("All focus areas"))] + [
            (key, area.title) for key, area in self.areas.items()
        ]
        for field in self.fields.values():
            field.widget.attrs["class"] = "form-select form-select-sm"

    def chosen(self) -> dict:
        """The valid choices, as `work_plan` takes them."""
        if not self.is_bound:
            return {}
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        chosen = {
            "country": data.get("country") or "",
            "member": self.members.get(data.get("member") or ""),
            "status": data.get("status") or "",
            "focus_area": self.areas.get(data.get("focus_area") or ""),
        }
        return {name: value for name, value in chosen.items() if value not in ("", None)}
