"""Writes of the annual shared-needs round: the round and its steps, the candidates members
submit and the ones pulled from the network's published plans, the shared needs the
secretariat consolidates them into, and each member organisation's ballot."""

import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from actionplans.front_matter import largest_gaps
from actionplans.models import KeyIssue, PlanVersion
from actionplans.selectors.versions import snapshot_actions
from assessments.selectors.rounds import rounds_of_event
from cdfacil.models import AuditEntry
from cdfacil.services import audit_record
from networks.models import (
    Allocation,
    AllocationLine,
    Candidate,
    NeedsRound,
    Network,
    NetworkMember,
    SharedNeed,
)
from networks.selectors.needs import round_is_closed, round_ranking

ROUND_FIELDS = ("year", "points_per_member", "asks_ratings", "closes_at")
CANDIDATE_FIELDS = ("title", "description", "level", "theme", "method", "urgency", "concerned")
NEED_FIELDS = ("title", "description", "level", "theme", "continues")
# The plans the round pulls from: endorsed within this many days.
PULL_DAYS = 365


def _update(*, instance, fields, data: dict) -> list[str]:
    """`model_update`, except that whoever made the row may be gone (the field is nullable for
    deleted accounts, and rows a builder writes name nobody)."""
    refused = sorted(set(data) - set(fields))
    if refused:
        raise ValidationError({name: _("You are not allowed to do this") for name in refused})
    changed = [name for name, value in data.items() if getattr(instance, name) != value]
    for name in changed:
        setattr(instance, name, data[name])
    if changed:
        instance.full_clean(exclude=["created_by", "submitted_by"])
        instance.save()
    return changed


def _locked(round_: NeedsRound) -> NeedsRound:
    return NeedsRound.objects.select_for_update().get(pk=round_.pk)


def _round_audit(round_: NeedsRound, *, by, action: str, summary: str, **details) -> None:
    """An entry of the audit log about a round (no event: `details["network"]` names the
    network); `summary` is completed with the round's year and the network's name."""
    audit_record(
        action=action,
        summary=summary % {"year": round_.year, "network": round_.network.name},
        by=by,
        details={"network": round_.network_id, "round": round_.pk, **details},
    )


# --- The round ------------------------------------------------------------------------------


@transaction.atomic
def round_create(*, network, by, **data) -> NeedsRound:
    unknown = set(data) - set(ROUND_FIELDS)
    if unknown:
        raise ValidationError({name: _("You are not allowed to do this") for name in unknown})
    # One round a year: the network's row is locked so that two submissions at once are checked
    # one after the other; the database's constraint stays the last word.
    Network.objects.select_for_update().filter(pk=network.pk).first()
    round_ = NeedsRound(network=network, created_by=by, **data)
    round_.full_clean(exclude=["created_by"])
    try:
        with transaction.atomic():
            round_.save()
    except IntegrityError as error:
        raise ValidationError(
            {"year": _("The network already has a round for this year.")}
        ) from error
    return round_


@transaction.atomic
def round_update(*, round_: NeedsRound, data: dict, by) -> list[str]:
    round_ = _locked(round_)
    if round_.status == NeedsRound.Status.PUBLISHED:
        raise ValidationError(_("The round's result is published; the round no longer changes."))
    # What the ballots were cast against no longer changes once one is cast.
    terms = {
        "points_per_member": _("Ballots are cast; the points per member no longer change."),
        "asks_ratings": _("Ballots are cast; whether ratings are asked no longer changes."),
    }
    changed = {name for name in terms if name in data and getattr(round_, name) != data[name]}
    if changed and round_.allocations.exists():
        raise ValidationError({name: terms[name] for name in sorted(changed)})
    return _update(instance=round_, fields=ROUND_FIELDS, data=data)


@transaction.atomic
def round_open(*, round_: NeedsRound, by) -> NeedsRound:
    """Open the round to submissions and ballots (again, after a close, if its closing time is
    still ahead)."""
    round_ = _locked(round_)
    if round_.status not in (NeedsRound.Status.DRAFT, NeedsRound.Status.CLOSED):
        raise ValidationError(_("Only a round being prepared or closed can be opened."))
    if round_.closes_at is None or round_.closes_at <= timezone.now():
        raise ValidationError(
            {"closes_at": _("Set a closing date and time in the future before opening.")}
        )
    round_.status = NeedsRound.Status.OPEN
    round_.opened_at = round_.opened_at or timezone.now()
    round_.closed_at = None
    round_.save(update_fields=["status", "opened_at", "closed_at"])
    _round_audit(
        round_,
        by=by,
        action=AuditEntry.Action.ROUND_OPENED,
        summary=_("Round %(year)s of %(network)s was opened to submissions and ballots."),
    )
    return round_


