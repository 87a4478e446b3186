"""Exports of an assessment round to Excel (openpyxl) and CSV, for the facilitators.

Answers are pseudonymised: each respondent is "Member A", "Member B", ... in the order their
responses were created, and no name, email or organisation is ever written. Text that a
spreadsheet would run as a formula is neutralised. Each export makes a fixed number of queries.
"""

import csv
import io
from collections.abc import Callable, Iterable

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from assessments.models import Answer, AssessmentRound, ConsensusScore, Response, translated
from assessments.selectors.results import QUESTION_ORDER, round_results
from cdfacil.downloads import download_name, sector_and_country

# A spreadsheet runs cells that start with these as formulas (OWASP "CSV injection"); tab and
# carriage return are on OWASP's list too.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
MIN_WIDTH, MAX_WIDTH = 8, 60


def pseudonym(index: int) -> str:
    """The pseudonym of the index-th respondent: Member A ... Member Z, Member AA, ..."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return _("Member %(letter)s") % {"letter": letters}


def safe_cell(value):
    """The value, with control characters removed and text that a spreadsheet would then take
    as a formula made literal.

    Control characters (other than tab and line breaks) go first: the workbook's XML cannot hold
    them, and removing them after the check would uncover a formula behind them.
    """
    if not isinstance(value, str):
        return value
    value = ILLEGAL_CHARACTERS_RE.sub("", value)
    if value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def round_file_words(assessment_round: AssessmentRound) -> list[str]:
    """What names a round's files after their kind: "Santé Ouganda", "Situation de référence
    (cycle 1)", in the active language."""
    number = _("round %(number)s") % {"number": assessment_round.number}
    return [
        sector_and_country(assessment_round.event),
        f"{assessment_round.get_kind_display()} ({number})",
    ]


def export_filename(*, assessment_round: AssessmentRound, extension: str) -> str:
    """ "Réponses à l'évaluation - Santé Ouganda - Situation de référence (cycle 1).xlsx"."""
    return download_name(
        _("Assessment answers"), *round_file_words(assessment_round), extension=extension
    )


# --- Tables -----------------------------------------------------------------------------------


def _table(items: Iterable, columns: list[tuple[str, Callable]]) -> tuple[list[str], list[list]]:
    """The header and rows of a table given as its columns: each a heading and how to read the
    column's value from one item."""
    header = [heading for heading, _value in columns]
    rows = [[value(item) for _heading, value in columns] for item in items]
    return header, rows


def answers_table(*, assessment_round: AssessmentRound) -> tuple[list[str], list[list]]:
    """One row per answer of a submitted response. Two queries whatever the size."""
    response_ids = assessment_round.responses.order_by("pk").values_list("pk", flat=True)
    members = {response_id: pseudonym(i) for i, response_id in enumerate(response_ids)}
    answers = (
        Answer.objects.filter(
            response__round=assessment_round, response__status=Response.Status.SUBMITTED
        )
        .select_related("question")
        .order_by("response_id", *(f"question__{field}" for field in QUESTION_ORDER))
    )
    return _table(
        answers,
        [
            (_("Member"), lambda answer: members[answer.response_id]),
            (_("Question code"), lambda answer: answer.question.code),
            (_("Question"), lambda answer: translated(answer.question.text)),
            (_("Answer"), lambda answer: answer.get_kind_display()),
            (_("Current"), lambda answer: answer.current),
            (_("Desired"), lambda answer: answer.desired),
            (_("Evidence"), lambda answer: answer.evidence),
        ],
    )


def consensus_table(*, assessment_round: AssessmentRound) -> tuple[list[str], list[list]]:
    scores = (
        ConsensusScore.objects.filter(round=assessment_round)
        .select_related("question")
        .order_by(*(f"question__{field}" for field in QUESTION_ORDER))
    )
    return _table(
        scores,
        [
            (_("Question code"), lambda score: score.question.code),
            (_("Question"), lambda score: translated(score.question.text)),
            (_("Agreed current"), lambda score: score.current),
            (_("Agreed desired"), lambda score: score.desired),
            (_("Rationale"), lambda score: score.rationale),
            (_("Dissent"), lambda score: score.dissent),
        ],
    )


def results_table(*, assessment_round: AssessmentRound) -> tuple[list[str], list[list]]:
    """Per dimension, the same figures as the facilitators' results page (consensus where
    recorded, else every submitted rating): the exports are for facilitators only."""
    dimensions = round_results(assessment_round=assessment_round, live=True)["dimensions"]
    return _table(
        dimensions,
        [
            (_("Level"), lambda row: translated(row["level_name"])),
            (_("Dimension code"), lambda row: row["key"]),
            (_("Dimension"), lambda row: translated(row["name"])),
            (_("Current"), lambda row: _rounded(row["current"])),
            (_("Desired"), lambda row: _rounded(row["desired"])),
            (_("Gap"), lambda row: _rounded(row["gap"])),
            (_("Questions with consensus"), lambda row: row["consensus_count"]),
        ],
    )


def _rounded(value):
    return round(value, 2) if value is not None else None


# --- Files ------------------------------------------------------------------------------------


def round_workbook(*, assessment_round: AssessmentRound) -> bytes:
    """The workbook: sheets "Answers", "Consensus" and "Results"."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    workbook.properties.creator = "cdfacil"
    sheets = [
        ("Answers", answers_table(assessment_round=assessment_round)),
        ("Consensus", consensus_table(assessment_round=assessment_round)),
        ("Results", results_table(assessment_round=assessment_round)),
    ]
    for name, (header, rows) in sheets:
        _write_sheet(workbook.create_sheet(name), header, rows)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _write_sheet(sheet, header: list[str], rows: list[list]) -> None:
    sheet.append([safe_cell(value) for value in header])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([safe_cell(value) for value in row])
    sheet.freeze_panes = "A2"
    for index, column in enumerate(zip(header, *rows, strict=False), start=1):
        longest = max(_longest_line(value) for value in column)
        width = min(max(longest + 2, MIN_WIDTH), MAX_WIDTH)
        sheet.column_dimensions[get_column_letter(index)].width = width
        if longest > MAX_WIDTH:
            for cell in sheet[get_column_letter(index)][1:]:
                cell.alignment = Alignment(wrap_text=True, vertical="top")


def _longest_line(value) -> int:
    if value is None:
        return 0
    return max(len(line) for line in str(value).splitlines() or [""])


def round_answers_csv(*, assessment_round: AssessmentRound) -> bytes:
    """The Answers table as CSV, UTF-8 with a byte-order mark so that Excel reads accents."""
    header, rows = answers_table(assessment_round=assessment_round)
    return _csv_bytes([header, *rows])


def _csv_bytes(rows: Iterable[list]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in rows:
        writer.writerow(["" if value is None else safe_cell(value) for value in row])
    return buffer.getvalue().encode("utf-8-sig")
