"""Reads of the annual shared-needs round: the rounds of a network, a member's state in a
round, the candidates and shared needs with their sources, a ballot, and the ranked result
compared with last year's published round."""

from django.db.models import Avg, Count, Max, Min, Prefetch, Q, Sum
from django.utils import timezone

from assessments.models import Level
from networks.models import Allocation, Candidate, NeedsRound, SharedNeed


def round_is_closed(round_: NeedsRound, now=None) -> bool:
    """Closed to submissions and ballots: not open, or its closing time has passed."""
    if round_.status != NeedsRound.Status.OPEN:
        return True
    return round_.closes_at is not None and round_.closes_at <= (now or timezone.now())


def rounds_of_network(*, network):
    return network.rounds.annotate(
        need_count=Count("shared_needs", distinct=True),
        ballot_count=Count("allocations", distinct=True),
    ).order_by("-year")


def last_year_round(round_: NeedsRound) -> NeedsRound | None:
    return NeedsRound.objects.filter(network_id=round_.network_id, year=round_.year - 1).first()


def round_counts(*, round_: NeedsRound) -> dict:
    """What the secretariat's hub shows: candidates (and how many wait), shared needs, ballots
    out of the current members."""
    candidates = round_.candidates.aggregate(
        total=Count("pk"),
        waiting=Count("pk", filter=Q(shared_need__isnull=True)),
        from_members=Count("pk", filter=Q(source=Candidate.Source.MEMBER)),
    )
    return {
        "candidates": candidates["total"],
        "waiting": candidates["waiting"],
        "from_members": candidates["from_members"],
        "from_plans": candidates["total"] - candidates["from_members"],
        "needs": round_.shared_needs.count(),
        "ballots": round_.allocations.count(),
        "members": round_.network.members.filter(left_at__isnull=True).count(),
    }


def members_of(*, network, member_ids):
    """The member organisations a person represents, by name."""
    return list(
        network.members.filter(pk__in=member_ids, left_at__isnull=True)
        .select_related("organisation")
        .order_by("organisation__name")
    )


def member_candidates(*, round_: NeedsRound, member_ids):
    return (
        round_.candidates.filter(member_id__in=member_ids)
        .select_related("member__organisation", "shared_need")
        .order_by("member__organisation__name", "pk")
    )


def ballots_of(*, round_: NeedsRound, member_ids) -> dict:
    """The ballots cast by these members, by member id."""
    return {
        allocation.member_id: allocation
        for allocation in round_.allocations.filter(member_id__in=member_ids).annotate(
            total=Sum("lines__points")
        )
    }


def ballot_lines(*, allocation: Allocation | None) -> dict:
    """need id -> line of a ballot."""
    if allocation is None:
        return {}
    return {line.need_id: line for line in allocation.lines.all()}


def waiting_candidates(*, round_: NeedsRound):
    return (
        round_.candidates.filter(shared_need__isnull=True)
        .select_related("member__organisation", "event")
        .order_by("source", "pk")
    )


def _source_counts(needs) -> None:
    for need in needs:
        sources = need.sources.all()
        need.member_count = len({c.member_id for c in sources if c.member_id})
        need.event_count = len({c.event_id for c in sources if c.event_id})


def needs_with_sources(*, round_: NeedsRound) -> list[SharedNeed]:
    """The round's shared needs with their sources (member or event named on each), and how
    many members and events raised each."""
    needs = list(
        round_.shared_needs.select_related("continues").prefetch_related(
            Prefetch(
                "sources",
                queryset=Candidate.objects.select_related("member__organisation", "event").order_by(
                    "pk"
                ),
            )
        )
    )
    _source_counts(needs)
    return needs


def needs_with_source_counts(*, round_: NeedsRound) -> list[SharedNeed]:
    """The round's shared needs with only how many members and events raised each: what
    everyone who reads the result may know (never which member, nor the sources' words)."""
    return list(
        round_.shared_needs.annotate(
            member_count=Count("sources__member", distinct=True),
            event_count=Count("sources__event", distinct=True),
        ).order_by("pk")
    )


def round_ranking(*, round_: NeedsRound, last: NeedsRound | None | bool = False) -> list[dict]:
    """The ranked shared needs as they stand: points, members behind each, the spread of points
    across the ballots (min-max, zero for a ballot that gave none), mean ratings, and each
    need's move since last year's published round. Plain data: publishing freezes it."""
    ballots = round_.allocations.count()
    needs = list(
        round_.shared_needs.annotate(
            points=Sum("allocations__points", default=0),
            members=Count("allocations", filter=Q(allocations__points__gt=0)),
            most=Max("allocations__points", default=0),
            least=Min("allocations__points", filter=Q(allocations__points__gt=0), default=0),
            importance=Avg("allocations__importance"),
            feasibility=Avg("allocations__feasibility"),
        ).order_by("-points", "-members", "title", "pk")
    )
    raised = {
        row["shared_need"]: row
        for row in Candidate.objects.filter(shared_need__round=round_)
        .values("shared_need")
        .annotate(members=Count("member", distinct=True), events=Count("event", distinct=True))
    }
    if last is False:
        last = last_year_round(round_)
    last_ranks = (
        {row["need"]: row["rank"] for row in last.result}
        if last is not None and last.status == NeedsRound.Status.PUBLISHED
        else {}
    )
    rows = []
    for rank, need in enumerate(needs, start=1):
        before = last_ranks.get(need.continues_id) if need.continues_id else None
        if before is None:
            change = "new"
        elif rank < before:
            change = "rose"
        elif rank > before:
            change = "fell"
        else:
            change = "same"
        rows.append(
            {
                "need": need.pk,
                "rank": rank,
                "title": need.title,
                "description": need.description,
                "level": need.level,
                "level_label": str(need.get_level_display()) if need.level else "",
                "theme": need.theme,
                "points": need.points,
                "members": need.members,
                "ballots": ballots,
                "min": need.least if need.members == ballots else 0,
                "max": need.most,
                "importance": _one_place(need.importance),
                "feasibility": _one_place(need.feasibility),
                "raised_by_members": raised.get(need.pk, {}).get("members", 0),
                "raised_by_events": raised.get(need.pk, {}).get("events", 0),
                "continues": need.continues_id,
                "last_rank": before,
                "change": change,
            }
        )
    return rows


def _one_place(value):
    return None if value is None else round(float(value), 1)


def round_result(*, round_: NeedsRound) -> dict:
    """The result to show: frozen once published, else live (the secretariat's view)."""
    published = round_.status == NeedsRound.Status.PUBLISHED
    last = last_year_round(round_)
    if published:
        # The frozen rows keep the level's code; its name is said in the reader's language.
        rows = [
            {**row, "level_label": str(Level.Code(row["level"]).label) if row["level"] else ""}
            for row in round_.result
        ]
    else:
        rows = round_ranking(round_=round_, last=last)
    return {
        "rows": rows,
        "published": published,
        "last_round": last if last is not None and last.status == "published" else None,
        "ballots": rows[0]["ballots"] if rows else round_.allocations.count(),
    }
