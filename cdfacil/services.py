"""Writes of the shared core: report jobs and the audit log."""

import ipaddress
import json
import os
import tempfile
from datetime import timedelta

from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Model, Q
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext

from cdfacil import contents, pdf, reports
from cdfacil.fingerprints import fingerprint
from cdfacil.models import AuditEntry, ReportJob, User

ACTIVE = [ReportJob.Status.QUEUED, ReportJob.Status.RUNNING]


def report_language(*, kind: reports.ReportKind, subject: Model, requested: str = "") -> str:
    """The language asked for when it is one of the platform's, else the event's."""
    languages = {code for code, _name in settings.LANGUAGES}
    if requested in languages:
        return requested
    event_language = getattr(kind.event_of(subject), "language", "")
    return event_language if event_language in languages else settings.LANGUAGE_CODE


def _stop_stale(job: ReportJob) -> None:
    """A job whose worker died (or whose message was lost) ends as failed, with the reason."""
    if job.status == ReportJob.Status.RUNNING:
        reason = gettext("The worker stopped before the report was finished.")
    else:
        reason = gettext("No worker picked the report up in time.")
    ReportJob.objects.filter(pk=job.pk, status=job.status, attempts=job.attempts).update(
        status=ReportJob.Status.FAILED, finished_at=timezone.now(), error=reason
    )


def report_jobs_sweep(*, alive: set[str] | None = None) -> int:
    """Recover each job that has not moved for longer than it may, without waiting for anyone
    to open its page; run by Celery beat. `alive`, the workers that answered a ping just now,
    also gives up at once each running try whose worker is not among them. Returns how many
    jobs it changed."""
    now = timezone.now()
    running_for = timedelta(
        seconds=settings.CELERY_TASK_TIME_LIMIT + settings.CDFACIL_REPORT_STALE_GRACE
    )
    queued_for = timedelta(seconds=settings.CDFACIL_REPORT_QUEUE_TIMEOUT)
    stuck = ReportJob.objects.filter(
        Q(status=ReportJob.Status.RUNNING, started_at__lt=now - running_for)
        | Q(status=ReportJob.Status.QUEUED, queued_at__lt=now - queued_for)
    )
    changed = sum(_recover(job_id=pk) for pk in stuck.values_list("pk", flat=True))
    if alive:
        lost = (
            ReportJob.objects.filter(status=ReportJob.Status.RUNNING)
            .exclude(worker="")
            .exclude(worker__in=alive)
            .values_list("pk", "worker")
        )
        changed += sum(_recover(job_id=pk, lost_worker=worker) for pk, worker in lost)
    return changed


@transaction.atomic
def _recover(*, job_id: int, lost_worker: str = "") -> bool:
    """A running job whose worker was lost is queued once more, as its next try; after the last
    try, or when no worker ever started it, it fails with the reason and can be tried again.
    With `lost_worker`, the job is recovered while that worker still holds its try, however
    recently it started: the worker no longer answers.

    The row is locked and checked again, so a worker finishing at this moment and this sweep
    (or another one) cannot both win; the lost try's worker, if it comes back, finds its try
    superseded and leaves the job alone (report_render)."""
    from cdfacil.tasks import render_report

    job = ReportJob.objects.select_for_update(skip_locked=True).filter(pk=job_id).first()
    if job is None or job.status not in ACTIVE:
        return False
    lost = lost_worker and job.status == ReportJob.Status.RUNNING and job.worker == lost_worker
    if not (lost or job.is_stale):
        return False
    if job.status == ReportJob.Status.QUEUED:
        with translation.override(job.language):
            _fail_for_good(job, gettext("No worker picked the report up in time."))
    elif _next_try(job):
        job.status, job.queued_at, job.started_at = ReportJob.Status.QUEUED, timezone.now(), None
        job.worker = ""
        job.save(update_fields=["attempts", "status", "queued_at", "started_at", "worker", "error"])
        attempt = job.attempts
        transaction.on_commit(lambda: render_report.delay(job.pk, attempt))
    return True


def _next_try(job: ReportJob) -> bool:
    """The worker of this running job was lost: count the next try, or, after the last one,
    fail the job for good. Returns whether a try is left; the caller holds the row's lock."""
    with translation.override(job.language):
        if job.attempts < ReportJob.MAX_ATTEMPTS:
            job.attempts += 1
            job.error = gettext("The worker stopped while rendering; tried again.")
            return True
        _fail_for_good(
            job,
            gettext(
                "The worker stopped while rendering, on every try. Try again later; if it "
                "stops again, ask the platform's administrator to look at the report service."
            ),
        )
    return False


