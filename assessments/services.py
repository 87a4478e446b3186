"""Every write to frameworks, rounds, answers and consensus goes through these functions.

Each refuses with a `ValidationError` that says why, in words a facilitator or member understands.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from assessments import scoring
from assessments.models import (
    Answer,
    AssessmentRound,
    ConsensusScore,
    Dimension,
    Framework,
    FrameworkVersion,
    Level,
    Question,
    Response,
)
from cdfacil.currencies import normalise_currency
from events.models import Event, Participation

SCALE_POINTS = 4


# --- Frameworks -------------------------------------------------------------------------------


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


def _create_content(*, version: FrameworkVersion, content: list[dict]) -> None:
    for level_order, level_data in enumerate(content):
        level = Level.objects.create(
            version=version,
            code=level_data["code"],
            order=level_order,
            name=level_data["name"],
            description=level_data["description"],
        )
        for dimension_order, dimension_data in enumerate(level_data["dimensions"]):
            dimension = Dimension.objects.create(
                level=level,
                code=dimension_data["code"],
                order=dimension_order,
                name=dimension_data["name"],
                description=dimension_data["description"],
            )
            Question.objects.bulk_create(
                Question(
                    dimension=dimension,
                    code=question["code"],
                    order=question_order,
                    text=question["text"],
                    guidance=question["guidance"],
                    descriptors=question["descriptors"],
                )
                for question_order, question in enumerate(dimension_data["questions"])
            )


@transaction.atomic
def framework_copy(*, version: FrameworkVersion, name: str, created_by) -> FrameworkVersion:
    """A new framework whose draft version 1 is a copy of `version`, ready to adapt."""
    name = name.strip()
    if not name:
        raise ValidationError({"name": _("Give the copy a name.")})
    framework = Framework.objects.create(
        name=name,
        description=version.framework.description,
        copied_from=version,
        created_by=created_by,
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
def version_publish(*, version: FrameworkVersion) -> FrameworkVersion:
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


@transaction.atomic
def question_save(*, question: Question) -> Question:
    version = question.dimension.level.version
    ensure_editable(version)
    taken = (
        Question.objects.filter(dimension__level__version=version, code=question.code)
        .exclude(pk=question.pk)
        .exists()
    )
    if taken:
        raise ValidationError(
            {
                "code": _("Another question of this version already has the code %(code)s.")
                % {"code": question.code}
            }
        )
    question.full_clean()
    question.save()
    return question


@transaction.atomic
def question_delete(*, question: Question) -> None:
    ensure_editable(question.dimension.level.version)
    question.delete()


@transaction.atomic
def dimension_save(*, dimension: Dimension) -> Dimension:
    version = dimension.level.version
    ensure_editable(version)
    taken = (
        Dimension.objects.filter(level__version=version, code=dimension.code)
        .exclude(pk=dimension.pk)
        .exists()
    )
    if taken:
        raise ValidationError(
            {
                "code": _("Another dimension of this version already has the code %(code)s.")
                % {"code": dimension.code}
            }
        )
    if dimension.pk is None:
        last = dimension.level.dimensions.aggregate(last=Max("order"))["last"]
        dimension.order = 0 if last is None else last + 1
    dimension.full_clean()
    dimension.save()
    return dimension


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


# --- Rounds -----------------------------------------------------------------------------------


@transaction.atomic
def round_create(
    *,
    event: Event,
    version: FrameworkVersion,
    opens_at: datetime.datetime,
    closes_at: datetime.datetime,
    respondents: list,
) -> AssessmentRound:
    """Open a round on a published version for the chosen core-group members."""
    Event.objects.select_for_update().filter(pk=event.pk).first()
    if not version.is_frozen:
        raise ValidationError(
            {"version": _("Publish the framework version before a round can use it.")}
        )
    if closes_at <= opens_at:
        raise ValidationError({"closes_at": _("The round must close after it opens.")})
    core_group = set(
        event.participations.filter(role=Participation.Role.CORE_GROUP).values_list(
            "user_id", flat=True
        )
    )
    outside = [person for person in respondents if person.pk not in core_group]
    if outside:
        raise ValidationError(
            {
                "respondents": _("Only core-group members answer the assessment: %(names)s.")
                % {"names": ", ".join(person.display_name for person in outside)}
            }
        )
    if not respondents:
        raise ValidationError({"respondents": _("Choose the members who answer this round.")})
    number = (event.assessment_rounds.aggregate(last=Max("number"))["last"] or 0) + 1
    assessment_round = AssessmentRound(
        event=event,
        number=number,
        kind=AssessmentRound.Kind.BASELINE if number == 1 else AssessmentRound.Kind.FOLLOW_UP,
        version=version,
        opens_at=opens_at,
        closes_at=closes_at,
    )
    assessment_round.full_clean()
    assessment_round.save()
    Response.objects.bulk_create(
        Response(round=assessment_round, respondent=person) for person in respondents
    )
    return assessment_round


def round_closed_reason(*, assessment_round: AssessmentRound) -> str | None:
    now = timezone.now()
    tz = assessment_round.event.tzinfo
    if now < assessment_round.opens_at:
        return _("This round opens on %(when)s.") % {
            "when": date_format(timezone.localtime(assessment_round.opens_at, tz), "j F Y, H:i")
        }
    if now >= assessment_round.closes_at:
        return _("This round closed on %(when)s; answers can no longer change.") % {
            "when": date_format(timezone.localtime(assessment_round.closes_at, tz), "j F Y, H:i")
        }
    return None


def _ensure_answerable(response: Response) -> None:
    reason = round_closed_reason(assessment_round=response.round)
    if reason:
        raise ValidationError(reason)
    if response.status == Response.Status.SUBMITTED:
        raise ValidationError(
            _("You submitted your answers; they are locked and can no longer change.")
        )


@transaction.atomic
def answer_save(
    *,
    response: Response,
    question: Question,
    kind: str = Answer.Kind.RATED,
    current: int | None = None,
    desired: int | None = None,
    evidence: str = "",
) -> Answer:
    """Save one answer as it is typed; refused once the round closes or the response is in."""
    response = (
        Response.objects.select_for_update().select_related("round__event").get(pk=response.pk)
    )
    _ensure_answerable(response)
    if question.dimension.level.version_id != response.round.version_id:
        raise ValidationError(_("This question is not part of the round's framework."))
    if kind != Answer.Kind.RATED:
        current = desired = None
    answer = Answer.objects.filter(response=response, question=question).first() or Answer(
        response=response, question=question
    )
    answer.kind, answer.current, answer.desired, answer.evidence = kind, current, desired, evidence
    # The fields' validators give the messages; the table's check constraints hold the same
    # rules, so they are left to the database rather than asked of it once more, each in a
    # savepoint, on every keystroke of a room full of members.
    answer.full_clean(exclude=["response", "question"], validate_constraints=False)
    answer.save()
    response.save(update_fields=["updated_at"])
    return answer


@transaction.atomic
def response_submit(*, response: Response) -> Response:
    """Lock a member's answers. Unanswered questions are allowed but said."""
    response = (
        Response.objects.select_for_update().select_related("round__event").get(pk=response.pk)
    )
    _ensure_answerable(response)
    response.status = Response.Status.SUBMITTED
    response.submitted_at = timezone.now()
    response.save(update_fields=["status", "submitted_at", "updated_at"])
    return response


