"""Celery entry points of the core; the work is in services."""

from celery import current_app, shared_task

from cdfacil import services


@shared_task(
    bind=True,
    acks_late=True,
    autoretry_for=(OSError,),
    retry_backoff=True,
    retry_backoff_max=120,
    retry_kwargs={"max_retries": 3},
)
def render_report(self, job_id: int, attempt: int | None = None) -> None:
    services.report_render(job_id=job_id, attempt=attempt, worker=self.request.hostname or "")


@shared_task(ignore_result=True)
def sweep_report_jobs() -> int:
    """Run by Celery beat (CELERY_BEAT_SCHEDULE)."""
    return services.report_jobs_sweep(alive=_workers_answering())


def _workers_answering() -> set[str] | None:
    """The node names of the workers that answer a ping now; None when none answers (the broker
    cannot be asked), so that nothing is taken for lost on no evidence."""
    if current_app.conf.task_always_eager:
        return None
    replies = current_app.control.ping(timeout=2.0) or []
    return {name for reply in replies for name in reply} or None