def _fail_for_good(job: ReportJob, reason: str) -> None:
    job.status, job.finished_at, job.error = ReportJob.Status.FAILED, timezone.now(), reason
    job.save(update_fields=["status", "finished_at", "error"])


def report_request(
    *, kind: reports.ReportKind, subject: Model, language: str, by: User | None
) -> ReportJob:
    """A job for this report: a queued or running one for the same subject, kind and language
    is shared (unless it is stale); otherwise a new job is queued and sent to the reports queue
    after the commit. The request reads nothing else: the worker gathers the content, and
    reuses the file of a finished job whose content was the same."""
    from cdfacil.tasks import render_report

    same = ReportJob.objects.filter(kind=kind.name, subject_id=subject.pk, language=language)
    if (job := same.filter(status__in=ACTIVE).first()) is not None:
        if not job.is_stale:
            return job
        _stop_stale(job)
    try:
        with transaction.atomic():
            job = ReportJob.objects.create(
                kind=kind.name, subject_id=subject.pk, language=language, requested_by=by
            )
    except IntegrityError:
        # Someone asked for the same report at the same moment: share their job.
        return same.filter(status__in=ACTIVE).first()
    # The task is routed to the reports queue (CELERY_TASK_ROUTES).
    transaction.on_commit(lambda: render_report.delay(job.pk, job.attempts))
    return job


def _write_whole(directory, name: str, data: bytes) -> None:
    """Write to a temporary name in the same folder, then rename: the file is whole or absent."""
    with tempfile.NamedTemporaryFile(dir=directory, delete=False, suffix=".part") as handle:
        try:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        except BaseException:
            handle.close()
            os.unlink(handle.name)
            raise
    os.replace(handle.name, directory / name)


_BUILD = object()


def report_html(
    *,
    kind: reports.ReportKind,
    subject: Model,
    language: str,
    job: ReportJob | None = None,
    front=_BUILD,
) -> str:
    """The report's HTML, in `language`: its front matter (cover, summary, contents) first when
    the kind has one, the contents listing the chapter headings the body prints. `front`: the
    front matter built already for this render (`report_front`), else it is built here."""
    with translation.override(language):
        if front is _BUILD:
            front = reports.front_matter(kind.name, subject)
        html = render_to_string(
            kind.template,
            {
                "subject": subject,
                "event": kind.event_of(subject),
                "job": job,
                "language": language,
                "generated_at": timezone.now(),
                "front": front,
                **kind.context(subject),
            },
        )
    return contents.with_contents(html) if front else html


def report_front(kind: reports.ReportKind, subject: Model, language: str) -> dict | None:
    """The front matter of one render, in `language`: built once, fingerprinted with the
    content, then handed to `report_html`."""
    with translation.override(language):
        return reports.front_matter(kind.name, subject)


def _front_content(front: dict | None):
    """The front matter as plain data (amounts as text), for the content's fingerprint."""
    return json.loads(json.dumps(front, default=str))


