"""Celery entry points of events; the work is in services."""

from celery import shared_task
from django.conf import settings

from events.services import invitations


# SMTP errors, refused and dropped connections and timeouts are all OSError: tried again after
# 30 s, 1, 2, 4... minutes (at most 30), then given up and logged by the worker.
@shared_task(
    acks_late=True,
    autoretry_for=(OSError,),
    retry_backoff=30,
    retry_backoff_max=1800,
    retry_jitter=True,
    retry_kwargs={"max_retries": settings.CDFACIL_EMAIL_MAX_RETRIES},
)
def send_invitation_email(invitation_id: int, base_url: str) -> None:
    invitations.invitation_email_send(invitation_id=invitation_id, base_url=base_url)
