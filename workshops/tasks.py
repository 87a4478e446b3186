"""Celery entry points of the workshops; the work is in services."""

from celery import shared_task
from django.conf import settings

from workshops.services import evaluation


# As the invitations' emails: a mail server's errors (OSError) are tried again after 30 s,
# 1, 2, 4... minutes (at most 30), then given up and logged by the worker.
@shared_task(
    acks_late=True,
    autoretry_for=(OSError,),
    retry_backoff=30,
    retry_backoff_max=1800,
    retry_jitter=True,
    retry_kwargs={"max_retries": getattr(settings, "CDFACIL_EMAIL_MAX_RETRIES", 5)},
)
def send_evaluation_email(evaluation_id: int, participation_id: int, base_url: str) -> None:
    evaluation.evaluation_email_send(
        evaluation_id=evaluation_id, participation_id=participation_id, base_url=base_url
    )
