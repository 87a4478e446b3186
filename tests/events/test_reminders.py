"""Reminders by email of each person's next step: sent by the beat's task on the rules of the
dashboard's card, once per person, rule, subject and period, audit-logged, and turned off from
the email's link without signing in. The clock is frozen."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from actionplans.models import Action
from assessments.models import Response
from builders.rounds import answered_round
from cdfacil.models import AuditEntry
from events.models import ReminderOptOut, ReminderSent
from events.services import reminders as reminder_services
from events.tasks import send_reminders
from tests.actionplans.helpers import build_plan, make_donor, pledge
from tests.actionplans.helpers import endorse_and_publish as publish

pytestmark = pytest.mark.django_db


def freeze_clock(monkeypatch, moment):
    monkeypatch.setattr(timezone, "now", lambda: moment)


def again(rule, moment):
    """When a step reminded at `moment` is due again: the rule's days later."""
    return moment + datetime.timedelta(days=reminder_services.step_rule(rule).remind_every_days)


def next_period_start(rule, moment):
    """The first instant of the rule's next period after `moment`."""
    period = reminder_services.reminder_period(rule=rule, now=moment)
    days = reminder_services.step_rule(rule).remind_every_days
    start = reminder_services.EPOCH + datetime.timedelta(days=(period + 1) * days)
    return datetime.datetime.combine(start, datetime.time(6), tzinfo=datetime.UTC)


@pytest.fixture
def donor_with_old_pledge(event, core_group, facilitator, government_org):
    version = publish(build_plan(event, government_org), facilitator)
    donor = make_donor(first_name="Marie", email="marie@donor.example")
    action = Action.objects.filter(output__objective__plan__event=event).order_by("order").first()
    return donor, pledge(version, action, donor, "50000")


def test_a_pledge_indicated_60_days_ago_is_reminded_once_a_period(
    donor_with_old_pledge, monkeypatch, event
):
    donor, indicated = donor_with_old_pledge
    made = indicated.created_at
    freeze_clock(monkeypatch, made + datetime.timedelta(days=59))
    mail.outbox.clear()
    assert send_reminders() == 0
    assert mail.outbox == []

    moment = made + datetime.timedelta(days=61)
    freeze_clock(monkeypatch, moment)
    assert send_reminders() == 1
    (email,) = mail.outbox
    assert email.to == ["marie@donor.example"]
    assert email.subject == "Your next step: Confirm your pledge"
    assert "Dear Marie" in email.body
    assert "http://127.0.0.1:8000" + reverse("actionplans:pledge_edit", args=[indicated.pk]) in (
        email.body
    )
    off_link = email.extra_headers["List-Unsubscribe"].strip("<>")
    assert off_link in email.body
    sent = ReminderSent.objects.get()
    assert (sent.user, sent.rule, sent.subject, sent.event) == (
        donor,
        "pledge_indicated",
        f"pledge:{indicated.pk}",
        event,
    )
    entry = AuditEntry.objects.get(action=AuditEntry.Action.REMINDER_SENT)
    assert entry.event_id == event.pk
    assert "Reminder sent to Marie" in entry.summary and "Confirm your pledge" in entry.summary

    # The beat runs every hour: nothing more in the same period.
    freeze_clock(monkeypatch, moment + datetime.timedelta(hours=3))
    assert send_reminders() == 0
    freeze_clock(monkeypatch, again("pledge_indicated", moment) - datetime.timedelta(hours=1))
    assert send_reminders() == 0
    assert len(mail.outbox) == 1
    # The rule's days later, once more; after it is committed, never again.
    freeze_clock(monkeypatch, again("pledge_indicated", moment))
    assert send_reminders() == 1
    assert len(mail.outbox) == 2
    indicated.status = "committed"
    indicated.save()
    freeze_clock(monkeypatch, again("pledge_indicated", timezone.now()))
    assert send_reminders() == 0
    assert AuditEntry.objects.filter(action=AuditEntry.Action.REMINDER_SENT).count() == 2


def test_a_reminder_late_in_a_period_is_not_followed_by_another_when_the_next_begins(
    donor_with_old_pledge, monkeypatch
):
    """The hourly sweep at 23:00 on a period's last day, then at 00:30 in the next one."""
    donor, indicated = donor_with_old_pledge
    boundary = next_period_start(
        "pledge_indicated", indicated.created_at + datetime.timedelta(days=61)
    ).replace(hour=0)
    freeze_clock(monkeypatch, boundary - datetime.timedelta(hours=1))
    mail.outbox.clear()
    assert send_reminders() == 1
    freeze_clock(monkeypatch, boundary + datetime.timedelta(minutes=30))
    assert send_reminders() == 0
    assert len(mail.outbox) == 1


