"""The agreement of the members' ratings, least agreement first, and what the projector shows."""

from collections import Counter

import pytest

from assessments.models import Answer, Question
from assessments.selectors import consensus as consensus_selectors
from builders.demo.event import _demo_scores
from builders.rounds import answered_round, consensus_agreed

pytestmark = pytest.mark.django_db


def test_agreement_lists_least_agreement_first(event, default_version, six_members, members):
    assessment_round = answered_round(event=event, members=members, scores=(2, 3))
    questions = list(Question.objects.filter(dimension__level__version=default_version))
    split = questions[5]
    Answer.objects.filter(question=split, response__respondent=six_members[0].user).update(
        current=4
    )
    Answer.objects.filter(question=split, response__respondent=six_members[1].user).update(
        current=1
    )
    rows = consensus_selectors.question_agreement(assessment_round=assessment_round)
    assert rows[0]["question"] == split
    assert (rows[0]["min"], rows[0]["max"], rows[0]["spread"], rows[0]["count"]) == (1, 4, 3, 6)
    assert rows[1]["spread"] == 0


def test_the_desired_ratings_and_dont_know_count_in_the_order(event, default_version, members):
    questions = list(Question.objects.filter(dimension__level__version=default_version))
    split_desired, unsure, unanswered = questions[7], questions[3], questions[9]

    def scores(member, position):
        if position == questions.index(unanswered):
            return {"kind": "dont_know"}
        if position == questions.index(split_desired):
            return {"current": 2, "desired": 1 + member % 4}  # desired 1 to 4
        if position == questions.index(unsure) and member < 2:
            return {"kind": "dont_know"}
        return {"current": 2, "desired": 3}

    assessment_round = answered_round(event=event, members=members, scores=scores)
    rows = consensus_selectors.question_agreement(assessment_round=assessment_round)
    assert rows[0]["question"] == split_desired
    assert (rows[0]["spread"], rows[0]["desired"]["spread"], rows[0]["disagreement"]) == (0, 3, 3)
    # Everyone else agrees: the two "don't know"s put `unsure` next; then framework order.
    assert rows[1]["question"] == unsure and rows[1]["dont_know"] == 2
    assert rows[2]["question"] == questions[0]
    # Only "don't know"s: no spread to discuss from, at the end.
    assert rows[-1]["question"] == unanswered and rows[-1]["disagreement"] is None


def ties(keys) -> tuple[int, int]:
    """How many places the order has, and how many questions share the most crowded one."""
    counts = Counter(keys)
    return len(counts), max(counts.values())


def test_far_fewer_questions_tie_on_the_demo_round(event, default_version, six_members):
    """The demo's round (day 4: four of five members submitted, some "don't know"s): with the
    current ratings' spread alone 4 places for 60 questions and 24 of them level at one; with
    both spreads, the "don't know"s and the deviations, 29 places and at most 6 level."""
    count = Question.objects.filter(dimension__level__version=default_version).count()
    assessment_round = answered_round(
        event=event,
        members=[member.user for member in six_members[:5]],
        scores=_demo_scores(count, (1, 1, 1, 1, 0.5)),
        submitted=4,
    )
    rows = consensus_selectors.question_agreement(assessment_round=assessment_round)
    before = ties(row["spread"] for row in rows)
    after = ties(consensus_selectors._order(row)[:-1] for row in rows)
    assert (len(rows), before, after) == (60, (4, 24), (29, 6))


def test_next_open_skips_agreed_questions_and_goes_round(event, default_version, members):
    assessment_round = answered_round(event=event, members=members, scores=(2, 3))
    rows = consensus_selectors.question_agreement(assessment_round=assessment_round)
    consensus_agreed(
        assessment_round=assessment_round,
        questions=[row["question"] for row in rows[1:3]],
        by=members[0],
    )
    rows = consensus_selectors.question_agreement(assessment_round=assessment_round)
    assert consensus_selectors.next_open(rows, after=None) is rows[0]
    assert consensus_selectors.next_open(rows, after=0) is rows[3]
    # From the last, round to the top; never the question itself.
    assert consensus_selectors.next_open(rows, after=len(rows) - 1) is rows[0]
    assert consensus_selectors.next_open(rows[:3], after=0) is None


def test_the_projector_shows_submitted_ratings_and_evidence_without_names(
    event, default_version, members
):
    questions = list(Question.objects.filter(dimension__level__version=default_version))
    target = questions[4]
    said = ["Budget lines exist", "", "Not seen in the review", "", "Ask finance", "Draft only"]

    def scores(member, position):
        if position != questions.index(target):
            return {"current": 2, "desired": 3}
        if member == 4:
            return {"kind": "dont_know", "evidence": said[member]}
        return {"current": 1 + member % 3, "desired": 4, "evidence": said[member]}

    # The sixth member has not submitted: their answer stays theirs.
    assessment_round = answered_round(event=event, members=members, scores=scores, submitted=5)
    shown = consensus_selectors.projector_question(
        assessment_round=assessment_round, question_pk=target.pk
    )
    assert shown["question"] == target and (shown["rank"], shown["total"]) == (1, len(questions))
    assert shown["current_ratings"] == [1, 1, 2, 3] and shown["desired_ratings"] == [4] * 4
    assert shown["dont_know"] == 1
    assert [item["text"] for item in shown["evidence"]] == [
        "Ask finance",  # "don't know" first, then by rating
        "Budget lines exist",
        "Not seen in the review",
    ]
    assert set(shown["evidence"][1]) == {"kind", "current", "desired", "text"}
    assert shown["next"]["question"] != target
    other = answered_round(event=event, members=members, scores=None)
    assert consensus_selectors.projector_question(assessment_round=other, question_pk=0) is None
