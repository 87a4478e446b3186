"""The PDF report of a shared-needs round: its ranked result (frozen once published, live
before for the secretariat), compared with last year's, and how many members and events raised
each shared need. Donors may read it and one file serves everyone: it never names a member nor
quotes a source."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from cdfacil import reports
from networks.models import NeedsRound
from networks.selectors.needs import needs_with_source_counts, round_result
from networks.selectors.network import round_for


def round_for_report(user, pk):
    """The round for whoever may see its result: the secretariat always, everyone who sees the
    round once its result is published. `user` None is the worker."""
    if user is None:
        return NeedsRound.objects.select_related("network").filter(pk=pk).first()
    round_ = round_for(user=user, round_pk=pk)
    if round_ is None or not user.has_perm("networks.view_round_result", round_):
        return None
    return round_


def round_content(round_) -> dict:
    result = round_result(round_=round_)
    return {
        "round": round_.pk,
        "year": round_.year,
        "status": round_.status,
        "published_at": round_.published_at and round_.published_at.isoformat(),
        "rows": result["rows"],
        "last_round": result["last_round"] and result["last_round"].pk,
        "sources": [
            [need.pk, need.title, need.member_count, need.event_count]
            for need in needs_with_source_counts(round_=round_)
        ],
    }


def round_context(round_) -> dict:
    result = round_result(round_=round_)
    rank = {row["need"]: row["rank"] for row in result["rows"]}
    needs = sorted(
        needs_with_source_counts(round_=round_), key=lambda need: rank.get(need.pk, 10**6)
    )
    return {"round": round_, "network": round_.network, "result": result, "needs": needs}


NEEDS_ROUND = reports.register(
    reports.ReportKind(
        name="needs_round",
        label=_("Shared needs"),
        description=_(
            "a round's ranked shared needs with points, members and spread, compared with last "
            "year's round, and how many members and events raised each need"
        ),
        template="reports/needs_round.html",
        load_for=round_for_report,
        content=round_content,
        back_url=lambda round_: reverse("networks:round_result", args=[round_.pk]),
        event_of=lambda round_: round_.network,
        context=round_context,
        order=200,
        file_words=lambda round_: [round_.network.name, str(round_.year)],
        of_event=False,
    )
)
