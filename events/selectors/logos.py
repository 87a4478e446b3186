"""The organisations a report's cover names and shows the logos of: the lead ministry (the
core group lead's organisation, when it is a government one), then the facilitators'."""

from django.db.models import Q

from cdfacil.models import Organisation
from events.models import Event, Participation


def cover_organisations(
    *, event: Event, participations=None
) -> tuple[Organisation | None, list[Organisation]]:
    """(the lead ministry or None, the organisations in cover order, each once).
    `participations`, with their users' organisations loaded, saves the query when the caller
    has them already."""
    if participations is None:
        participations = (
            Participation.objects.filter(event=event)
            .filter(Q(is_lead=True) | Q(role=Participation.Role.FACILITATOR))
            .select_related("user__organisation")
            .order_by("pk")
        )
    participations = list(participations)
    lead = next((p.user.organisation for p in participations if p.is_lead), None)
    owner = lead if lead is not None and lead.is_government else None
    organisations = [owner] if owner is not None else []
    for participation in participations:
        organisation = participation.user.organisation
        if (
            participation.role == Participation.Role.FACILITATOR
            and organisation is not None
            and organisation not in organisations
        ):
            organisations.append(organisation)
    return owner, organisations
