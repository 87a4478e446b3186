"""Framework pages: every framework and version, one version's content, and adapting a draft.

Anyone who may run events reads and copies frameworks; only a framework's author (or a superuser)
edits it, and only while the version is a draft: the services refuse changes to a published one.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Max, Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from assessments import services
from assessments.framework_forms import (
    SCALE_LABELS,
    SCALE_POINTS,
    CopyForm,
    DimensionForm,
    NewDimensionForm,
    QuestionForm,
)
from assessments.models import Dimension, Framework, FrameworkVersion, Level, Question, translated
from cdfacil.web import apply_errors, confirm_page, form_page

DETAIL_TEMPLATE = "assessments/version_detail.html"


def _require(request, permission: str, obj=None) -> None:
    if not request.user.has_perm(permission, obj):
        raise PermissionDenied


def _version(pk) -> FrameworkVersion:
    return get_object_or_404(FrameworkVersion.objects.select_related("framework"), pk=pk)


def _question(pk) -> Question:
    return get_object_or_404(
        Question.objects.select_related("dimension__level__version__framework"), pk=pk
    )


def _dimension(pk) -> Dimension:
    return get_object_or_404(Dimension.objects.select_related("level__version__framework"), pk=pk)


def _language_name(code: str) -> str:
    try:
        return get_language_info(code)["name_translated"]
    except KeyError:
        return code


def _detail_url(version: FrameworkVersion, anchor: str = "") -> str:
    url = reverse("assessments:version_detail", args=[version.pk])
    return f"{url}#{anchor}" if anchor else url


def _can_edit(user, version: FrameworkVersion) -> bool:
    return not version.is_frozen and user.has_perm("assessments.edit_framework", version.framework)


def _prepare_dimension(dimension: Dimension) -> Dimension:
    """Attach the active language's texts, so templates need no lookups."""
    dimension.display_name = translated(dimension.name)
    dimension.display_description = translated(dimension.description)
    for question in dimension.questions.all():
        question.display_text = translated(question.text)
        question.display_guidance = translated(question.guidance)
        descriptors = list(translated(question.descriptors) or [])
        descriptors += [""] * (SCALE_POINTS - len(descriptors))
        question.scale = list(zip(SCALE_LABELS, descriptors[:SCALE_POINTS], strict=True))
    return dimension


def _questions_prefetch() -> Prefetch:
    return Prefetch("questions", queryset=Question.objects.order_by("order", "pk"))


# --- Frameworks and versions ------------------------------------------------------------------


@login_required
def framework_list(request):
    _require(request, "assessments.view_frameworks")
    versions = FrameworkVersion.objects.annotate(
        question_count=Count("levels__dimensions__questions")
    ).order_by("-number")
    frameworks = Framework.objects.select_related(
        "copied_from__framework", "created_by"
    ).prefetch_related(Prefetch("versions", queryset=versions))
    return render(
        request,
        "assessments/framework_list.html",
        {
            "frameworks": frameworks,
            "can_copy": request.user.has_perm("assessments.copy_framework"),
        },
    )


@login_required
def version_detail(request, pk):
    _require(request, "assessments.view_frameworks")
    version = _version(pk)
    levels = list(
        Level.objects.filter(version=version)
        .order_by("order", "pk")
        .prefetch_related(
            Prefetch(
                "dimensions",
                queryset=Dimension.objects.order_by("order", "pk").prefetch_related(
                    _questions_prefetch()
                ),
            )
        )
    )
    for level in levels:
        level.display_name = translated(level.name)
        level.display_description = translated(level.description)
        for dimension in level.dimensions.all():
            _prepare_dimension(dimension)
    return render(
        request,
        DETAIL_TEMPLATE,
        {
            "version": version,
            "levels": levels,
            "question_count": sum(
                len(dimension.questions.all())
                for level in levels
                for dimension in level.dimensions.all()
            ),
            "can_edit": _can_edit(request.user, version),
            "can_copy": request.user.has_perm("assessments.copy_framework"),
        },
    )


@login_required
def version_copy(request, pk):
    _require(request, "assessments.copy_framework")
    version = _version(pk)
    default_name = _("Copy of %(name)s") % {"name": version.framework.name}
    form = CopyForm(request.POST or None, initial={"name": default_name[:200]})
    if request.method == "POST" and form.is_valid():
        try:
            copy = services.framework_copy(
                version=version, name=form.cleaned_data["name"], created_by=request.user
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(
                request,
                _("“%(name)s” is a draft copy: adapt it, then publish it.")
                % {"name": copy.framework.name},
            )
            return redirect(_detail_url(copy))
    return form_page(
        request,
        form=form,
        title=_("Copy version %(number)d of “%(name)s”")
        % {"number": version.number, "name": version.framework.name},
        submit=_("Make the copy"),
        cancel_url=_detail_url(version),
        intro=_(
            "The copy is a new framework with a draft version 1 that you can adapt to the "
            "sector: change, add, reorder or remove questions, then publish it."
        ),
    )


@require_POST
@login_required
def version_publish(request, pk):
    version = _version(pk)
    _require(request, "assessments.edit_framework", version.framework)
    try:
        version = services.version_publish(version=version)
    except ValidationError as error:
        messages.error(request, _("The version was not published:"))
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(
            request,
            _("Version %(number)d is published and frozen; rounds can now use it.")
            % {"number": version.number},
        )
    return redirect(_detail_url(version))


# --- Questions --------------------------------------------------------------------------------


def _question_form(request, question: Question, version: FrameworkVersion, title: str):
    form = QuestionForm(request.POST or None, question=question, version=version)
    if request.method == "POST" and form.is_valid():
        try:
            services.question_save(question=form.apply_to(question))
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("Question %(code)s was saved.") % {"code": question.code})
            return redirect(_detail_url(version, f"question-{question.pk}"))
    intro = _("You are writing the texts in %(language)s; other languages are kept.") % {
        "language": _language_name(form.language)
    }
    if version.is_frozen:
        intro = _(
            "This version is published and frozen; changes to it are refused. Copy it to adapt it."
        )
    return form_page(
        request,
        form=form,
        title=title,
        cancel_url=_detail_url(version),
        intro=intro,
    )


