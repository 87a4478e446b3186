"""Invitation emails leave from a Celery task after the commit, tried again when the mail
server fails; the request only queues them, and the page says "queued" only for what was."""

import smtplib
from unittest import mock

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend

from cdfacil.celery import app
from events.models import Invitation, RegistrationRequest
from events.services import invitations as invitation_services
from events.tasks import send_invitation_email
from tests.conftest import BASE_URL
from tests.events.helpers import invite, url

EMAIL = "amina.okello@example.org"


def invite_on_the_page(client, event, organisation):
    return client.post(
        url("invite", event),
        {
            "full_name": "Amina Okello",
            "email": EMAIL,
            "organisation": organisation.pk,
            "role": "stakeholder",
        },
        follow=True,
    ).content.decode()


@pytest.fixture
def broker_only(broker_queues):
    """Tasks go to the broker, as with a real worker, instead of running in the request."""
    app.conf.task_always_eager = False  # put back by the autouse settings fixture
    with app.connection_for_write() as conn:
        conn.default_channel.queue_purge("celery")


def run_queued_tasks() -> int:
    """What a worker does: take each message from the default queue and run its task."""
    done = 0
    with app.connection_for_read() as conn, conn.SimpleQueue("celery") as queue:
        while True:
            try:
                message = queue.get(timeout=1)
            except queue.Empty:
                return done
            args, kwargs, _embed = message.decode()
            app.tasks[message.headers["task"]].apply(args=args, kwargs=kwargs)
            message.ack()
            done += 1


@pytest.mark.django_db
def test_the_email_leaves_from_the_task_after_the_commit(
    event, facilitator, government_org, django_capture_on_commit_callbacks
):
    send = invitation_services.invitation_email_send
    send = invitation_services.invitation_email_send
    with mock.patch.object(invitation_services, "invitation_email_send", wraps=send) as task_body:
        with django_capture_on_commit_callbacks() as callbacks:
            invitation = invite(event, facilitator, government_org)
        assert mail.outbox == [] and not task_body.called  # nothing before the commit
        for callback in callbacks:  # the commit
            callback()
    task_body.assert_called_once_with(invitation_id=invitation.pk, base_url=BASE_URL + "/")
    assert invitation.email_queued is True
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [EMAIL]
    assert "/invitations/" in mail.outbox[0].body


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_no_mail_server_is_spoken_to_in_the_request(fclient, event, government_org, broker_only):
    with mock.patch.object(EmailBackend, "send_messages", autospec=True) as smtp:
        page = invite_on_the_page(fclient, event, government_org)
        assert not smtp.called  # the request ended without a word to the mail server
    assert f"Invitation queued: it will be emailed to {EMAIL}." in page
    assert mail.outbox == []
    assert run_queued_tasks() == 1  # the worker's turn
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [EMAIL]


class FlakyServer(EmailBackend):
    """A mail server that drops the first `failures` connections."""

    failures = 0
    calls = 0

    def send_messages(self, messages):
        FlakyServer.calls += 1
        if FlakyServer.calls <= FlakyServer.failures:
            raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
        return super().send_messages(messages)


@pytest.fixture
def flaky_server(settings):
    """The flaky server, and the task run as a worker runs it but with each retry at once
    (apply() runs the retries itself when it does not propagate errors)."""
    settings.EMAIL_BACKEND = f"{__name__}.FlakyServer"
    FlakyServer.calls = 0
    propagates = app.conf.task_eager_propagates
    app.conf.task_eager_propagates = False
    yield FlakyServer
    app.conf.task_eager_propagates = propagates


@pytest.mark.django_db
def test_a_failing_mail_server_is_tried_again(event, facilitator, government_org, flaky_server):
    invitation = invite(event, facilitator, government_org)
    flaky_server.failures = 2
    result = send_invitation_email.apply(args=(invitation.pk, BASE_URL))
    assert result.state == "SUCCESS" and result.info is None
    assert flaky_server.calls == 3 and len(mail.outbox) == 1  # sent on the third try


@pytest.mark.django_db
def test_the_retries_back_off_and_end(event, facilitator, government_org, flaky_server, settings):
    assert send_invitation_email.acks_late
    assert send_invitation_email.retry_backoff == 30 and send_invitation_email.retry_jitter
    assert send_invitation_email.retry_backoff_max == 1800
    assert issubclass(smtplib.SMTPException, send_invitation_email.autoretry_for)
    assert issubclass(ConnectionRefusedError, send_invitation_email.autoretry_for)
    invitation = invite(event, facilitator, government_org)
    flaky_server.failures = 100
    result = send_invitation_email.apply(args=(invitation.pk, BASE_URL))
    assert result.state == "FAILURE" and isinstance(result.result, smtplib.SMTPException)
    assert flaky_server.calls == settings.CDFACIL_EMAIL_MAX_RETRIES + 1 and mail.outbox == []


@pytest.mark.django_db
def test_a_withdrawn_invitation_is_not_emailed_by_a_late_task(event, facilitator, government_org):
    invitation = invite(event, facilitator, government_org)
    invitation_services.invitation_withdraw(invitation=invitation, by=facilitator)
    send_invitation_email.apply(args=(invitation.pk, BASE_URL))
    assert mail.outbox == []


@pytest.fixture
def broker_down():
    """The broker cannot be reached (nothing listens on its port)."""
    url = app.conf.broker_url
    app.conf.task_always_eager = False
    app.conf.broker_url = "redis://127.0.0.1:9/0"
    app._pool = app.amqp._producer_pool = None
    yield
    app.conf.broker_url = url
    app._pool = app.amqp._producer_pool = None


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_unreachable_broker_keeps_the_invitation_and_offers_to_resend(
    fclient, event, government_org, broker_down
):
    page = invite_on_the_page(fclient, event, government_org)
    assert f"The invitation to {EMAIL} is saved." in page
    assert "Its email could not be queued: the mail service is unavailable." in page
    assert "Invitation queued" not in page and mail.outbox == []
    invitation = Invitation.objects.get(email=EMAIL)
    resend = url("invitation_resend", event, invitation.pk)
    assert resend in fclient.get(url("people", event)).content.decode()

    app.conf.task_always_eager = True  # the mail service is back
    page = fclient.post(resend, follow=True).content.decode()
    assert f"Invitation queued: it will be emailed to {EMAIL}." in page
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [EMAIL]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_approving_a_registration_says_the_invitation_was_queued(fclient, event):
    registration = RegistrationRequest.objects.create(
        event=event,
        full_name="Rita Registrant",
        email="rita@example.org",
        organisation_name="Mbale District",
        organisation_kind="government",
    )
    page = fclient.post(
        url("registration_decide", event, registration.pk), {"decision": "approve"}, follow=True
    ).content.decode()
    assert "Rita Registrant was approved. Invitation queued: it will be emailed to" in page
    assert mail.outbox[-1].to == ["rita@example.org"]