@transaction.atomic
def round_close(*, round_: NeedsRound, by) -> NeedsRound:
    round_ = _locked(round_)
    if round_.status != NeedsRound.Status.OPEN:
        raise ValidationError(_("Only an open round can be closed."))
    round_.status = NeedsRound.Status.CLOSED
    round_.closed_at = timezone.now()
    round_.save(update_fields=["status", "closed_at"])
    _round_audit(
        round_,
        by=by,
        action=AuditEntry.Action.ROUND_CLOSED,
        summary=_("Round %(year)s of %(network)s was closed."),
    )
    return round_


@transaction.atomic
def round_publish(*, round_: NeedsRound, by) -> NeedsRound:
    """Publish the result: the ranking as it stands, frozen into the round, compared with last
    year's published round."""
    round_ = _locked(round_)
    if round_.status != NeedsRound.Status.CLOSED:
        raise ValidationError(_("Close the round before publishing its result."))
    if not round_.shared_needs.exists():
        raise ValidationError(_("The round has no shared need to publish."))
    round_.result = round_ranking(round_=round_)
    round_.status = NeedsRound.Status.PUBLISHED
    round_.published_at = timezone.now()
    round_.save(update_fields=["result", "status", "published_at"])
    _round_audit(
        round_,
        by=by,
        action=AuditEntry.Action.ROUND_PUBLISHED,
        summary=_("The result of round %(year)s of %(network)s was published."),
        needs=len(round_.result),
    )
    return round_


# --- Candidates -------------------------------------------------------------------------------


def _refuse_closed(round_: NeedsRound, message: str) -> None:
    if round_is_closed(round_):
        raise ValidationError(message)


@transaction.atomic
def candidate_submit(*, round_: NeedsRound, member: NetworkMember, by, **data) -> Candidate:
    """A need a representative submits for their organisation, while the round is open."""
    round_ = _locked(round_)
    _refuse_closed(round_, _("The round is closed; no need can be submitted."))
    if member.network_id != round_.network_id or not member.is_active:
        raise ValidationError({"member": _("This organisation is not a member of the network.")})
    unknown = set(data) - set(CANDIDATE_FIELDS)
    if unknown:
        raise ValidationError({name: _("You are not allowed to do this") for name in unknown})
    candidate = Candidate(
        round=round_,
        source=Candidate.Source.MEMBER,
        member=member,
        submitted_by=by,
        **data,
    )
    candidate.full_clean(exclude=["submitted_by"])
    candidate.save()
    return candidate


def _refuse_candidate_change(candidate: Candidate) -> None:
    _refuse_closed(candidate.round, _("The round is closed; its needs no longer change."))
    if candidate.shared_need_id is not None:
        raise ValidationError(
            _("The secretariat has put this need into a shared need; it no longer changes.")
        )


@transaction.atomic
def candidate_update(*, candidate: Candidate, data: dict, by) -> list[str]:
    candidate.round = _locked(candidate.round)
    candidate.refresh_from_db(fields=["shared_need"])
    _refuse_candidate_change(candidate)
    return _update(instance=candidate, fields=CANDIDATE_FIELDS, data=data)


@transaction.atomic
def candidate_withdraw(*, candidate: Candidate, by) -> None:
    candidate.round = _locked(candidate.round)
    candidate.refresh_from_db(fields=["shared_need"])
    _refuse_candidate_change(candidate)
    candidate.delete()


def published_versions(*, network, now=None):
    """The plan versions of the network's events that the round may pull from: endorsed within
    the last 12 months and published now (latest first). A withdrawal from donors empties
    `published_at`; `withdrawn_at` keeps the last withdrawal, also once published again."""
    now = now or timezone.now()
    return (
        PlanVersion.objects.filter(
            plan__event__network_link__network=network,
            status=PlanVersion.Status.ENDORSED,
            published_at__isnull=False,
            closed_at__gte=now - datetime.timedelta(days=PULL_DAYS),
        )
        .select_related("plan__event")
        .order_by("plan__event_id", "-number")
    )


def _gaps_as_published(event, version) -> dict | None:
    """The largest gaps of the event's latest assessment round closed when the version was
    closed (one with enough submitted responses), as the front matter reads them."""
    rounds = (
        rounds_of_event(event=event)
        .filter(closes_at__lte=version.closed_at)
        .order_by("-closes_at", "-number")
    )
    for assessment_round in rounds:
        gaps = largest_gaps(event, assessment_round)
        if gaps:
            return gaps
    return None


