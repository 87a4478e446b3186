"""Reads for the endorsement: who may take a position, the positions taken, and the tally of
them against the rule as the room follows it."""

from dataclasses import dataclass

from django.db.models import QuerySet
from django.utils.translation import gettext as _

from actionplans.endorsement import ENDORSING
from actionplans.models import PlanVersion, Position
from cdfacil.models import Organisation
from events.models import Event, Participation


def event_organisations(*, event: Event) -> QuerySet[Organisation]:
    """Organisations present in the event: those of its participants."""
    return Organisation.objects.filter(
        pk__in=event.participations.filter(user__organisation__isnull=False).values(
            "user__organisation"
        )
    ).order_by("name")


def version_positions(*, version: PlanVersion) -> QuerySet[Position]:
    return version.positions.select_related("organisation", "recorded_by").order_by(
        "organisation__name"
    )


def lead_organisation(*, event: Event) -> Organisation | None:
    """The organisation of the core group's lead, the lead government organisation."""
    lead = (
        Participation.objects.filter(event=event, role=Participation.Role.CORE_GROUP, is_lead=True)
        .select_related("user__organisation")
        .first()
    )
    return lead.user.organisation if lead else None


@dataclass(frozen=True)
class Tally:
    version: PlanVersion
    counts: list[tuple[str, str, int]]  # (stance or "none", label, organisations)
    lead: Organisation | None
    lead_stance: str | None  # the stance's label, None while the lead has not taken one
    lead_endorses: bool
    needs: list[str]  # what the rule still needs, in words; empty once it is met


def endorsement_tally(*, version: PlanVersion) -> Tally:
    """How the organisations stand on `version`: endorse, with reservations, object, abstain,
    and those present that have not taken a position yet; whether the lead government
    organisation endorses, and what the rule (`actionplans.endorsement`) still needs."""
    event = version.plan.event
    stances = dict(version.positions.values_list("organisation_id", "stance"))
    present = set(event_organisations(event=event).values_list("pk", flat=True))
    lead = lead_organisation(event=event)
    counts = [
        (stance, label, sum(1 for taken in stances.values() if taken == stance))
        for stance, label in Position.Stance.choices
    ]
    counts.append(("none", _("Not yet"), len(present - set(stances))))
    lead_stance = stances.get(lead.pk) if lead else None
    lead_endorses = lead_stance in ENDORSING
    needs = []
    if lead is None:
        needs.append(_("The core group has no lead government organisation."))
    elif not lead_endorses:
        needs.append(
            _("%(organisation)s, the lead government organisation, must endorse.")
            % {"organisation": lead}
        )
    taken = len(stances)
    endorsing = sum(1 for stance in stances.values() if stance in ENDORSING)
    if endorsing * 2 <= taken or not taken:
        needs.append(
            _(
                "A majority of the organisations that take a position must endorse: "
                "%(endorsing)d of %(taken)d so far."
            )
            % {"endorsing": endorsing, "taken": taken}
        )
    return Tally(
        version=version,
        counts=counts,
        lead=lead,
        lead_stance=Position.Stance(lead_stance).label if lead_stance else None,
        lead_endorses=lead_endorses,
        needs=needs,
    )


def event_tally(*, event: Event) -> Tally | None:
    """The tally of the event's latest frozen version, if its plan has one."""
    version = (
        PlanVersion.objects.filter(plan__event=event)
        .select_related("plan__event")
        .order_by("-number")
        .first()
    )
    return endorsement_tally(version=version) if version else None