def report_render(*, job_id: int, attempt: int | None = None, worker: str = "") -> None:
    """Render one try of a job. Safe to run twice: the row is locked, a finished job is left
    alone, and so is a job queued again since this try (`attempt`) was sent; a try delivered
    again after its worker was lost counts as the next. Every write after
    the start holds only while the job is still this try and running, so a late worker never
    overwrites the try that replaced it. `worker` names the Celery worker taking this try."""
    with transaction.atomic():
        job = ReportJob.objects.select_for_update().filter(pk=job_id).first()
        if job is None or job.status in (ReportJob.Status.DONE, ReportJob.Status.FAILED):
            return
        if attempt is not None and attempt != job.attempts:
            return  # an earlier try, given back late by the broker
        # Running already: the worker that took this try was lost and the broker gave the
        # message back. A report that kills its worker every time stops after the last try.
        if job.status == ReportJob.Status.RUNNING and not _next_try(job):
            return
        job.status, job.started_at, job.worker = ReportJob.Status.RUNNING, timezone.now(), worker
        job.save(update_fields=["status", "started_at", "worker", "attempts", "error"])
    this_try = ReportJob.objects.filter(
        pk=job.pk, attempts=job.attempts, status=ReportJob.Status.RUNNING
    )
    pdf.remove_abandoned_parts(older_than=job.stale_after)
    kind = reports.get(job.kind)
    try:
        if kind is None:
            raise LookupError(f"Unknown report kind {job.kind}")
        subject = kind.load_for(None, job.subject_id)
        if subject is None:
            raise LookupError(gettext("The subject of this report no longer exists."))
        front = report_front(kind, subject, job.language)
        content = fingerprint(
            {
                "content": kind.content(subject),
                "front": _front_content(front),
                "language": job.language,
            }
        )
        this_try.update(content_fingerprint=content)
        if _reuse_finished(this_try, job, content):
            return
        html = report_html(kind=kind, subject=subject, language=job.language, job=job, front=front)
        data, pages = pdf.render_pdf(html)
        name = f"{job.kind}-{job.subject_id}-{job.pk}-{job.attempts}.pdf"
        _write_whole(pdf.report_storage_dir(), name, data)
    except SoftTimeLimitExceeded:
        _fail(this_try, gettext("Rendering took longer than the time allowed for a report."))
        return
    except pdf.FatalURLFetchingError as error:
        # A BaseException in WeasyPrint, so `except Exception` below would let it escape and
        # leave the job running: a template asked for something outside static/.
        _fail(this_try, str(error) or error.__class__.__name__)
        return
    except OSError:
        # Disk or font trouble may pass: the task retries with backoff.
        this_try.update(status=ReportJob.Status.QUEUED)
        raise
    except Exception as error:  # noqa: BLE001  (template and data errors are final)
        _fail(this_try, str(error) or error.__class__.__name__)
        return
    finished = this_try.update(
        status=ReportJob.Status.DONE, finished_at=timezone.now(), file_name=name, page_count=pages
    )
    if not finished:  # superseded while rendering: the newer try owns the job
        (pdf.report_storage_dir() / name).unlink(missing_ok=True)


def _reuse_finished(this_try, job: ReportJob, content: str) -> bool:
    """The same content was rendered before: point this job at that file."""
    done = (
        ReportJob.objects.filter(
            kind=job.kind,
            subject_id=job.subject_id,
            language=job.language,
            status=ReportJob.Status.DONE,
            content_fingerprint=content,
        )
        .exclude(file_name="")
        .order_by("-finished_at")
    )
    for earlier in done[:3]:
        if (pdf.report_storage_dir() / earlier.file_name).is_file():
            this_try.update(
                status=ReportJob.Status.DONE,
                finished_at=timezone.now(),
                file_name=earlier.file_name,
                page_count=earlier.page_count,
            )
            return True
    return False


def _fail(this_try, reason: str) -> None:
    this_try.update(status=ReportJob.Status.FAILED, finished_at=timezone.now(), error=reason[:2000])


# --- Audit log ----------------------------------------------------------------------------------


def _client_ip(request) -> str | None:
    """The client's address, found as the sign-in throttling finds it (through the configured
    number of proxies, CDFACIL_PROXY_COUNT)."""
    from axes.helpers import get_client_ip_address

    address = get_client_ip_address(request) if request is not None else None
    try:
        return str(ipaddress.ip_address(address)) if address else None
    except ValueError:
        return None


def audit_record(
    *,
    action: str,
    summary: str,
    by: User | None = None,
    event: Model | None = None,
    request: HttpRequest | None = None,
    details: dict | None = None,
    actor_label: str = "",
) -> AuditEntry:
    """Write one entry of the audit log. `summary` is the sentence readers see, already in
    words (callers translate it); `event` is any object with a pk, kept as a plain id so the
    core does not depend on the events app. `actor_label` is for a person with no account
    (a failed sign-in); otherwise the actor's name at this moment is kept."""
    if by is not None and not by.is_authenticated:
        by = None
    label = by.display_name if by is not None else actor_label
    entry = AuditEntry(
        action=action,
        summary=str(summary)[:500],
        actor=by,
        actor_label=label[:300],
        event_id=event.pk if event is not None else None,
        ip_address=_client_ip(request),
        details=details or {},
    )
    # The actor is a loaded user; validating it would cost a query per entry.
    entry.full_clean(exclude=["actor"])
    entry.save()
    return entry
