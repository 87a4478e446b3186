"""Pages of the editable plan: the results chain, the forms of its parts with optimistic
locking, and the history of its changes."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Model
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from actionplans.forms.plan import (
    ActionForm,
    BodyForm,
    IndicatorForm,
    ObjectiveForm,
    OutputForm,
    PlanForm,
    RiskForm,
)
from actionplans.models import Action, ActionPlan, Output, PlanVersion
from actionplans.selectors.plan import (
    plan_cost_totals,
    plan_history_entries,
    plan_history_index,
    plan_indicators,
    plan_with_chain,
)
from actionplans.services import plan as plan_services
from actionplans.services.versions import plan_snapshot
from cdfacil.fingerprints import fingerprint
from cdfacil.web import (
    apply_errors,
    delete_page,
    event_page,
    model_form_page,
    page_of,
    refusal_messages,
)
from events.permissions import event_view

HISTORY_PAGE_SIZE = 50


def plan_url(event) -> str:
    return reverse("actionplans:plan_detail", args=[event.pk])


def plan_or_404(event) -> ActionPlan:
    return get_object_or_404(ActionPlan.objects.select_related("event"), event=event)


# --- The plan page ------------------------------------------------------------------------------


@event_view("actionplans.view_plan")
def plan_detail(request, event):
    plan = plan_with_chain(event=event)
    context = {
        "event": event,
        "plan": plan,
        "can_edit": request.user.has_perm("actionplans.edit_plan", event),
        "can_manage": request.user.has_perm("actionplans.manage_plan", event),
        "can_see_history": request.user.has_perm("actionplans.view_history", event),
    }
    if plan is not None:
        versions = list(plan.versions.all())
        endorsed = next((v for v in versions if v.status == PlanVersion.Status.ENDORSED), None)
        context.update(
            {
                "totals": plan_cost_totals(plan=plan),
                "versions": versions,
                "open_version": next(
                    (v for v in versions if v.status == PlanVersion.Status.OPEN), None
                ),
                "endorsed_version": endorsed,
                "draft_differs": endorsed is not None
                and fingerprint(plan_snapshot(plan=plan, chain_loaded=True))
                != endorsed.fingerprint,
                "risks": [r for r in plan.risks.all() if r.kind == "risk"],
                "assumptions": [r for r in plan.risks.all() if r.kind == "assumption"],
            }
        )
    return render(request, "actionplans/plan_detail.html", context)


@event_view("actionplans.edit_plan")
def plan_create(request, event):
    if ActionPlan.objects.filter(event=event).exists():
        return redirect(plan_url(event))
    return model_form_page(
        request,
        event=event,
        form=PlanForm(request.POST or None),
        save=lambda form: plan_services.plan_create(event=event, title=form.cleaned_data["title"]),
        title=_("Start the action plan"),
        success_message=_("The action plan was created. Add its objectives next."),
        done_url=plan_url(event),
    )


# --- Editing the parts, with optimistic locking ---------------------------------------------------

# kind in the URL -> (form, how to find it in the plan); the model is the form's.
PARTS = {
    "plan": (PlanForm, lambda plan: ActionPlan.objects.filter(pk=plan.pk)),
    "objective": (ObjectiveForm, lambda plan: plan.objectives.all()),
    "output": (OutputForm, lambda plan: Output.objects.filter(objective__plan=plan)),
    "indicator": (IndicatorForm, lambda plan: plan_indicators(plan=plan)),
    "action": (ActionForm, lambda plan: Action.objects.filter(output__objective__plan=plan)),
    "risk": (RiskForm, lambda plan: plan.risks.all()),
    "body": (BodyForm, lambda plan: plan.bodies.all()),
}


def _part(kind):
    """(model, form, queryset) of the part the URL's kind names."""
    if kind not in PARTS:
        raise Http404
    form_class, queryset = PARTS[kind]
    return form_class._meta.model, form_class, queryset


def _display(form, name, value) -> str:
    field = form.fields[name]
    if value is None or value == "":
        return "—"
    if hasattr(value, "all"):
        return ", ".join(str(item) for item in value.all()) or "—"
    if isinstance(value, list | tuple | set):
        return ", ".join(str(item) for item in value) or "—"
    choices = getattr(field, "choices", None)
    if choices and not isinstance(value, Model):
        return str(dict((str(k), v) for k, v in choices).get(str(value), value))
    return str(value)


def _meanwhile(form, error) -> dict:
    """The fields both people changed, with the stored value and what this person typed, and
    the fields only the other person changed (now shown in the form as they saved them)."""
    current, merge = error.current, error.merge
    names = merge.conflicts if merge else []
    return {
        "conflicts": [
            {
                "label": form.fields[name].label,
                "theirs": _display(form, name, getattr(current, name)),
                "mine": _display(form, name, form.cleaned_data[name]),
            }
            for name in names
        ],
        "kept": ", ".join(str(form.fields[name].label) for name in merge.kept) if merge else "",
    }


