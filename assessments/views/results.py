"""A round's results page with its charts, and the round's exports for facilitators."""

from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from assessments import exports, figures
from assessments.selectors import results as result_selectors
from assessments.selectors import rounds as round_selectors
from cdfacil.downloads import content_disposition
from cdfacil.models import AuditEntry
from cdfacil.services import audit_record
from cdfacil.web import object_view


@object_view("assessments.view_results", load=round_selectors.round_for)
def results(request, assessment_round):
    # Facilitators see every answer anyway: theirs is the live view. Members see only figures
    # from enough people's ratings of each question, of rounds that have closed.
    live = request.user.has_perm("assessments.manage_round", assessment_round)
    results = result_selectors.round_results(assessment_round=assessment_round, live=live)
    # Development partners are at most two in a core group: their average would expose
    # individual scores, so the comparison of groups is for the event's facilitators only.
    by_group = result_selectors.group_averages(assessment_round=assessment_round) if live else None
    charts = figures.results_figures(
        assessment_round=assessment_round,
        results=results,
        compared=result_selectors.compared_round_results(
            assessment_round=assessment_round, live=live
        ),
        by_group=by_group,
    )
    return render(
        request,
        "assessments/results.html",
        {
            "event": assessment_round.event,
            "round": assessment_round,
            "results": results,
            "min_responses": round_selectors.MIN_RESPONSES_FOR_AGGREGATES,
            "live": live,
            **charts,
        },
    )


def _download(content: bytes, *, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = content_disposition(filename)
    # Individual answers, even pseudonymised, stay out of shared caches.
    response["Cache-Control"] = "private, no-store"
    return response


def _export_view(make, *, content_type: str, extension: str):
    """A download of one of the round's exports, made by `make(assessment_round=...)`. Each
    download is recorded in the audit log: it carries every member's answers."""

    @object_view("assessments.manage_round", load=round_selectors.round_for)
    def export(request, assessment_round):
        audit_record(
            action=AuditEntry.Action.ANSWERS_EXPORTED,
            summary=_("Answers of assessment round %(number)s exported (%(format)s).")
            % {"number": assessment_round.number, "format": extension.upper()},
            by=request.user,
            event=assessment_round.event,
            request=request,
            details={"round": assessment_round.pk, "format": extension},
        )
        return _download(
            make(assessment_round=assessment_round),
            content_type=content_type,
            filename=exports.export_filename(
                assessment_round=assessment_round, extension=extension
            ),
        )

    return export


export_xlsx = _export_view(
    exports.round_workbook,
    content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extension="xlsx",
)
export_csv = _export_view(
    exports.round_answers_csv, content_type="text/csv; charset=utf-8", extension="csv"
)
