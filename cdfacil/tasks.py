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
def render_report(job_id: int) -> None:
    services.report_render(job_id=job_id)
