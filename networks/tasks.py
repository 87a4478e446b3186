"""Celery entry points of networks; the work is in services."""

from celery import shared_task

from events.tasks import EMAIL_TASK
from networks.services import invitations, reporting


@shared_task(**EMAIL_TASK)
def send_network_invitation_email(invitation_id: int, base_url: str) -> None:
    invitations.invitation_email_send(invitation_id=invitation_id, base_url=base_url)


@shared_task(**EMAIL_TASK)
def send_reminder_email(period_id: int, member_id: int, base_url: str) -> int:
    return reporting.reminder_email_send(
        period_id=period_id, member_id=member_id, base_url=base_url
    )


@shared_task(**EMAIL_TASK)
def send_submission_email(period_id: int, base_url: str) -> int:
    return reporting.submission_email_send(period_id=period_id, base_url=base_url)
