"""Report pages: ask for a PDF, watch its job, download it. Rendering happens in workers."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cdfacil import pdf, reports, services
from cdfacil.downloads import content_disposition
from cdfacil.models import AuditEntry, ReportJob


def _job_and_subject(user, pk):
    """The job and its subject when the person may see the subject; 404 otherwise."""
    job = get_object_or_404(ReportJob, pk=pk)
    kind = reports.get(job.kind)
    subject = kind.load_for(user, job.subject_id) if kind else None
    if subject is None:
        raise Http404
    return job, kind, subject


@require_POST
@login_required
def report_request(request, kind, subject_id):
    report_kind = reports.get(kind)
    subject = report_kind.load_for(request.user, subject_id) if report_kind else None
    if subject is None:
        raise Http404
    language = services.report_language(
        kind=report_kind, subject=subject, requested=request.POST.get("language", "")
    )
    job = services.report_request(
        kind=report_kind, subject=subject, language=language, by=request.user
    )
    return redirect("report_job", job.pk)


@login_required
def report_job(request, pk):
    job, kind, subject = _job_and_subject(request.user, pk)
    if request.htmx:
        return render(request, "reports/job.html#status", {"job": job})
    subject_event = kind.event_of(subject)
    event = (
        reports.participant_event(user=request.user, event=subject_event) if kind.of_event else None
    )
    return render(
        request,
        "reports/job.html",
        {
            "job": job,
            "kind": kind,
            "subject": subject,
            "event": event,
            "time_zone": subject_event.time_zone,
            "back_url": kind.back_url(subject),
        },
    )


@require_POST
@login_required
def report_retry(request, pk):
    job, kind, subject = _job_and_subject(request.user, pk)
    if not job.can_retry:
        messages.info(request, _("Only a failed or stalled report can be tried again."))
        return redirect("report_job", job.pk)
    # A failed job stays on record; a stalled one is marked failed as the new one is queued.
    new = services.report_request(
        kind=kind, subject=subject, language=job.language, by=request.user
    )
    return redirect("report_job", new.pk)


@login_required
def report_download(request, pk):
    job, kind, subject = _job_and_subject(request.user, pk)
    if job.status != ReportJob.Status.DONE or not job.file_name:
        raise Http404
    path = pdf.report_storage_dir() / job.file_name
    if not path.is_file():
        raise Http404
    services.audit_record(
        action=AuditEntry.Action.REPORT_DOWNLOADED,
        summary=_("Report “%(report)s” downloaded (%(language)s).")
        % {"report": kind.label, "language": job.language_name},
        by=request.user,
        event=reports.audited_event(kind, subject),
        request=request,
        details={"job": job.pk, "kind": job.kind, "subject": job.subject_id},
    )
    response = FileResponse(path.open("rb"), content_type="application/pdf")
    response["Content-Disposition"] = content_disposition(
        kind.file_name(subject, language=job.language)
    )
    return response
