"""The shared-needs round as an XLSX workbook (openpyxl): the ranked result, the shared needs
with their sources, and every candidate.

Text that people typed is written as text, never as a formula a spreadsheet would run.
"""

import io

from django.utils.translation import gettext as _
from openpyxl import Workbook

from actionplans.exports import _append, _widths

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def change_label(row) -> str:
    if row["change"] == "new":
        return _("New")
    if row["change"] == "rose":
        return _("Rose from %(rank)d") % {"rank": row["last_rank"]}
    if row["change"] == "fell":
        return _("Fell from %(rank)d") % {"rank": row["last_rank"]}
    return _("Same rank")


def source_label(candidate) -> str:
    if candidate.member_id:
        return str(candidate.member.organisation)
    if candidate.event_id:
        return str(candidate.event.title)
    return ""


def round_workbook(*, round_, result, needs, candidates) -> bytes:
    book = Workbook()
    ranked = book.active
    ranked.title = _("Result")
    _append(
        ranked,
        [
            _("Rank"),
            _("Shared need"),
            _("Level"),
            _("Theme"),
            _("Points"),
            _("Members behind it"),
            _("Ballots"),
            _("Fewest points"),
            _("Most points"),
            _("Mean importance"),
            _("Mean feasibility"),
            _("Since last year"),
        ],
        bold=True,
    )
    for row in result["rows"]:
        _append(
            ranked,
            [
                row["rank"],
                row["title"],
                row["level_label"],
                row["theme"],
                row["points"],
                row["members"],
                row["ballots"],
                row["min"],
                row["max"],
                row["importance"],
                row["feasibility"],
                change_label(row),
            ],
        )
    _widths(ranked, [6, 50, 16, 20, 8, 10, 8, 10, 10, 10, 10, 16])

    shared = book.create_sheet(_("Shared needs"))
    _append(
        shared,
        [
            _("Shared need"),
            _("Source"),
            _("Member or event"),
            _("Candidate"),
            _("Question"),
            _("Gap"),
        ],
        bold=True,
    )
    for need in needs:
        for candidate in need.sources.all():
            _append(
                shared,
                [
                    need.title,
                    candidate.get_source_display(),
                    source_label(candidate),
                    candidate.title,
                    candidate.question_code,
                    candidate.gap,
                ],
            )
        if not need.sources.all():
            _append(shared, [need.title, "", "", "", "", None])
    _widths(shared, [40, 26, 30, 40, 10, 8])

    sheet = book.create_sheet(_("Candidates"))
    _append(
        sheet,
        [
            _("Candidate"),
            _("Description"),
            _("Source"),
            _("Member or event"),
            _("Level"),
            _("Theme"),
            _("Method wanted"),
            _("Urgency"),
            _("Concerned"),
            _("Question"),
            _("Gap"),
            _("Shared need"),
        ],
        bold=True,
    )
    for candidate in candidates:
        _append(
            sheet,
            [
                candidate.title,
                candidate.description,
                candidate.get_source_display(),
                source_label(candidate),
                candidate.get_level_display() if candidate.level else "",
                candidate.theme,
                candidate.get_method_display() if candidate.method else "",
                candidate.get_urgency_display() if candidate.urgency else "",
                candidate.concerned,
                candidate.question_code,
                candidate.gap,
                candidate.shared_need.title if candidate.shared_need_id else "",
            ],
        )
    _widths(sheet, [40, 50, 26, 30, 16, 20, 20, 12, 30, 10, 8, 40])
    stream = io.BytesIO()
    book.save(stream)
    return stream.getvalue()
