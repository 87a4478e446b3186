"""Writes to key issues and the dot vote: issues from the group or from a round's gaps, dots,
the ballot's settings and its closing."""

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from actionplans.models import Ballot, KeyIssue, Vote
from assessments.models import AssessmentRound, Question
from cdfacil.models import User
from events.models import Event
from events.phases import act_check


def ballot_for(*, event: Event) -> Ballot:
    return Ballot.objects.get_or_create(event=event)[0]


def _check_questions(*, questions: list, assessment_round) -> None:
    """The questions behind a key issue come through a round, from its framework version."""
    if assessment_round is None:
        raise ValidationError(
            {"assessment_round": _("Questions can only be linked through a round.")}
        )
    in_version = set(
        Question.objects.filter(
            pk__in=[question.pk for question in questions],
            dimension__level__version_id=assessment_round.version_id,
        ).values_list("pk", flat=True)
    )
    outside = [question.code for question in questions if question.pk not in in_version]
    if outside:
        raise ValidationError(
            {
                "questions": _("These questions are not in the framework of this round: %(codes)s.")
                % {"codes": ", ".join(outside)}
            }
        )


def _refuse_once_closed(*, event_id: int, message: str) -> None:
    """Lock the event's ballot, and refuse with `message` if it is closed: the final ranking
    keeps the issues as they were voted on."""
    ballot = Ballot.objects.select_for_update().filter(event_id=event_id).first()
    if ballot is not None and ballot.is_closed:
        raise ValidationError(message)


@transaction.atomic
def key_issue_create(
    *,
    event: Event,
    title: str,
    description: str,
    source: str,
    assessment_round: AssessmentRound | None = None,
    questions: Iterable[Question] = (),
    by: User,
) -> KeyIssue:
    """A key issue written by the group, or drawn from the gaps of one of the event's rounds.

    The questions behind a gap must come from the round's framework version.
    """
    _refuse_once_closed(
        event_id=event.pk,
        message=_("The vote is closed; the ranking is final. No issue can be added."),
    )
    questions = list(questions)
    if source == KeyIssue.Source.GAP:
        if assessment_round is None:
            raise ValidationError({"assessment_round": _("Choose the round the gaps come from.")})
        if not questions:
            raise ValidationError({"questions": _("Choose at least one gap.")})
    if assessment_round is not None and assessment_round.event_id != event.pk:
        raise ValidationError({"assessment_round": _("This round belongs to another event.")})
    if questions:
        _check_questions(questions=questions, assessment_round=assessment_round)
    key_issue = KeyIssue(
        event=event,
        title=title,
        description=description,
        source=source,
        assessment_round=assessment_round,
        created_by=by,
    )
    # The creator may be left out (a seeded issue); the field is nullable for deleted accounts.
    key_issue.full_clean(exclude=["created_by"])
    key_issue.save()
    if questions:
        key_issue.questions.set(questions)
    return key_issue


@transaction.atomic
def key_issue_update(*, key_issue: KeyIssue, title: str, description: str) -> KeyIssue:
    """Reword an issue; refused once the vote is closed."""
    _refuse_once_closed(
        event_id=key_issue.event_id,
        message=_("The vote is closed; the ranking is final. No issue can be changed."),
    )
    key_issue.title = title
    key_issue.description = description
    # As on creation: an issue seeded without a creator, or whose creator left, stays editable.
    key_issue.full_clean(exclude=["created_by"])
    key_issue.save(update_fields=["title", "description"])
    return key_issue


@transaction.atomic
def key_issue_delete(*, key_issue: KeyIssue) -> None:
    """Remove an issue; the dots on it go back to the members. Refused once the vote is closed."""
    _refuse_once_closed(
        event_id=key_issue.event_id,
        message=_("The vote is closed; the ranking is final. No issue can be removed."),
    )
    key_issue.delete()


