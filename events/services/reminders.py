"""Reminders by email of each person's next steps, on the rules of `events.next_steps`.

Celery beat runs `events.tasks.send_reminders` (CELERY_BEAT_SCHEDULE), which asks every rule
for the platform's steps and queues one email per person who has a step not reminded in the
rule's number of days. The email task sends it and stores what it sent (`ReminderSent`,
unique per person, rule, subject and period), in one transaction: a mail server that fails
rolls the record back for the retry, and a task run twice sends nothing the second time. Each
reminder sent is in the audit log. A signed link in every email leads to a page where the
person turns reminders off (`ReminderOptOut`) by POST, without signing in.
"""

import datetime
from collections import defaultdict

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from cdfacil.models import AuditEntry
from cdfacil.services import audit_record
from events.models import Event, Participation, ReminderOptOut, ReminderSent
from events.next_steps import (
    Step,
    next_steps_everyone,
    next_steps_for,
    step_rule,
    step_rules,
)

User = get_user_model()

EPOCH = datetime.date(1970, 1, 1)
OFF_SALT = "cdfacil.reminders.off"


def reminder_period(*, rule: str, now: datetime.datetime) -> int:
    """The number of the rule's period `now` falls in: the record's key, so that a task run
    twice sends once. A reminder is due only once the rule's days have passed since the last
    one (`_reminded_lately`), so two reminders never share a period."""
    return (now.date() - EPOCH).days // step_rule(rule).remind_every_days


def _reminded_lately(*, user_ids, now: datetime.datetime) -> set[tuple[int, str, str]]:
    """(person, rule, subject) reminded less than the rule's days ago: not due yet, even if a
    period began since (a reminder at 23:00 is not followed by another at 00:00)."""
    longest = max((rule.remind_every_days for rule in step_rules()), default=1)
    rows = ReminderSent.objects.filter(
        user__in=user_ids, sent_at__gt=now - datetime.timedelta(days=longest)
    ).values_list("user_id", "rule", "subject", "sent_at")
    return {
        (user_id, rule, subject)
        for user_id, rule, subject, sent_at in rows
        if step_rule(rule) is not None
        and now - sent_at < datetime.timedelta(days=step_rule(rule).remind_every_days)
    }


def _key(step: Step) -> str:
    return f"{step.rule}|{step.subject}"


def reminders_due(*, now: datetime.datetime) -> dict[int, list[str]]:
    """Who has steps not yet reminded in this period, and which: person id -> step keys."""
    off = set(ReminderOptOut.objects.values_list("user_id", flat=True))
    steps = [step for step in next_steps_everyone(now=now) if step.user_id not in off]
    lately = _reminded_lately(user_ids={step.user_id for step in steps}, now=now)
    due = defaultdict(list)
    for step in steps:
        if (step.user_id, step.rule, step.subject) not in lately:
            due[step.user_id].append(_key(step))
    return dict(due)


def reminders_queue(*, base_url: str, now: datetime.datetime | None = None) -> int:
    """Queue one reminder email per person due one; returns how many were queued."""
    from events.tasks import send_reminder_email  # the tasks module imports this one

    due = reminders_due(now=now or timezone.now())
    for user_id, keys in due.items():
        send_reminder_email.delay(user_id, keys, base_url)
    return len(due)


def reminder_off_token(user) -> str:
    return signing.dumps(user.pk, salt=OFF_SALT)


def reminder_off_user(token: str):
    """The person a "turn reminders off" link is for, or None for a link not ours."""
    try:
        pk = signing.loads(token, salt=OFF_SALT)
    except signing.BadSignature:
        return None
    return User.objects.filter(pk=pk).first() if isinstance(pk, int) else None


def reminders_turn_off(*, user) -> None:
    ReminderOptOut.objects.get_or_create(user=user)


def reminders_turn_on(*, user) -> None:
    ReminderOptOut.objects.filter(user=user).delete()


def reminders_are_off(*, user) -> bool:
    return ReminderOptOut.objects.filter(user=user).exists()


def _steps(user, now) -> tuple[list[Step], dict[int, Event]]:
    events = Event.objects.filter(
        pk__in=Participation.objects.filter(user=user).values("event")
    ).only("pk", "title", "phase", "time_zone", "language")
    by_pk = {event.pk: event for event in events}
    return next_steps_for(user=user, events=list(by_pk.values()), now=now), by_pk


def reminder_email_send(
    *, user_id: int, keys: list[str], base_url: str, now: datetime.datetime | None = None
) -> int:
    """Email the person the steps named by `keys` that are still theirs and not yet reminded in
    this period, in their language (else their event's); run by a worker. Returns how many
    steps the email named (0: nothing sent). The mail server's errors propagate, for the task
    to try again, and the records of the failed try are rolled back."""
    now = now or timezone.now()
    user = User.objects.filter(pk=user_id, is_active=True).first()
    if user is None or not user.email or reminders_are_off(user=user):
        return 0
    wanted = set(keys)
    steps, events = _steps(user, now)
    steps = [step for step in steps if _key(step) in wanted]
    if not steps:
        return 0
    first_event = events.get(steps[0].event_id)
    language = user.language or (first_event.language if first_event else None)
    language = language or settings.LANGUAGE_CODE
    root = base_url.rstrip("/")
    with transaction.atomic(), translation.override(language):
        # The steps again, now in the person's language.
        lately = _reminded_lately(user_ids=[user.pk], now=now)
        steps = [
            step
            for step in _steps(user, now)[0]
            if _key(step) in wanted and (user.pk, step.rule, step.subject) not in lately
        ]
        new = []
        for step in steps:
            _record, created = ReminderSent.objects.get_or_create(
                user=user,
                rule=step.rule,
                subject=step.subject,
                period=reminder_period(rule=step.rule, now=now),
                defaults={"event_id": step.event_id, "sent_at": now},
            )
            if created:
                new.append(step)
        if not new:
            return 0
        off_link = root + reverse("events:reminders_off", args=[reminder_off_token(user)])
        body = render_to_string(
            "events/email/reminder.txt",
            {"user": user, "steps": new, "root": root, "off_link": off_link},
        )
        subject = _("Your next step: %(what)s") % {"what": new[0].what}
        for step in new:
            audit_record(
                action=AuditEntry.Action.REMINDER_SENT,
                summary=_("Reminder sent to %(name)s: %(what)s")
                % {"name": user.display_name, "what": step.what},
                # A donor's step is on an event they take no part in: its id is what is kept.
                event=Event(pk=step.event_id) if step.event_id else None,
                details={"rule": step.rule, "subject": step.subject, "user": user.pk},
            )
        EmailMessage(
            subject=subject,
            body=body,
            to=[user.email],
            headers={"List-Unsubscribe": f"<{off_link}>"},
        ).send()
    return len(new)