def test_a_member_is_reminded_in_their_language_of_an_unfinished_assessment(
    event, core_group, monkeypatch
):
    members = [participation.user for participation in core_group]
    members[0].language = "fr"
    members[0].save()
    assessment_round = answered_round(event=event, members=members, scores=None, submitted=2)
    freeze_clock(monkeypatch, assessment_round.opens_at + datetime.timedelta(hours=2))
    mail.outbox.clear()
    assert send_reminders() == 2  # the two who have not submitted
    by_person = {email.to[0]: email for email in mail.outbox}
    assert set(by_person) == {members[2].email, members[3].email}
    assert by_person[members[2].email].subject == "Your next step: Finish your assessment"

    Response.objects.filter(respondent=members[0]).update(status="in_progress")
    assert send_reminders() == 1
    french = mail.outbox[-1]
    assert french.to == [members[0].email]
    assert french.subject == "Votre prochaine étape\xa0: Terminez votre évaluation"
    assert "le cycle se clôt le" in french.body


def test_turning_reminders_off_from_the_email(donor_with_old_pledge, monkeypatch, client):
    donor, indicated = donor_with_old_pledge
    freeze_clock(monkeypatch, indicated.created_at + datetime.timedelta(days=61))
    mail.outbox.clear()
    send_reminders()
    off_link = mail.outbox[0].extra_headers["List-Unsubscribe"].strip("<>")
    path = off_link.removeprefix("http://127.0.0.1:8000")

    # No sign-in needed; opening the link changes nothing.
    page = client.get(path)
    assert page.status_code == 200
    assert "Turn reminders off" in page.content.decode()
    assert not ReminderOptOut.objects.exists()

    page = client.post(path, {"reminders": "off"}, follow=True)
    assert "Reminders are off: you will receive no more." in page.content.decode()
    assert ReminderOptOut.objects.get().user == donor
    freeze_clock(monkeypatch, again("pledge_indicated", timezone.now()))
    assert send_reminders() == 0
    assert len(mail.outbox) == 1

    client.post(path, {"reminders": "on"})
    assert not ReminderOptOut.objects.exists()
    assert send_reminders() == 1

    # A link tampered with is refused in words.
    page = client.get(path[:-3] + "xyz/")
    assert page.status_code == 404
    assert "This link is not valid." in page.content.decode()


def test_a_mail_server_failure_keeps_the_reminder_for_the_retry(donor_with_old_pledge, monkeypatch):
    donor, indicated = donor_with_old_pledge
    freeze_clock(monkeypatch, indicated.created_at + datetime.timedelta(days=61))
    keys = reminder_services.reminders_due(now=timezone.now())[donor.pk]

    def refuse(self, *args, **kwargs):
        raise ConnectionRefusedError("The mail server does not answer")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", refuse)
    with pytest.raises(OSError):
        reminder_services.reminder_email_send(user_id=donor.pk, keys=keys, base_url="http://x")
    assert not ReminderSent.objects.exists()
    assert not AuditEntry.objects.filter(action=AuditEntry.Action.REMINDER_SENT).exists()
    monkeypatch.undo()
    freeze_clock(monkeypatch, indicated.created_at + datetime.timedelta(days=61))
    assert (
        reminder_services.reminder_email_send(user_id=donor.pk, keys=keys, base_url="http://x") == 1
    )
    # A task delivered twice sends once.
    assert (
        reminder_services.reminder_email_send(user_id=donor.pk, keys=keys, base_url="http://x") == 0
    )


def test_the_beat_schedules_the_reminders(settings):
    entry = settings.CELERY_BEAT_SCHEDULE["send-reminders"]
    assert entry["task"] == "events.tasks.send_reminders"
    assert entry["schedule"] <= 3600


def test_late_actions_are_reminded_to_the_planners_every_fortnight(
    event, core_group, stakeholder, facilitator, government_org, monkeypatch
):
    from builders.events import event_advance_to
    from events.models import Event
    from tests.actionplans.helpers import endorse

    endorse(build_plan(event, government_org), facilitator)  # actions end on 31 December 2027
    event_advance_to(event=event, phase=Event.Phase.FOLLOW_UP)
    moment = datetime.datetime(2028, 1, 20, 7, tzinfo=datetime.UTC)
    freeze_clock(monkeypatch, moment)
    mail.outbox.clear()
    planners = {facilitator.email} | {p.user.email for p in core_group}
    assert send_reminders() == len(planners) == 5
    assert {email.to[0] for email in mail.outbox} == planners
    assert stakeholder.email not in {email.to[0] for email in mail.outbox}
    assert all(
        email.subject == "Your next step: Report progress on late actions" for email in mail.outbox
    )
    assert "2 actions of Health sector capacity development are past their end date" in (
        mail.outbox[0].body
    )
    assert (
        AuditEntry.objects.filter(action=AuditEntry.Action.REMINDER_SENT, event_id=event.pk).count()
        == 5
    )
    freeze_clock(monkeypatch, again("actions_late", moment) - datetime.timedelta(hours=1))
    assert send_reminders() == 0
    freeze_clock(monkeypatch, again("actions_late", moment))
    assert send_reminders() == 5
