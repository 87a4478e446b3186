"""Reads for key issues and the dot vote."""

from django.db.models import IntegerField, Prefetch, Q, QuerySet, Sum, Value
from django.db.models.functions import Coalesce

from actionplans.models import Ballot, KeyIssue
from assessments.models import Question
from events.models import Event


def key_issues_ranked(*, event: Event, user=None) -> QuerySet[KeyIssue]:
    """The event's key issues, most dots first, with `total_dots` and this person's `my_dots`.

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
        .order_by("-total_dots", "pk")
    )


def ballot_of(*, event: Event) -> Ballot:
    """The event's ballot, or an unsaved one with the defaults: reading never creates it."""
    return Ballot.objects.filter(event=event).first() or Ballot(event=event)