@transaction.atomic
def candidates_pull(*, round_: NeedsRound, by) -> int:
    """Pull as candidates the key issues and the largest gaps of the published plans of the
    network's events closed in the last 12 months; what came in before is not added again.
    Returns how many came in. Gaps are a question's shared scores, never an answer."""
    round_ = _locked(round_)
    if round_.status == NeedsRound.Status.PUBLISHED:
        raise ValidationError(_("The round's result is published; nothing more comes in."))
    have_issues = set(
        round_.candidates.filter(key_issue__isnull=False).values_list("key_issue_id", flat=True)
    )
    have_gaps = set(
        round_.candidates.filter(source=Candidate.Source.GAP).values_list(
            "event_id", "question_code"
        )
    )
    seen_events = set()
    new = []
    for version in published_versions(network=round_.network):
        event = version.plan.event
        if event.pk in seen_events or version.closed_at is None:
            continue  # the event's latest published version only
        seen_events.add(event.pk)
        # What the version published, not the event as it is now: the key issues its actions
        # name (by title, as they stood when it was closed), without their descriptions, and
        # the gaps of the latest assessment round closed before it.
        titles = {
            title
            for action in snapshot_actions(version.snapshot or {})
            for title in action.get("key_issues", [])
        }
        issues = KeyIssue.objects.filter(
            event=event, title__in=titles, created_at__lt=version.closed_at
        ).order_by("pk")
        for issue in issues:
            if issue.pk in have_issues:
                continue
            new.append(
                Candidate(
                    round=round_,
                    source=Candidate.Source.KEY_ISSUE,
                    title=issue.title[:200],
                    event=event,
                    plan_version=version,
                    key_issue=issue,
                )
            )
        gaps = _gaps_as_published(event, version)
        for row in gaps["rows"] if gaps else []:
            if (event.pk, row["code"]) in have_gaps:
                continue
            new.append(
                Candidate(
                    round=round_,
                    source=Candidate.Source.GAP,
                    title=str(row["text"])[:200],
                    event=event,
                    plan_version=version,
                    question_code=row["code"],
                    gap=Decimal(str(round(row["gap"], 2))),
                )
            )
    try:
        with transaction.atomic():
            Candidate.objects.bulk_create(new)
    except IntegrityError as error:  # a pull at the same moment brought them in
        raise ValidationError(_("Candidates were being pulled already; try again.")) from error
    return len(new)


# --- Shared needs -----------------------------------------------------------------------------


def _refuse_published(round_: NeedsRound) -> None:
    if round_.status == NeedsRound.Status.PUBLISHED:
        raise ValidationError(_("The round's result is published; its needs no longer change."))


def _check_candidates(round_: NeedsRound, candidates) -> list:
    candidates = list(candidates)
    if not candidates:
        raise ValidationError({"candidates": _("Choose at least one candidate.")})
    if any(candidate.round_id != round_.pk for candidate in candidates):
        raise ValidationError({"candidates": _("A candidate belongs to another round.")})
    # Read again under the round's lock: a candidate already in a shared need stays there.
    taken = Candidate.objects.filter(
        pk__in=[c.pk for c in candidates], shared_need__isnull=False
    ).count()
    if taken:
        raise ValidationError(
            {
                "candidates": ngettext(
                    "%(count)d of the chosen candidates is already in a shared need; choose "
                    "again among those waiting.",
                    "%(count)d of the chosen candidates are already in a shared need; choose "
                    "again among those waiting.",
                    taken,
                )
                % {"count": taken}
            }
        )
    return candidates


def _attach(candidates, need: SharedNeed) -> int:
    return Candidate.objects.filter(
        pk__in=[c.pk for c in candidates], shared_need__isnull=True
    ).update(shared_need=need)


@transaction.atomic
def need_create(*, round_: NeedsRound, candidates, by, title: str = "") -> SharedNeed:
    """A shared need made of one or more candidates; its wording is the first one's unless
    given."""
    round_ = _locked(round_)
    _refuse_published(round_)
    candidates = _check_candidates(round_, candidates)
    first = candidates[0]
    need = SharedNeed(
        round=round_,
        title=title or first.title,
        description=first.description,
        level=first.level,
        theme=first.theme,
        created_by=by,
    )
    need.full_clean(exclude=["created_by"])
    need.save()
    _attach(candidates, need)
    return need


@transaction.atomic
def need_add_candidates(*, need: SharedNeed, candidates, by) -> int:
    need.round = _locked(need.round)
    _refuse_published(need.round)
    candidates = _check_candidates(need.round, candidates)
    return _attach(candidates, need)


