"""Reads of a round's results: scores per question, dimension and level, computed in SQL.

Also the comparison with the other round of the event and the averages per group of members.
Two views of the same numbers: the members' (the default), where a question's average comes
from at least MIN_RESPONSES_FOR_AGGREGATES people's ratings of it in that round and a round is
compared only once it has closed, and the facilitators' live view (`live=True`), who see each
answer anyway.
"""

from collections import defaultdict

from django.db.models import Avg, Count, OuterRef, Subquery
from django.db.models.functions import Coalesce, Least
from django.utils import timezone

from assessments.models import Answer, AssessmentRound, ConsensusScore, Question, Response
from assessments.selectors.rounds import MIN_RESPONSES_FOR_AGGREGATES, submitted_count

# The order of a framework's questions: by level, dimension, then their own order.
QUESTION_ORDER = ("dimension__level__order", "dimension__order", "order", "pk")


def _round_scores(assessment_round) -> dict:
    """Per question (the outer query's), the averages of a round's submitted ratings, the
    number of people both averages come from (`rating_count`: the fewer of those who gave a
    current and those who gave a desired rating), and the consensus recorded, if any.

    Correlated subqueries that start from the round's few responses and reach each answer
    through the (response, question) index, rather than a join of every answer given to the
    framework version on the whole platform, filtered afterwards: the cost follows the round's
    size, not the platform's. The responses are a list (`IN`), not a join: joined, SQLite
    without statistics reads every answer to the question on the platform through the
    question's index and filters them by round after. `assessment_round` is a round or a
    subquery yielding its pk.
    """
    submitted = Response.objects.filter(
        round=assessment_round, status=Response.Status.SUBMITTED
    ).values("pk")
    answers = (
        Answer.objects.filter(
            question=OuterRef("pk"), response__in=submitted, kind=Answer.Kind.RATED
        )
        .order_by()
        .values("question")
    )
    consensus = ConsensusScore.objects.filter(round=assessment_round, question=OuterRef("pk"))
    return {
        "rating_count": Coalesce(
            Subquery(
                answers.annotate(value=Least(Count("current"), Count("desired"))).values("value")
            ),
            0,
        ),
        "average_current": Subquery(answers.annotate(value=Avg("current")).values("value")),
        "average_desired": Subquery(answers.annotate(value=Avg("desired")).values("value")),
        "consensus_current": Subquery(consensus.values("current")[:1]),
        "consensus_desired": Subquery(consensus.values("desired")[:1]),
    }


def question_results(*, assessment_round: AssessmentRound) -> list[dict]:
    """Per question: averages of submitted ratings and the consensus, both computed in SQL.

    Every average, however few rated the question: `round_results` decides what is shown."""
    return list(
        Question.objects.filter(dimension__level__version=assessment_round.version)
        .annotate(**_round_scores(assessment_round))
        .order_by(*QUESTION_ORDER)
        .values(
            "pk",
            "code",
            "text",
            "dimension_id",
            "dimension__code",
            "dimension__name",
            "dimension__level__code",
            "dimension__level__name",
            "rating_count",
            "average_current",
            "average_desired",
            "consensus_current",
            "consensus_desired",
        )
    )


def _mean(values):
    values = [value for value in values if value is not None]
    return sum(values) / len(values) if values else None


def _gap(current, desired):
    return desired - current if current is not None and desired is not None else None


def _minimum(live: bool) -> int:
    """How many people must have rated a question for its average to be shown."""
    return 0 if live else MIN_RESPONSES_FOR_AGGREGATES


def _score(row: dict, minimum: int) -> str:
    """Set a question row's score and say where it comes from: "consensus" where one was
    recorded (the group's agreed score, nobody's own), else "average" of the members' ratings
    when at least `minimum` people rated the question, else "too_few": no score, and no
    average left in the row, since an average of one or two is close to a person's answer."""
    if row["consensus_current"] is not None:
        row["current"] = float(row["consensus_current"])
        row["desired"] = float(row["consensus_desired"])
        return "consensus"
    if row["rating_count"] < minimum:
        row["average_current"] = row["average_desired"] = None
        row["current"] = row["desired"] = None
        return "too_few"
    row["current"], row["desired"] = row["average_current"], row["average_desired"]
    return "average"


def _averaged(rows: list[dict], key) -> dict[str, dict]:
    """Rows grouped by `key` (in their order), each group with its averaged current, desired
    and gap, and its first row (which names the group)."""
    groups = defaultdict(list)
    for row in rows:
        groups[key(row)].append(row)
    averaged = {}
    for group_key, members in groups.items():
        current = _mean(row["current"] for row in members)
        desired = _mean(row["desired"] for row in members)
        averaged[group_key] = {
            "members": members,
            "first": members[0],
            "current": current,
            "desired": desired,
            "gap": _gap(current, desired),
        }
    return averaged


def _summary(rows: list[dict], key) -> list[dict]:
    return [
        {
            "key": group_key,
            "name": group["first"]["dimension__name"] if key is _dimension else None,
            "level": group["first"]["dimension__level__code"],
            "level_name": group["first"]["dimension__level__name"],
            "current": group["current"],
            "desired": group["desired"],
            "gap": group["gap"],
            "consensus_count": sum(1 for row in group["members"] if row["source"] == "consensus"),
            "question_count": len(group["members"]),
        }
        for group_key, group in _averaged(rows, key).items()
    ]


