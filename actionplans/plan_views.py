"""Pages of the action plan: the results chain and its edit forms with optimistic locking, the
history of changes, freezing a version, positions, closing the endorsement and publishing."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Model
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from actionplans import selectors, services
from actionplans.models import (
    Action,
    ActionPlan,
    ImplementationBody,
    Indicator,
    Objective,
    Output,
    PlanVersion,
    Risk,
)
from actionplans.plan_forms import (
    ActionForm,
    BodyForm,
    IndicatorForm,
    ObjectiveForm,
    OutputForm,
    PlanForm,
    PositionForm,
    RiskForm,
)
from cdfacil.fingerprints import fingerprint
from cdfacil.web import apply_errors, confirm_page, model_form_page
from events import selectors as event_selectors
from events.permissions import event_view

HISTORY_PAGE_SIZE = 50


def plan_url(event) -> str:
    return reverse("actionplans:plan_detail", args=[event.pk])


def _plan_or_404(event) -> ActionPlan:
    return get_object_or_404(ActionPlan.objects.select_related("event"), event=event)


# --- The plan page ------------------------------------------------------------------------------


@event_view("actionplans.view_plan")
def plan_detail(request, event):
    plan = selectors.plan_with_chain(event=event)
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
                "totals": selectors.plan_cost_totals(plan=plan),
                "versions": versions,
                "open_version": next(
                    (v for v in versions if v.status == PlanVersion.Status.OPEN), None
                ),
                "endorsed_version": endorsed,
                "draft_differs": endorsed is not None
                and fingerprint(services.plan_snapshot(plan=plan, chain_loaded=True))
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
        save=lambda form: services.plan_create(event=event, title=form.cleaned_data["title"]),
        title=_("Start the action plan"),
        success_message=_("The action plan was created. Add its objectives next."),
        done_url=plan_url(event),
    )


# --- Editing the parts, with optimistic locking ---------------------------------------------------

# kind in the URL -> (model, form, how to find it in the plan, label for the pages)
PARTS = {
    "plan": (ActionPlan, PlanForm, lambda plan: ActionPlan.objects.filter(pk=plan.pk)),
    "objective": (Objective, ObjectiveForm, lambda plan: plan.objectives.all()),
    "output": (Output, OutputForm, lambda plan: Output.objects.filter(objective__plan=plan)),
    "indicator": (Indicator, IndicatorForm, lambda plan: selectors.plan_indicators(plan=plan)),
    "action": (
        Action,
        ActionForm,
        lambda plan: Action.objects.filter(output__objective__plan=plan),
    ),
    "risk": (Risk, RiskForm, lambda plan: plan.risks.all()),
    "body": (ImplementationBody, BodyForm, lambda plan: plan.bodies.all()),
}


def _part(kind):
    if kind not in PARTS:
        raise Http404
    return PARTS[kind]


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


def _meanwhile(form, current) -> list[dict]:
    """The fields where the stored copy differs from what the person typed."""
    rows = []
    for name in form.fields:
        if name == "lock_version" or name not in form.cleaned_data:
            continue
        theirs = getattr(current, name)
        mine = form.cleaned_data[name]
        if hasattr(theirs, "all"):
            differ = {o.pk for o in theirs.all()} != {o.pk for o in mine}
        else:
            differ = (theirs or None) != (mine or None)
        if differ:
            rows.append(
                {
                    "label": form.fields[name].label,
                    "theirs": _display(form, name, theirs),
                    "mine": _display(form, name, mine),
                }
            )
    return rows


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
        try:
            services.plan_part_save(
                instance=form.instance,
                expected_version=form.cleaned_data.get("lock_version"),
                m2m=form.m2m_values(),
            )
        except services.StaleEdit as error:
            form.add_error(None, error)
            meanwhile = _meanwhile(form, error.current)
            form.keep_lock_version(error.current.lock_version)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(
                request,
                _("The %(kind)s was saved.") % {"kind": model._meta.verbose_name},
            )
            return redirect(plan_url(event) + (f"#{kind}-{instance.pk}" if kind != "plan" else ""))
    return render(
        request,
        "actionplans/plan_part_form.html",
        {
            "event": event,
            "form": form,
            "title": title,
            "meanwhile": meanwhile,
            "cancel_url": plan_url(event),
        },
    )


@event_view("actionplans.edit_plan")
def plan_part_create(request, event, kind):
    plan = _plan_or_404(event)
    model, _form, _queryset = _part(kind)
    if kind == "plan":
        raise Http404
    instance = model(plan=plan) if kind in {"objective", "risk", "body"} else model()
    return _part_page(
        request, event, plan, kind, instance, _("New %(kind)s") % {"kind": model._meta.verbose_name}
    )


@event_view("actionplans.edit_plan")
def plan_part_edit(request, event, kind, pk):
    plan = _plan_or_404(event)
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
    plan = _plan_or_404(event)
    model, _form, queryset = _part(kind)
    if kind == "plan":
        raise Http404
    instance = get_object_or_404(queryset(plan), pk=pk)
    if request.method == "POST":
        try:
            services.plan_part_delete(instance=instance)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        else:
            messages.success(
                request,
                _("The %(kind)s “%(name)s” was deleted.")
                % {"kind": model._meta.verbose_name, "name": instance},
            )
        return redirect(plan_url(event))
    below = {
        "objective": _("Its outputs, indicators and actions are deleted with it."),
        "output": _("Its indicators and actions are deleted with it."),
    }.get(kind, "")
    return confirm_page(
        request,
        event=event,
        title=_("Delete this %(kind)s?") % {"kind": model._meta.verbose_name},
        message=f"“{instance}”. {below}".strip(),
        action_url=request.path,
        cancel_url=plan_url(event),
    )


# --- History ----------------------------------------------------------------------------------


@event_view("actionplans.view_history")
def plan_history(request, event):
    plan = _plan_or_404(event)
    page = Paginator(selectors.plan_history_index(plan=plan), HISTORY_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "actionplans/plan_history.html",
        {
            "event": event,
            "plan": plan,
            "page": page,
            "entries": selectors.plan_history_entries(rows=list(page.object_list)),
        },
    )


# --- Freezing a version --------------------------------------------------------------------------


@event_view("actionplans.manage_plan")
def plan_freeze(request, event):
    plan = _plan_or_404(event)
    problems = []
    if request.method == "POST":
        try:
            version = services.plan_freeze(plan=plan, frozen_by=request.user)
        except ValidationError as error:
            problems = error.messages
        else:
            messages.success(
                request,
                _("Version %(number)d was frozen and is open for positions.")
                % {"number": version.number},
            )
            return redirect(version_url(event, version))
    return render(
        request,
        "actionplans/plan_freeze.html",
        {"event": event, "plan": plan, "problems": problems},
    )


# --- Versions and endorsement ---------------------------------------------------------------------


def version_url(event, version) -> str:
    return reverse("actionplans:version_detail", args=[event.pk, version.number])


def version_view(permission: str):
    """Load the event (404 outside it) and its version by number, then check `permission`."""

    def decorator(view):
        @login_required
        @wraps(view)
        def wrapped(request, event_pk, number, *args, **kwargs):
            event = get_object_or_404(
                event_selectors.event_visible_to(user=request.user), pk=event_pk
            )
            try:
                version = selectors.plan_version(plan=_plan_or_404(event), number=number)
            except PlanVersion.DoesNotExist as error:
                raise Http404 from error
            if not request.user.has_perm(permission, version):
                raise PermissionDenied
            return view(request, event, version, *args, **kwargs)

        wrapped.permission = permission
        return wrapped

    return decorator


def _position_form(request, event, version, data=None):
    if request.user.has_perm("actionplans.manage_version", version):
        return PositionForm(data, organisations=selectors.event_organisations(event=event))
    return PositionForm(data, organisations=None, own_organisation=request.user.organisation)


@version_view("actionplans.view_version")
def version_detail(request, event, version):
    return _version_page(request, event, version)


def _version_page(request, event, version, form=None):
    can_record = (
        request.user.has_perm("actionplans.record_position", version)
        and version.status == PlanVersion.Status.OPEN
    )
    if can_record and form is None:
        form = _position_form(request, event, version)
    return render(
        request,
        "actionplans/version_detail.html",
        {
            "event": event,
            "version": version,
            "snapshot": version.snapshot,
            "positions": selectors.version_positions(version=version),
            "can_manage": request.user.has_perm("actionplans.manage_version", version),
            "can_record": can_record,
            "form": form,
            "own_organisation": request.user.organisation,
        },
    )


@require_POST
@version_view("actionplans.record_position")
def version_position(request, event, version):
    form = _position_form(request, event, version, request.POST)
    if form.is_valid():
        if form.chosen_organisation is None:
            form.add_error(None, _("Your account has no organisation; ask a facilitator."))
        else:
            try:
                services.position_record(
                    version=version,
                    organisation=form.chosen_organisation,
                    stance=form.cleaned_data["stance"],
                    comment=form.cleaned_data["comment"],
                    recorded_by=request.user,
                )
            except ValidationError as error:
                apply_errors(form, error)
            else:
                messages.success(
                    request,
                    _("The position of %(organisation)s was recorded.")
                    % {"organisation": form.chosen_organisation},
                )
                return redirect(version_url(event, version))
    return _version_page(request, event, version, form=form)


@version_view("actionplans.manage_version")
def version_close(request, event, version):
    if request.method == "POST":
        try:
            version = services.endorsement_close(version=version, by=request.user)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        else:
            if version.status == PlanVersion.Status.ENDORSED:
                messages.success(request, _("The version was endorsed."))
            else:
                messages.warning(request, _("The version was not endorsed; see the reasons."))
        return redirect(version_url(event, version))
    return confirm_page(
        request,
        event=event,
        title=_("Close the endorsement of version %(number)d?") % {"number": version.number},
        message=_(
            "No position can be recorded or changed afterwards. The version is endorsed when "
            "the lead government organisation endorses and a majority of the organisations "
            "that took a position endorse."
        ),
        action_url=request.path,
        cancel_url=version_url(event, version),
        button=_("Close the endorsement"),
    )


@require_POST
@version_view("actionplans.manage_version")
def version_publish(request, event, version):
    try:
        services.version_publish(version=version, by=request.user)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, _("The version is published to donors."))
    return redirect(version_url(event, version))


plan_prefix = "events/<int:event_pk>/plan/"
version_prefix = plan_prefix + "versions/<int:number>/"

urlpatterns = [
    path(plan_prefix, plan_detail, name="plan_detail"),
    path(plan_prefix + "new/", plan_create, name="plan_create"),
    path(plan_prefix + "history/", plan_history, name="plan_history"),
    path(plan_prefix + "freeze/", plan_freeze, name="plan_freeze"),
    path(plan_prefix + "<str:kind>/new/", plan_part_create, name="plan_part_create"),
    path(plan_prefix + "<str:kind>/<int:pk>/edit/", plan_part_edit, name="plan_part_edit"),
    path(plan_prefix + "<str:kind>/<int:pk>/delete/", plan_part_delete, name="plan_part_delete"),
    path(version_prefix, version_detail, name="version_detail"),
    path(version_prefix + "position/", version_position, name="version_position"),
    path(version_prefix + "close/", version_close, name="version_close"),
    path(version_prefix + "publish/", version_publish, name="version_publish"),
]