@transaction.atomic
def need_update(*, need: SharedNeed, data: dict, by) -> list[str]:
    need.round = _locked(need.round)
    _refuse_published(need.round)
    continues = data.get("continues")
    if continues is not None:
        last = continues.round
        if last.network_id != need.round.network_id or last.year != need.round.year - 1:
            raise ValidationError({"continues": _("Choose a need of last year's round.")})
    return _update(instance=need, fields=NEED_FIELDS, data=data)


@transaction.atomic
def need_merge(*, need: SharedNeed, into: SharedNeed, by) -> SharedNeed:
    """Merge `need` into `into`: every source and every point it had move onto `into`."""
    need.round = _locked(need.round)
    _refuse_published(need.round)
    if into.round_id != need.round_id:
        raise ValidationError({"into": _("Choose a need of the same round.")})
    if into.pk == need.pk:
        raise ValidationError({"into": _("A need cannot be merged into itself.")})
    need.sources.update(shared_need=into)
    # Points given to both stay one line on the target, added up (within the allowance still).
    for line in list(need.allocations.select_related("allocation")):
        target = AllocationLine.objects.filter(allocation=line.allocation, need=into).first()
        if target is None:
            line.need = into
            line.save(update_fields=["need"])
        else:
            target.points += line.points
            target.importance = target.importance or line.importance
            target.feasibility = target.feasibility or line.feasibility
            target.save(update_fields=["points", "importance", "feasibility"])
            line.delete()
    if into.continues_id is None and need.continues_id is not None:
        into.continues_id = need.continues_id
        into.save(update_fields=["continues"])
    round_, merged_pk, merged_title = need.round, need.pk, need.title
    need.delete()
    audit_record(
        action=AuditEntry.Action.NEEDS_MERGED,
        summary=_("The shared need “%(need)s” was merged into “%(into)s” (round %(year)s).")
        % {"need": merged_title, "into": into.title, "year": round_.year},
        by=by,
        details={
            "network": round_.network_id,
            "round": round_.pk,
            "need": merged_pk,
            "into": into.pk,
        },
    )
    return into


@transaction.atomic
def need_delete(*, need: SharedNeed, by) -> None:
    need.round = _locked(need.round)
    _refuse_published(need.round)
    if need.sources.exists():
        raise ValidationError(_("This need has sources; merge it into another instead."))
    if need.allocations.filter(points__gt=0).exists():
        raise ValidationError(_("Members gave this need points; merge it into another instead."))
    need.delete()


# --- The ballot -------------------------------------------------------------------------------


@transaction.atomic
def ballot_cast(*, round_: NeedsRound, member: NetworkMember, lines: dict, by) -> Allocation:
    """A member organisation's ballot: `lines` maps a shared need's id to (points, importance,
    feasibility). One ballot per organisation, replaced when cast again, until the close."""
    round_ = _locked(round_)
    _refuse_closed(round_, _("The round is closed; ballots no longer change."))
    if member.network_id != round_.network_id or not member.is_active:
        raise ValidationError(_("This organisation is not a member of the network."))
    needs = set(round_.shared_needs.values_list("pk", flat=True))
    if set(lines) - needs:
        raise ValidationError(_("A need of the ballot is not in this round."))
    total = 0
    for points, importance, feasibility in lines.values():
        if points is None or points < 0:
            raise ValidationError(_("Points cannot be negative."))
        total += points
        for rating in (importance, feasibility):
            if rating is not None and not 1 <= rating <= 5:
                raise ValidationError(_("Ratings go from 1 to 5."))
    if total > round_.points_per_member:
        raise ValidationError(
            _("You gave %(total)d points; your organisation has %(allowance)d. Take %(over)d off.")
            % {
                "total": total,
                "allowance": round_.points_per_member,
                "over": total - round_.points_per_member,
            }
        )
    allocation, _created = Allocation.objects.get_or_create(
        round=round_, member=member, defaults={"cast_by": by}
    )
    allocation.cast_by = by
    allocation.save(update_fields=["cast_by", "updated_at"])
    allocation.lines.all().delete()
    AllocationLine.objects.bulk_create(
        AllocationLine(
            allocation=allocation,
            need_id=need_id,
            points=points,
            importance=importance if round_.asks_ratings else None,
            feasibility=feasibility if round_.asks_ratings else None,
        )
        for need_id, (points, importance, feasibility) in lines.items()
        if points or (round_.asks_ratings and (importance or feasibility))
    )
    return allocation
