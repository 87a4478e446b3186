"""Celery entry points of events; the work is in services."""

from celery import shared_task
from django.conf import settings

from events.services import invitations

# How every email task runs (the workshops' evaluation links too): SMTP errors, refused and
# dropped connections and timeouts are all OSError, tried again after 30 s, 1, 2, 4... minutes
# (at most 30), then given up and logged by the worker.
EMAIL_TASK = {
    "acks_late": True,
    "autoretry_for": (OSError,),
    "retry_backoff": 30,
    "retry_backoff_max": 1800,
    "retry_jitter": True,
    "retry_kwargs": {"max_retries": settings.CDFACIL_EMAIL_MAX_RETRIES},
}


@shared_task(**EMAIL_TASK)
def send_invitation_email(invitation_id: int, base_url: str) -> None:
    invitations.invitation_email_send(invitation_id=invitation_id, base_url=base_url)


@shared_task(ignore_result=True)
def send_reminders() -> int:
    """Run by Celery beat (CELERY_BEAT_SCHEDULE): queue the reminders due."""
    from events.services import reminders

    return reminders.reminders_queue(base_url=settings.CDFACIL_BASE_URL)


@shared_task(**EMAIL_TASK)
def send_reminder_email(user_id: int, keys: list[str], base_url: str) -> None:
    from events.services import reminders

    reminders.reminder_email_send(user_id=user_id, keys=keys, base_url=base_url)
