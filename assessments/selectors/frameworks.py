"""Reads of frameworks: the list, one version, question, dimension or level, and its content.

Frameworks are platform-wide: every signed-in person may know of them, so the loaders take the
person only to keep one shape with the event's; the views' rules decide what they may do.
"""

from django.db.models import Count, Prefetch, QuerySet

from assessments.models import Dimension, Framework, FrameworkVersion, Level, Question


def frameworks_with_versions(*, user) -> QuerySet[Framework]:
    versions = FrameworkVersion.objects.annotate(
        question_count=Count("levels__dimensions__questions")
    ).order_by("-number")
    return Framework.objects.select_related(
        "copied_from__framework", "created_by"
    ).prefetch_related(Prefetch("versions", queryset=versions))


def version_for(*, user, pk: int) -> FrameworkVersion | None:
    return FrameworkVersion.objects.select_related("framework").filter(pk=pk).first()


def question_for(*, user, pk: int) -> Question | None:
    return (
        Question.objects.select_related("dimension__level__version__framework")
        .filter(pk=pk)
        .first()
    )


def dimension_for(*, user, pk: int) -> Dimension | None:
    return Dimension.objects.select_related("level__version__framework").filter(pk=pk).first()


def level_for(*, user, pk: int) -> Level | None:
    return Level.objects.select_related("version__framework").filter(pk=pk).first()


def ordered_questions() -> Prefetch:
    return Prefetch("questions", queryset=Question.objects.order_by("order", "pk"))


def version_levels(*, version: FrameworkVersion) -> list[Level]:
    """The version's levels with their dimensions and questions, in order, in three queries."""
    dimensions = Dimension.objects.order_by("order", "pk").prefetch_related(ordered_questions())
    return list(
        Level.objects.filter(version=version)
        .order_by("order", "pk")
        .prefetch_related(Prefetch("dimensions", queryset=dimensions))
    )


def dimension_with_questions(*, pk: int) -> Dimension:
    return (
        Dimension.objects.prefetch_related(ordered_questions())
        .select_related("level__version__framework")
        .get(pk=pk)
    )


def framework_version_content(*, version: FrameworkVersion) -> list[dict]:
    """The canonical content of a version, the input of its fingerprint."""
    levels = version.levels.order_by("order", "pk").prefetch_related("dimensions__questions")
    return [
        {
            "code": level.code,
            "name": level.name,
            "description": level.description,
            "dimensions": [
                {
                    "code": dimension.code,
                    "name": dimension.name,
                    "description": dimension.description,
                    "questions": [
                        {
                            "code": question.code,
                            "text": question.text,
                            "guidance": question.guidance,
                            "descriptors": question.descriptors,
                        }
                        for question in sorted(
                            dimension.questions.all(), key=lambda q: (q.order, q.pk)
                        )
                    ],
                }
                for dimension in sorted(level.dimensions.all(), key=lambda d: (d.order, d.pk))
            ],
        }
        for level in levels
    ]
