"""Celery entry points of the workshops; the work is in services."""

from celery import shared_task

from events.tasks import EMAIL_TASK
from workshops.services import evaluation


# Sent and tried again as the invitations' emails are.
@shared_task(**EMAIL_TASK)
def send_evaluation_email(evaluation_id: int, participation_id: int, base_url: str) -> None:
    evaluation.evaluation_email_send(
        evaluation_id=evaluation_id, participation_id=participation_id, base_url=base_url
    )
