"""Framework pages: every framework and version, one version's content, and adapting a draft.

Anyone who may run events reads and copies frameworks; only a framework's author (or a superuser)
edits it, and only while the version is a draft: the services refuse changes to a published one.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Max
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language_info, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from assessments.forms.frameworks import (
    SCALE_LABELS,
    SCALE_POINTS,
    CopyForm,
    DimensionForm,
    NewDimensionForm,
    QuestionForm,
)
from assessments.models import Dimension, FrameworkVersion, Question, translated
from assessments.selectors import frameworks as framework_selectors
from assessments.services import frameworks as framework_services
from cdfacil.web import (
    apply_errors,
    confirm_action,
    form_page,
    model_form_page,
    object_view,
    refusal_messages,
)

DETAIL_TEMPLATE = "assessments/version_detail.html"
FROZEN = gettext_lazy(
    "This version is published and frozen; changes to it are refused. Copy it to adapt it."
)


def _language_name(code: str) -> str:
    try:
        return get_language_info(code)["name_translated"]
    except KeyError:
        return code


def _detail_url(version: FrameworkVersion, anchor: str = "") -> str:
    url = reverse("assessments:version_detail", args=[version.pk])
    return f"{url}#{anchor}" if anchor else url


def _can_edit(user, version: FrameworkVersion) -> bool:
    return not version.is_frozen and user.has_perm("assessments.edit_framework", version)


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


# --- Frameworks and versions ------------------------------------------------------------------


@object_view("assessments.view_frameworks")
def framework_list(request):
    return render(
        request,
        "assessments/framework_list.html",
        {
            "frameworks": framework_selectors.frameworks_with_versions(user=request.user),
            "can_copy": request.user.has_perm("assessments.copy_framework"),
        },
    )


@object_view("assessments.view_frameworks", load=framework_selectors.version_for)
def version_detail(request, version):
    levels = framework_selectors.version_levels(version=version)
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


@object_view("assessments.copy_framework", load=framework_selectors.version_for)
def version_copy(request, version):
    default_name = _("Copy of %(name)s") % {"name": version.framework.name}
    form = CopyForm(request.POST or None, initial={"name": default_name[:200]})
    if request.method == "POST" and form.is_valid():
        try:
            copy = framework_services.framework_copy(
                version=version, name=form.cleaned_data["name"], by=request.user
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
@object_view("assessments.edit_framework", load=framework_selectors.version_for)
def framework_version_publish(request, version):
    try:
        version = framework_services.framework_version_publish(version=version)
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


def _question_form(request, question: Question, title: str):
    version = question.dimension.level.version
    form = QuestionForm(request.POST or None, question=question, version=version)
    if request.method == "POST" and form.is_valid():
        try:
            framework_services.question_save(question=form.apply_to(question))
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("Question %(code)s was saved.") % {"code": question.code})
            return redirect(_detail_url(version, f"question-{question.pk}"))
    intro = _("You are writing the texts in %(language)s; other languages are kept.") % {
        "language": _language_name(form.language)
    }
    return form_page(
        request,
        form=form,
        title=title,
        cancel_url=_detail_url(version),
        intro=FROZEN if version.is_frozen else intro,
    )


@object_view("assessments.edit_framework", load=framework_selectors.question_for)
def question_edit(request, question):
    return _question_form(request, question, _("Edit question %(code)s") % {"code": question.code})


@object_view("assessments.edit_framework", load=framework_selectors.dimension_for)
def question_create(request, dimension):
    last = dimension.questions.aggregate(last=Max("order"))["last"]
    question = Question(dimension=dimension, order=0 if last is None else last + 1)
    return _question_form(
        request,
        question,
        _("New question in %(dimension)s") % {"dimension": translated(dimension.name)},
    )


@object_view("assessments.edit_framework", load=framework_selectors.question_for)
def question_delete(request, question):
    version = question.dimension.level.version
    return confirm_action(
        request,
        act=lambda: framework_services.question_delete(question=question),
        done_message=_("Question %(code)s was removed.") % {"code": question.code},
        done_url=_detail_url(version, f"dimension-{question.dimension_id}"),
        event=None,
        title=_("Remove question %(code)s?") % {"code": question.code},
        message=_("“%(text)s” will be removed from this draft, in every language.")
        % {"text": translated(question.text)},
        cancel_url=_detail_url(version, f"question-{question.pk}"),
        button=_("Remove the question"),
    )


@require_POST
@object_view("assessments.edit_framework", load=framework_selectors.question_for)
def question_move(request, question):
    version = question.dimension.level.version
    _move(request, framework_services.question_move, question=question)
    if request.htmx:
        dimension = framework_selectors.dimension_with_questions(pk=question.dimension_id)
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


def _move(request, move, **item) -> None:
    """Move a question or dimension up or down; at an end, say so as a warning."""
    try:
        move(direction=request.POST.get("direction", ""), **item)
    except ValidationError as error:
        refusal_messages(request, error, level=messages.WARNING)


# --- Dimensions -------------------------------------------------------------------------------


@object_view("assessments.edit_framework", load=framework_selectors.dimension_for)
def dimension_edit(request, dimension):
    version = dimension.level.version
    done_url = _detail_url(version, f"dimension-{dimension.pk}")
    return model_form_page(
        request,
        event=None,
        form=DimensionForm(request.POST or None, dimension=dimension),
        save=lambda form: framework_services.dimension_save(dimension=form.apply_to(dimension)),
        title=_("Edit dimension %(code)s") % {"code": dimension.code},
        success_message=_("The dimension was saved."),
        done_url=done_url,
        intro=FROZEN if version.is_frozen else None,
    )


@object_view("assessments.edit_framework", load=framework_selectors.level_for)
def dimension_create(request, level):
    version = level.version
    dimension = Dimension(level=level, name={}, description={})
    form = NewDimensionForm(request.POST or None, dimension=dimension)
    if request.method == "POST" and form.is_valid():
        try:
            dimension = framework_services.dimension_save(dimension=form.apply_to(dimension))
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


@object_view("assessments.edit_framework", load=framework_selectors.dimension_for)
def dimension_delete(request, dimension):
    version = dimension.level.version
    return confirm_action(
        request,
        act=lambda: framework_services.dimension_delete(dimension=dimension),
        done_message=_("Dimension %(code)s was removed.") % {"code": dimension.code},
        done_url=_detail_url(version, f"level-{dimension.level_id}"),
        event=None,
        title=_("Remove dimension %(code)s?") % {"code": dimension.code},
        message=_("“%(name)s” and its %(count)d questions will be removed from this draft.")
        % {"name": translated(dimension.name), "count": dimension.questions.count()},
        cancel_url=_detail_url(version, f"dimension-{dimension.pk}"),
        button=_("Remove the dimension"),
    )


@require_POST
@object_view("assessments.edit_framework", load=framework_selectors.dimension_for)
def dimension_move(request, dimension):
    _move(request, framework_services.dimension_move, dimension=dimension)
    return redirect(_detail_url(dimension.level.version, f"dimension-{dimension.pk}"))