@transaction.atomic
def vote_cast(*, key_issue: KeyIssue, by: User, dots: int) -> Vote | None:
    """Put `dots` dots on a key issue (0 takes them back); the member's total is capped."""
    event = key_issue.event
    ballot = Ballot.objects.select_for_update().get_or_create(event=event)[0]
    if ballot.closed_at:
        raise ValidationError(_("The vote is closed; the ranking is final."))
    if not by.has_perm("actionplans.vote", event):
        raise ValidationError(_("Only core-group members vote on key issues."))
    if dots < 0:
        raise ValidationError({"dots": _("Dots cannot be negative.")})
    spent_elsewhere = (
        Vote.objects.filter(key_issue__event=event, voter=by)
        .exclude(key_issue=key_issue)
        .aggregate(total=Sum("dots"))["total"]
        or 0
    )
    if spent_elsewhere + dots > ballot.dots_per_member:
        raise ValidationError(
            {
                "dots": _(
                    "You have %(left)d dots left of %(total)d; move some from another issue first."
                )
                % {
                    "left": ballot.dots_per_member - spent_elsewhere,
                    "total": ballot.dots_per_member,
                }
            }
        )
    if dots == 0:
        Vote.objects.filter(key_issue=key_issue, voter=by).delete()
        return None
    vote, _created = Vote.objects.update_or_create(
        key_issue=key_issue, voter=by, defaults={"dots": dots}
    )
    return vote


@transaction.atomic
def vote_step(*, key_issue: KeyIssue, by: User, step: int) -> Vote | None:
    """Add (+1) or take back (-1) one dot, from the member's dots as they are now."""
    ballot = Ballot.objects.select_for_update().get_or_create(event_id=key_issue.event_id)[0]
    current = (
        Vote.objects.filter(key_issue=key_issue, voter=by).values_list("dots", flat=True).first()
        or 0
    )
    if current + step < 0:
        raise ValidationError({"dots": _("You have no dots on this issue to take back.")})
    spent = (
        Vote.objects.filter(key_issue__event_id=key_issue.event_id, voter=by).aggregate(
            total=Sum("dots")
        )["total"]
        or 0
    )
    if step > 0 and not ballot.closed_at and spent >= ballot.dots_per_member:
        raise ValidationError(
            {
                "dots": _(
                    "You have placed all %(total)d of your dots; take one back from another "
                    "issue first."
                )
                % {"total": ballot.dots_per_member}
            }
        )
    return vote_cast(key_issue=key_issue, by=by, dots=current + step)


@transaction.atomic
def ballot_settings_update(*, event: Event, dots_per_member: int) -> Ballot:
    """Set each member's dots; never below what someone has already placed."""
    ballot = Ballot.objects.select_for_update().get_or_create(event=event)[0]
    if ballot.closed_at:
        raise ValidationError(_("The vote is closed; its settings can no longer change."))
    ballot.dots_per_member = dots_per_member
    ballot.full_clean()
    spent = (
        Vote.objects.filter(key_issue__event=event)
        .values("voter")
        .annotate(total=Sum("dots"))
        .filter(total__gt=dots_per_member)
        .order_by("-total")
        .values_list("voter__first_name", "voter__last_name", "voter__username", "total")
    )
    over = list(spent)
    if over:
        names = ", ".join(
            f"{(f'{first} {last}'.strip() or username)} ({total})"
            for first, last, username, total in over
        )
        raise ValidationError(
            {
                "dots_per_member": _(
                    "Some members have already placed more dots than that: %(names)s. Set at "
                    "least %(most)d, or ask them to take some back first."
                )
                % {"names": names, "most": over[0][3]}
            }
        )
    ballot.save(update_fields=["dots_per_member"])
    return ballot


@transaction.atomic
def ballot_close(*, event: Event) -> Ballot:
    """Close the vote: the ranking is final. Open in core-group work once the baseline round
    is closed (the guards registered for the act say what is missing)."""
    ballot = Ballot.objects.select_for_update().get_or_create(event=event)[0]
    if ballot.closed_at is None:
        act_check(event=event, act="key_issue_vote")
        ballot.closed_at = timezone.now()
        ballot.save(update_fields=["closed_at"])
    return ballot


@transaction.atomic
def ballot_reveal(*, event: Event, revealed: bool) -> Ballot:
    """Show the totals to everyone while the vote goes on (`revealed`), or hide them again. Once
    the vote is closed they show for good."""
    ballot = Ballot.objects.select_for_update().get_or_create(event=event)[0]
    if ballot.closed_at:
        raise ValidationError(_("The vote is closed; its totals show to everyone."))
    if revealed and ballot.revealed_at is None:
        ballot.revealed_at = timezone.now()
    elif not revealed:
        ballot.revealed_at = None
    ballot.save(update_fields=["revealed_at"])
    return ballot