def round_results(*, assessment_round: AssessmentRound, live: bool = False) -> dict:
    """Results per question, dimension and level, with the gaps ranked.

    A question's score is the consensus where one was recorded and the members' average
    otherwise; `source` says which. In the members' view (not `live`) a question fewer than
    MIN_RESPONSES_FOR_AGGREGATES people rated has no score (`source` "too_few", its code in
    `too_few`). Dimension and level scores average the questions that have one.
    """
    questions = question_results(assessment_round=assessment_round)
    minimum = _minimum(live)
    for row in questions:
        row["source"] = _score(row, minimum)
        row["gap"] = _gap(row["current"], row["desired"])
    priorities = sorted(
        (row for row in questions if row["gap"] is not None),
        key=lambda row: (-row["gap"], row["code"]),
    )
    return {
        "questions": questions,
        "dimensions": _summary(questions, _dimension),
        "levels": _summary(questions, _level),
        "priorities": priorities,
        "too_few": [row["code"] for row in questions if row["source"] == "too_few"],
        "submitted_count": submitted_count(assessment_round=assessment_round),
    }


def _dimension(row):
    return row["dimension__code"]


def _level(row):
    return row["dimension__level__code"]


COMPARED_GROUPS = ("government", "development_partner")


def group_averages(*, assessment_round: AssessmentRound) -> dict:
    """Average ratings per dimension of government and of development-partner respondents.

    Computed in SQL over the submitted rated answers, grouped by dimension and by the kind of the
    respondent's organisation; two queries whatever the size. `respondents` counts each group's
    submitted responses. Individual-level data: the caller decides who may see it.
    """
    submitted = Response.objects.filter(
        round=assessment_round,
        status=Response.Status.SUBMITTED,
        respondent__organisation__kind__in=COMPARED_GROUPS,
    )
    respondents = dict.fromkeys(COMPARED_GROUPS, 0)
    respondents.update(
        submitted.values_list("respondent__organisation__kind")
        .annotate(count=Count("pk"))
        .values_list("respondent__organisation__kind", "count")
        .order_by()
    )
    # The filters name the same join the grouping uses, so the database starts from the
    # round's responses instead of grouping every answer on the platform and filtering after.
    rows = (
        Answer.objects.filter(
            response__round=assessment_round,
            response__status=Response.Status.SUBMITTED,
            response__respondent__organisation__kind__in=COMPARED_GROUPS,
            kind=Answer.Kind.RATED,
            current__isnull=False,
        )
        .values("question__dimension__code", "response__respondent__organisation__kind")
        .annotate(
            current=Avg("current"),
            desired=Avg("desired"),
            answer_count=Count("pk"),
        )
        .order_by()
    )
    dimensions: dict[str, dict] = defaultdict(dict)
    for row in rows:
        dimensions[row["question__dimension__code"]][
            row["response__respondent__organisation__kind"]
        ] = {
            "current": row["current"],
            "desired": row["desired"],
            "answer_count": row["answer_count"],
        }
    return {"respondents": respondents, "dimensions": dict(dimensions)}


def compared_round_results(*, assessment_round: AssessmentRound, live: bool = False) -> dict | None:
    """The other side of "baseline against follow-up", or None when there is none yet.

    For a follow-up round, the event's baseline; for the baseline, its latest follow-up with
    submitted responses. In the members' view (not `live`) only a round that has closed, so
    that no figure of it changes while they look. Scored like `round_results` (with the same
    minimum of ratings per question), but in a single query, so the results page makes the
    same number of queries with or without a round to compare.
    """
    questions = _compared_questions(assessment_round, closed_only=not live)
    if not questions:
        return None
    minimum = _minimum(live)
    for row in questions:
        _score(row, minimum)
    dimensions = [
        {
            "key": code,
            "name": group["first"]["dimension__name"],
            "level": group["first"]["dimension__level__code"],
            "current": group["current"],
            "desired": group["desired"],
            "gap": group["gap"],
        }
        for code, group in _averaged(questions, _dimension).items()
    ]
    if all(row["current"] is None for row in dimensions):
        return None
    return {
        "number": questions[0]["round_number"],
        "kind": questions[0]["round_kind"],
        "dimensions": dimensions,
    }


def _compared_questions(assessment_round: AssessmentRound, *, closed_only: bool) -> list[dict]:
    """The questions of the round compared with this one, with their averages and consensus, in
    one query (none when there is no such round)."""
    rounds = AssessmentRound.objects.filter(event_id=assessment_round.event_id).exclude(
        pk=assessment_round.pk
    )
    if closed_only:
        rounds = rounds.filter(closes_at__lte=timezone.now())
    if assessment_round.kind == AssessmentRound.Kind.BASELINE:
        rounds = rounds.filter(
            kind=AssessmentRound.Kind.FOLLOW_UP,
            number__gt=assessment_round.number,
            responses__status=Response.Status.SUBMITTED,
        ).order_by("-number")
    else:
        rounds = rounds.filter(
            kind=AssessmentRound.Kind.BASELINE, number__lt=assessment_round.number
        ).order_by("number")
    other = rounds.values("pk")[:1]
    return list(
        Question.objects.filter(dimension__level__version=Subquery(rounds.values("version")[:1]))
        .annotate(
            **_round_scores(Subquery(other)),
            round_number=Subquery(rounds.values("number")[:1]),
            round_kind=Subquery(rounds.values("kind")[:1]),
        )
        .order_by(*QUESTION_ORDER)
        .values(
            "dimension__code",
            "dimension__name",
            "dimension__level__code",
            "rating_count",
            "average_current",
            "average_desired",
            "consensus_current",
            "consensus_desired",
            "round_number",
            "round_kind",
        )
    )