@transaction.atomic
def consensus_record(
    *,
    assessment_round: AssessmentRound,
    question: Question,
    current: int,
    desired: int,
    rationale: str,
    dissent: str = "",
    recorded_by,
) -> ConsensusScore:
    if question.dimension.level.version_id != assessment_round.version_id:
        raise ValidationError(_("This question is not part of the round's framework."))
    if not rationale.strip():
        raise ValidationError({"rationale": _("Say why the group agreed on this score.")})
    score = ConsensusScore.objects.filter(round=assessment_round, question=question).first()
    score = score or ConsensusScore(round=assessment_round, question=question)
    score.current, score.desired = current, desired
    score.rationale, score.dissent, score.recorded_by = rationale, dissent, recorded_by
    score.full_clean(exclude=["round", "question"])
    score.save()
    return score


# --- Capacity-development efforts inventory ---------------------------------------------------


def cd_initiative_save(*, initiative):
    """Save an initiative of the inventory; a budget needs its currency."""
    initiative.currency = normalise_currency(initiative.currency)
    errors = {}
    if initiative.budget is not None and not initiative.currency:
        errors["currency"] = _("Say in which currency the budget is.")
    if initiative.budget is not None and initiative.budget < 0:
        errors["budget"] = _("A budget cannot be negative.")
    if initiative.starts_on and initiative.ends_on and initiative.ends_on < initiative.starts_on:
        errors["ends_on"] = _("The end cannot come before the start.")
    if errors:
        raise ValidationError(errors)
    initiative.full_clean()
    initiative.save()
    return initiative


@transaction.atomic
def cd_initiative_delete(*, initiative) -> None:
    initiative.delete()
