"""Celery entry points of the core; the work is in services."""

from celery import shared_task

from cdfacil import services


@shared_task(
    acks_late=True,
    autoretry_for=(OSError,),
    retry_backoff=True,
    retry_backoff_max=120,
    retry_kwargs={"max_retries": 3},
)
def render_report(job_id: int, attempt: int | None = None) -> None:
    services.report_render(job_id=job_id, attempt=attempt)


@shared_task(ignore_result=True)
def sweep_report_jobs() -> int:
    """Run by Celery beat (CELERY_BEAT_SCHEDULE)."""
    return services.report_jobs_sweep()
