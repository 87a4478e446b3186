"""Writes to frameworks: copy, new version, publish (freeze), and adapting a draft's content.

Every change to a version's content is refused once the version is published.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from assessments import scoring
from assessments.models import Dimension, Framework, FrameworkVersion, Level, Question
from assessments.selectors.frameworks import framework_version_content
from cdfacil.models import User
from cdfacil.writes import validated_save

SCALE_POINTS = 4


# What `framework_version_content` gives of a level or dimension, and of a question.
NAMED_FIELDS = ("code", "name", "description")
QUESTION_FIELDS = ("code", "text", "guidance", "descriptors")


def _fields(data: dict, names: tuple[str, ...]) -> dict:
    return {name: data[name] for name in names}


def _create_content(*, version: FrameworkVersion, content: list[dict]) -> None:
    for level_order, level_data in enumerate(content):
        level = Level.objects.create(
            version=version, order=level_order, **_fields(level_data, NAMED_FIELDS)
        )
        for dimension_order, dimension_data in enumerate(level_data["dimensions"]):
            dimension = Dimension.objects.create(
                level=level, order=dimension_order, **_fields(dimension_data, NAMED_FIELDS)
            )
            Question.objects.bulk_create(
                Question(dimension=dimension, order=order, **_fields(question, QUESTION_FIELDS))
                for order, question in enumerate(dimension_data["questions"])
            )


@transaction.atomic
def framework_copy(*, version: FrameworkVersion, name: str, by: User | None) -> FrameworkVersion:
    """A new framework whose draft version 1 is a copy of `version`, ready to adapt."""
    name = name.strip()
    if not name:
        raise ValidationError({"name": _("Give the copy a name.")})
    framework = Framework.objects.create(
        name=name,
        description=version.framework.description,
        copied_from=version,
        created_by=by,
    )
    copy = FrameworkVersion.objects.create(framework=framework, number=1)
    _create_content(version=copy, content=framework_version_content(version=version))
    return copy


@transaction.atomic
def framework_new_version(*, version: FrameworkVersion) -> FrameworkVersion:
    """A new draft version of the same framework, starting from `version`."""
    number = version.framework.versions.aggregate(last=Max("number"))["last"] + 1
    draft = FrameworkVersion.objects.create(framework=version.framework, number=number)
    _create_content(version=draft, content=framework_version_content(version=version))
    return draft


def ensure_editable(version: FrameworkVersion) -> None:
    """Refuse any change to a published version: rounds and their answers point at it."""
    if version.is_frozen:
        raise ValidationError(
            _(
                "Version %(number)d of “%(framework)s” is published and frozen; it cannot be "
                "changed. Make a new version or a copy to adapt it."
            )
            % {"number": version.number, "framework": version.framework.name}
        )


def version_problems(*, version: FrameworkVersion) -> list[str]:
    """What stops a version from being published."""
    problems = []
    questions = list(Question.objects.filter(dimension__level__version=version).order_by("code"))
    if not questions:
        problems.append(_("The framework has no questions."))
    for question in questions:
        descriptors = question.descriptors.get("en") or next(
            iter(question.descriptors.values()), []
        )
        if len([d for d in descriptors if str(d).strip()]) != SCALE_POINTS:
            problems.append(
                _("Question %(code)s needs a descriptor for each of the %(points)d scale points.")
                % {"code": question.code, "points": SCALE_POINTS}
            )
        if not any(str(text).strip() for text in question.text.values()):
            problems.append(_("Question %(code)s has no text.") % {"code": question.code})
    return problems


@transaction.atomic
def framework_version_publish(*, version: FrameworkVersion) -> FrameworkVersion:
    """Freeze a version and record the fingerprint of its content."""
    version = FrameworkVersion.objects.select_for_update().get(pk=version.pk)
    ensure_editable(version)
    problems = version_problems(version=version)
    if problems:
        raise ValidationError(problems)
    version.fingerprint = scoring.fingerprint(framework_version_content(version=version))
    version.status = FrameworkVersion.Status.PUBLISHED
    version.published_at = timezone.now()
    version.save(update_fields=["fingerprint", "status", "published_at"])
    return version


def _ensure_code_free(siblings: QuerySet, item: Question | Dimension, message: str) -> None:
    """Codes are unique within a version: they name questions in exports and key issues."""
    if siblings.filter(code=item.code).exclude(pk=item.pk).exists():
        raise ValidationError({"code": message % {"code": item.code}})


@transaction.atomic
def question_save(*, question: Question) -> Question:
    version = question.dimension.level.version
    ensure_editable(version)
    _ensure_code_free(
        Question.objects.filter(dimension__level__version=version),
        question,
        _("Another question of this version already has the code %(code)s."),
    )
    return validated_save(question)


@transaction.atomic
def question_delete(*, question: Question) -> None:
    ensure_editable(question.dimension.level.version)
    question.delete()


@transaction.atomic
def dimension_save(*, dimension: Dimension) -> Dimension:
    version = dimension.level.version
    ensure_editable(version)
    _ensure_code_free(
        Dimension.objects.filter(level__version=version),
        dimension,
        _("Another dimension of this version already has the code %(code)s."),
    )
    if dimension.pk is None:
        last = dimension.level.dimensions.aggregate(last=Max("order"))["last"]
        dimension.order = 0 if last is None else last + 1
    return validated_save(dimension)


@transaction.atomic
def dimension_delete(*, dimension: Dimension) -> None:
    ensure_editable(dimension.level.version)
    dimension.delete()


def _swap_with_neighbour(items: list, pk: int, direction: str, model) -> None:
    """Swap one of `items` (in order) with its neighbour and renumber their `order`."""
    if direction not in ("up", "down"):
        raise ValidationError(_("Move it up or down."))
    index = next(i for i, item in enumerate(items) if item.pk == pk)
    other = index - 1 if direction == "up" else index + 1
    if not 0 <= other < len(items):
        raise ValidationError(_("It is already at that end."))
    items[index], items[other] = items[other], items[index]
    for order, item in enumerate(items):
        item.order = order
    model.objects.bulk_update(items, ["order"])


@transaction.atomic
def question_move(*, question: Question, direction: str) -> None:
    """Swap a question with its neighbour inside its dimension."""
    ensure_editable(question.dimension.level.version)
    siblings = list(question.dimension.questions.order_by("order", "pk"))
    _swap_with_neighbour(siblings, question.pk, direction, Question)


@transaction.atomic
def dimension_move(*, dimension: Dimension, direction: str) -> None:
    """Swap a dimension with its neighbour inside its level."""
    ensure_editable(dimension.level.version)
    siblings = list(dimension.level.dimensions.order_by("order", "pk"))
    _swap_with_neighbour(siblings, dimension.pk, direction, Dimension)