@login_required
def question_edit(request, pk):
    question = _question(pk)
    version = question.dimension.level.version
    _require(request, "assessments.edit_framework", version.framework)
    return _question_form(
        request, question, version, _("Edit question %(code)s") % {"code": question.code}
    )


@login_required
def question_create(request, pk):
    dimension = _dimension(pk)
    version = dimension.level.version
    _require(request, "assessments.edit_framework", version.framework)
    last = dimension.questions.aggregate(last=Max("order"))["last"]
    question = Question(dimension=dimension, order=0 if last is None else last + 1)
    return _question_form(
        request,
        question,
        version,
        _("New question in %(dimension)s") % {"dimension": translated(dimension.name)},
    )


@login_required
def question_delete(request, pk):
    question = _question(pk)
    version = question.dimension.level.version
    _require(request, "assessments.edit_framework", version.framework)
    if request.method == "POST":
        try:
            services.question_delete(question=question)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        else:
            messages.success(request, _("Question %(code)s was removed.") % {"code": question.code})
        return redirect(_detail_url(version, f"dimension-{question.dimension_id}"))
    return confirm_page(
        request,
        event=None,
        title=_("Remove question %(code)s?") % {"code": question.code},
        message=_("“%(text)s” will be removed from this draft, in every language.")
        % {"text": translated(question.text)},
        action_url=request.path,
        cancel_url=_detail_url(version, f"question-{question.pk}"),
        button=_("Remove the question"),
    )


@require_POST
@login_required
def question_move(request, pk):
    question = _question(pk)
    version = question.dimension.level.version
    _require(request, "assessments.edit_framework", version.framework)
    try:
        services.question_move(question=question, direction=request.POST.get("direction", ""))
    except ValidationError as error:
        for message in error.messages:
            messages.warning(request, message)
    if request.htmx:
        dimension = (
            Dimension.objects.prefetch_related(_questions_prefetch())
            .select_related("level__version__framework")
            .get(pk=question.dimension_id)
        )
        return render(
            request,
            f"{DETAIL_TEMPLATE}#dimension",
            {
                "version": version,
                "dimension": _prepare_dimension(dimension),
                "can_edit": _can_edit(request.user, version),
            },
        )
    return redirect(_detail_url(version, f"dimension-{question.dimension_id}"))


# --- Dimensions -------------------------------------------------------------------------------


@login_required
def dimension_edit(request, pk):
    dimension = _dimension(pk)
    version = dimension.level.version
    _require(request, "assessments.edit_framework", version.framework)
    form = DimensionForm(request.POST or None, dimension=dimension)
    if request.method == "POST" and form.is_valid():
        try:
            services.dimension_save(dimension=form.apply_to(dimension))
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("The dimension was saved."))
            return redirect(_detail_url(version, f"dimension-{dimension.pk}"))
    return form_page(
        request,
        form=form,
        title=_("Edit dimension %(code)s") % {"code": dimension.code},
        cancel_url=_detail_url(version, f"dimension-{dimension.pk}"),
        intro=(
            _(
                "This version is published and frozen; changes to it are refused. "
                "Copy it to adapt it."
            )
            if version.is_frozen
            else None
        ),
    )


@login_required
def dimension_create(request, pk):
    level = get_object_or_404(Level.objects.select_related("version__framework"), pk=pk)
    version = level.version
    _require(request, "assessments.edit_framework", version.framework)
    dimension = Dimension(level=level, name={}, description={})
    form = NewDimensionForm(request.POST or None, dimension=dimension)
    if request.method == "POST" and form.is_valid():
        try:
            dimension = services.dimension_save(dimension=form.apply_to(dimension))
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("The dimension was added."))
            return redirect(_detail_url(version, f"dimension-{dimension.pk}"))
    return form_page(
        request,
        form=form,
        title=_("New dimension: %(level)s") % {"level": translated(level.name)},
        cancel_url=_detail_url(version, f"level-{level.pk}"),
    )


@login_required
def dimension_delete(request, pk):
    dimension = _dimension(pk)
    version = dimension.level.version
    _require(request, "assessments.edit_framework", version.framework)
    if request.method == "POST":
        try:
            services.dimension_delete(dimension=dimension)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        else:
            messages.success(
                request, _("Dimension %(code)s was removed.") % {"code": dimension.code}
            )
        return redirect(_detail_url(version, f"level-{dimension.level_id}"))
    return confirm_page(
        request,
        event=None,
        title=_("Remove dimension %(code)s?") % {"code": dimension.code},
        message=_("“%(name)s” and its %(count)d questions will be removed from this draft.")
        % {"name": translated(dimension.name), "count": dimension.questions.count()},
        action_url=request.path,
        cancel_url=_detail_url(version, f"dimension-{dimension.pk}"),
        button=_("Remove the dimension"),
    )


@require_POST
@login_required
def dimension_move(request, pk):
    dimension = _dimension(pk)
    version = dimension.level.version
    _require(request, "assessments.edit_framework", version.framework)
    try:
        services.dimension_move(dimension=dimension, direction=request.POST.get("direction", ""))
    except ValidationError as error:
        for message in error.messages:
            messages.warning(request, message)
    return redirect(_detail_url(version, f"dimension-{dimension.pk}"))
