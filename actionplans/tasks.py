"""Celery entry points of action plans; the work is in services."""

from celery import shared_task
from django.conf import settings

from actionplans.services import versions


# As the invitations' emails: the mail server's errors (OSError) are tried again with backoff.
@shared_task(
    acks_late=True,
    autoretry_for=(OSError,),
    retry_backoff=30,
    retry_backoff_max=1800,
    retry_jitter=True,
    retry_kwargs={"max_retries": settings.CDFACIL_EMAIL_MAX_RETRIES},
)
def send_withdrawal_email(version_id: int, donor_id: int) -> None:
    versions.withdrawal_email_send(version_id=version_id, donor_id=donor_id)
