"""Live polls: a facilitator creates, starts and stops them; phones answer, once per poll."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from cdfacil.models import User
from cdfacil.writes import validated_save
from events.models import Event
from workshops.models import Poll, PollAnswer
from workshops.models.room import POLL_OPTIONS_MAX, TEXT_ANSWER_MAX

Kind, Status = Poll.Kind, Poll.Status


def poll_create(
    *, event: Event, question: str, kind: str, options: list[str], by: User | None
) -> Poll:
    """A poll not started yet. Choice and ranking polls need 2 to 10 different choices; the
    others keep none."""
    poll = Poll(event=event, question=question.strip(), kind=kind, created_by=by)
    options = [option.strip() for option in options if option.strip()]
    if poll.has_options:
        if not 2 <= len(options) <= POLL_OPTIONS_MAX:
            raise ValidationError(
                {
                    "options": _("Give from 2 to %(most)d choices, one per line.")
                    % {"most": POLL_OPTIONS_MAX}
                }
            )
        if len({option.casefold() for option in options}) < len(options):
            raise ValidationError({"options": _("Each choice must be different.")})
        if any(len(option) > 200 for option in options):
            raise ValidationError({"options": _("A choice has at most 200 characters.")})
        poll.options = options
    return validated_save(poll)


def poll_suggestions(*, event: Event) -> list[dict]:
    """The example polls offered on the control page, in the event's language: what people
    expect, for the kick-off, and the key issue that matters most, for day 5."""
    key_issues = list(event.key_issues.order_by("pk").values_list("title", flat=True))
    with override(event.language):
        suggestions = [
            {
                "question": _("What do you expect from these five days?"),
                "kind": Kind.TEXT,
                "options": [],
                "moment": _("Kick-off"),
            }
        ]
        if len(key_issues) >= 2:
            suggestions.append(
                {
                    "question": _("Which key issue matters most to your organisation?"),
                    "kind": Kind.SINGLE,
                    "options": key_issues[:POLL_OPTIONS_MAX],
                    "moment": _("Day 5"),
                }
            )
    for suggestion in suggestions:
        suggestion["options_text"] = "\n".join(suggestion["options"])
    return suggestions


@transaction.atomic
def poll_start(*, poll: Poll, by: User | None = None) -> Poll:
    """Open the poll to the phones; the poll open until now, if any, stops."""
    # The event's row is locked so that two polls started at once never both stay open.
    Event.objects.select_for_update().filter(pk=poll.event_id).first()
    poll = Poll.objects.get(pk=poll.pk)
    if poll.status == Status.OPEN:
        raise ValidationError(_("This poll is already open."))
    now = timezone.now()
    Poll.objects.filter(event_id=poll.event_id, status=Status.OPEN).update(
        status=Status.CLOSED, closed_at=now
    )
    poll.status, poll.opened_at, poll.closed_at = Status.OPEN, now, None
    poll.save(update_fields=["status", "opened_at", "closed_at"])
    return poll


@transaction.atomic
def poll_stop(*, poll: Poll, by: User | None = None) -> Poll:
    """No answer is taken any more; the results stay with the event."""
    poll = Poll.objects.select_for_update().get(pk=poll.pk)
    if poll.status != Status.OPEN:
        raise ValidationError(_("This poll is not open."))
    poll.status, poll.closed_at = Status.CLOSED, timezone.now()
    poll.save(update_fields=["status", "closed_at"])
    return poll


def _checked_answer(poll: Poll, choices: list[int], text: str) -> tuple[list[int], str]:
    """The answer as stored, or a refusal that says what to do."""
    n = len(poll.options)
    if poll.kind == Kind.TEXT:
        text = " ".join(text.split())
        if not text:
            raise ValidationError(_("Write a few words."))
        if len(text) > TEXT_ANSWER_MAX:
            raise ValidationError(
                _("Write at most %(most)d characters.") % {"most": TEXT_ANSWER_MAX}
            )
        return [], text
    if poll.kind == Kind.RATING:
        if len(choices) != 1 or choices[0] not in range(1, 6):
            raise ValidationError(_("Choose a rating from 1 to 5."))
        return choices, ""
    if any(index not in range(n) for index in choices) or len(set(choices)) < len(choices):
        raise ValidationError(_("Choose among the choices shown."))
    if poll.kind == Kind.SINGLE and len(choices) != 1:
        raise ValidationError(_("Choose one answer."))
    if poll.kind == Kind.MULTIPLE and not choices:
        raise ValidationError(_("Choose at least one answer."))
    if poll.kind == Kind.RANKING and len(choices) != n:
        raise ValidationError(_("Give each choice its own place."))
    return choices, ""


def poll_answer(*, poll: Poll, phone: str, choices: list[int], text: str = "") -> PollAnswer:
    """The phone's answer to an open poll, replacing the answer it gave before, if any.

    Nothing about the person is kept: `phone` is the random key of the phone's cookie."""
    if poll.status != Status.OPEN:
        raise ValidationError(_("This poll is closed: your answer was not recorded."))
    choices, text = _checked_answer(poll, choices, text)
    answer, _created = PollAnswer.objects.update_or_create(
        poll=poll, phone=phone, defaults={"choices": choices, "text": text}
    )
    return answer
