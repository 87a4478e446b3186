"""Reads for key issues and the dot vote."""

from django.db.models import IntegerField, OuterRef, Prefetch, Q, QuerySet, Subquery, Sum, Value
from django.db.models.functions import Coalesce

from actionplans.models import Ballot, KeyIssue, Vote
from assessments.models import Question
from events.models import Event, Participation


def key_issues_ranked(*, event: Event, user=None, ranked: bool = True) -> QuerySet[KeyIssue]:
    """The event's key issues, most dots first, with `total_dots` and this person's `my_dots`;
    in the order they were written when not `ranked` (while the totals are hidden, the order
    would tell them).

    Both sums are computed in SQL; the linked question codes come in one more query.
    """
    mine = Q(votes__voter=user) if user is not None and user.is_authenticated else Q(pk=None)
    return (
        KeyIssue.objects.filter(event=event)
        .annotate(
            total_dots=Coalesce(Sum("votes__dots"), Value(0), output_field=IntegerField()),
            my_dots=Coalesce(
                Sum("votes__dots", filter=mine), Value(0), output_field=IntegerField()
            ),
        )
        .prefetch_related(
            Prefetch("questions", queryset=Question.objects.only("pk", "code").order_by("code"))
        )
        .order_by(*(["-total_dots", "pk"] if ranked else ["pk"]))
    )


def ballot_of(*, event: Event) -> Ballot:
    """The event's ballot, or an unsaved one with the defaults: reading never creates it."""
    return Ballot.objects.filter(event=event).first() or Ballot(event=event)


def ballot_voters(*, event: Event) -> list[Participation]:
    """The core group, each with `dots_spent` on this event's issues, by name. One query."""
    spent = (
        Vote.objects.filter(key_issue__event=event, voter=OuterRef("user"))
        .values("voter")
        .annotate(total=Sum("dots"))
        .values("total")
    )
    return list(
        Participation.objects.filter(event=event, role=Participation.Role.CORE_GROUP)
        .select_related("user")
        .annotate(dots_spent=Coalesce(Subquery(spent), Value(0), output_field=IntegerField()))
        .order_by("user__first_name", "user__last_name", "user__username")
    )