def _save_part(request, form, model) -> tuple[bool, dict | None]:
    """Create the part, or save this person's changes to it: (saved, what changed meanwhile).
    On a conflict the form says where, and is loaded again from the stored copy, keeping what
    this person typed."""
    try:
        if form.instance.pk is None:
            plan_services.plan_part_save(
                instance=form.instance, expected_version=None, m2m=form.m2m_values()
            )
            return True, None
        merge = plan_services.plan_part_update(
            part=form.instance, values=form.part_values(), loaded=form.loaded_state()
        )
    except plan_services.StaleEdit as error:
        form.add_error(None, error)
        meanwhile = _meanwhile(form, error)
        typed = [*error.merge.changed, *error.merge.conflicts] if error.merge else form.fields
        form.rebase(error.current, typed=list(typed))
        return False, meanwhile
    except ValidationError as error:
        apply_errors(form, error)
        return False, None
    if merge.kept:
        messages.info(
            request,
            ngettext(
                "Someone else changed %(fields)s meanwhile; their change was kept.",
                "Someone else changed %(fields)s meanwhile; their changes were kept.",
                len(merge.kept),
            )
            % {"fields": plan_services.field_names(model, merge.kept)},
        )
    return True, None


def _part_page(request, event, plan, kind, instance, title):
    model, form_class, _queryset = _part(kind)
    kwargs = {} if kind in {"plan", "objective", "risk"} else {"plan": plan}
    initial = {}
    if instance.pk is None:
        for parent in ("objective", "output"):
            if parent in request.GET:
                initial[parent] = request.GET[parent]
    form = form_class(request.POST or None, instance=instance, initial=initial, **kwargs)
    meanwhile = None
    if request.method == "POST" and form.is_valid():
        saved, meanwhile = _save_part(request, form, model)
        if saved:
            messages.success(
                request, _("The %(kind)s was saved.") % {"kind": model._meta.verbose_name}
            )
            return redirect(plan_url(event) + (f"#{kind}-{instance.pk}" if kind != "plan" else ""))
    return event_page(
        request,
        event,
        "actionplans/plan_part_form.html",
        form=form,
        title=title,
        meanwhile=meanwhile,
        cancel_url=plan_url(event),
    )


@event_view("actionplans.edit_plan")
def plan_part_create(request, event, kind):
    plan = plan_or_404(event)
    model, _form, _queryset = _part(kind)
    if kind == "plan":
        raise Http404
    instance = model(plan=plan) if kind in {"objective", "risk", "body"} else model()
    return _part_page(
        request, event, plan, kind, instance, _("New %(kind)s") % {"kind": model._meta.verbose_name}
    )


@event_view("actionplans.edit_plan")
def plan_part_edit(request, event, kind, pk):
    plan = plan_or_404(event)
    model, _form, queryset = _part(kind)
    instance = get_object_or_404(queryset(plan), pk=pk)
    return _part_page(
        request,
        event,
        plan,
        kind,
        instance,
        _("Edit the %(kind)s") % {"kind": model._meta.verbose_name},
    )


@event_view("actionplans.edit_plan")
def plan_part_delete(request, event, kind, pk):
    plan = plan_or_404(event)
    model, _form, queryset = _part(kind)
    if kind == "plan":
        raise Http404
    instance = get_object_or_404(queryset(plan), pk=pk)
    if request.method != "POST":
        # Say why before anyone confirms; the POST asks the service again.
        try:
            plan_services.plan_part_check_deletable(instance=instance)
        except ValidationError as error:
            refusal_messages(request, error)
            return redirect(plan_url(event) + f"#{kind}-{instance.pk}")
    below = {
        "objective": _("Its outputs, indicators and actions are deleted with it."),
        "output": _("Its indicators and actions are deleted with it."),
    }.get(kind, "")
    return delete_page(
        request,
        event=event,
        delete=lambda: plan_services.plan_part_delete(instance=instance),
        title=_("Delete this %(kind)s?") % {"kind": model._meta.verbose_name},
        message=f"“{instance}”. {below}".strip(),
        button=None,
        done_message=_("The %(kind)s “%(name)s” was deleted.")
        % {"kind": model._meta.verbose_name, "name": instance},
        done_url=plan_url(event),
    )


# --- History ----------------------------------------------------------------------------------


@event_view("actionplans.view_history")
def plan_history(request, event):
    plan = plan_or_404(event)
    page = page_of(plan_history_index(plan=plan), request, size=HISTORY_PAGE_SIZE)
    return event_page(
        request,
        event,
        "actionplans/plan_history.html",
        plan=plan,
        page=page,
        entries=plan_history_entries(rows=list(page.object_list)),
    )
