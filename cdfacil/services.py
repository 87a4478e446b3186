"""Writes of the shared core: report jobs."""

import os
import tempfile

from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from cdfacil import pdf, reports
from cdfacil.fingerprints import fingerprint
from cdfacil.models import ReportJob

ACTIVE = [ReportJob.Status.QUEUED, ReportJob.Status.RUNNING]


def report_request(*, kind: reports.ReportKind, subject, language: str, requested_by) -> ReportJob:
    """A job for this report: a finished one with the same content is reused, a queued or
    running one is shared; otherwise a new job is queued and sent after the commit."""
    from cdfacil.tasks import render_report

    content_fingerprint = fingerprint({"content": kind.content(subject), "language": language})
    same = ReportJob.objects.filter(kind=kind.name, subject_id=subject.pk, language=language)
    done = same.filter(status=ReportJob.Status.DONE, content_fingerprint=content_fingerprint)
    if (job := done.order_by("-finished_at").first()) is not None:
        return job
    if (job := same.filter(status__in=ACTIVE).first()) is not None:
        return job
    try:
        with transaction.atomic():
            job = ReportJob.objects.create(
                kind=kind.name,
                subject_id=subject.pk,
                language=language,
                requested_by=requested_by,
                content_fingerprint=content_fingerprint,
            )
    except IntegrityError:
        # Someone asked for the same report at the same moment: share their job.
        return same.filter(status__in=ACTIVE).first()
    transaction.on_commit(lambda: render_report.apply_async(args=[job.pk], queue="reports"))
    return job


def report_render(*, job_id: int) -> None:
    """Render one job. Safe to run twice: the row is locked and a finished job is left alone.
    The file is written to a temporary name and moved into place, so it is whole or absent."""
    with transaction.atomic():
        job = ReportJob.objects.select_for_update().filter(pk=job_id).first()
        if job is None or job.status in (ReportJob.Status.DONE, ReportJob.Status.FAILED):
            return
        job.status = ReportJob.Status.RUNNING
        job.started_at = timezone.now()
        job.save(update_fields=["status", "started_at"])
    kind = reports.get(job.kind)
    try:
        if kind is None:
            raise LookupError(f"Unknown report kind {job.kind}")
        subject = kind.load_for(None, job.subject_id)
        if subject is None:
            raise LookupError("The subject of this report no longer exists.")
        with translation.override(job.language):
            html = render_to_string(
                kind.template, {"subject": subject, "job": job, **kind.context(subject)}
            )
        data, pages = pdf.render_pdf(html)
        directory = pdf.report_storage_dir()
        name = f"{job.kind}-{job.subject_id}-{job.pk}.pdf"
        with tempfile.NamedTemporaryFile(dir=directory, delete=False, suffix=".part") as handle:
            handle.write(data)
        os.replace(handle.name, directory / name)
    except OSError:
        # Disk or font trouble may pass: the task retries with backoff.
        ReportJob.objects.filter(pk=job.pk).update(status=ReportJob.Status.QUEUED)
        raise
    except Exception as error:  # noqa: BLE001  (template and data errors are final)
        ReportJob.objects.filter(pk=job.pk).update(
            status=ReportJob.Status.FAILED, finished_at=timezone.now(), error=str(error)[:2000]
        )
        return
    ReportJob.objects.filter(pk=job.pk).update(
        status=ReportJob.Status.DONE, finished_at=timezone.now(), file_name=name, page_count=pages
    )
