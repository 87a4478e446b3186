"""Reads for the endorsement: who may take a position, the positions taken, and the tally of
them against the rule as the room follows it."""

from dataclasses import dataclass

from django.db.models import QuerySet
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from actionplans.endorsement import ENDORSING
from actionplans.models import PlanVersion, Position
from cdfacil.models import Organisation
from events.models import Event, Participation

# The organisations present that took no position: one label in the summary and the body.
NO_POSITION_TAKEN = gettext_lazy("Present, no position taken")


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
class Recorded:
    """An organisation as the closing record names it: its id and its name (as printed) then."""

    pk: int
    name: str

    def __str__(self):
        return self.name


@dataclass(frozen=True)
class Tally:
    version: PlanVersion
    counts: list[tuple[str, str, int]]  # (stance or "none", label, organisations)
    lead: Organisation | Recorded | None
    lead_stance: str | None  # the stance's label, None while the lead has not taken one
    lead_endorses: bool
    needs: list[str]  # what the rule still needs, in words; empty once it is met


def closing_record(*, version: PlanVersion) -> dict:
    """What the rule is decided on, now: the lead government organisation, the organisations
    present and the positions taken, as plain data kept with the version when it closes."""
    event = version.plan.event
    stances = dict(version.positions.values_list("organisation_id", "stance"))
    present = [
        (organisation.pk, str(organisation)) for organisation in event_organisations(event=event)
    ]
    lead = lead_organisation(event=event)
    return {
        "lead": [lead.pk, str(lead)] if lead else None,
        "present": [[pk, name] for pk, name in present],
        "stances": {str(pk): stance for pk, stance in stances.items()},
        "counts": {
            **{
                stance: sum(1 for taken in stances.values() if taken == stance)
                for stance in Position.Stance.values
            },
            "none": len({pk for pk, _name in present} - set(stances)),
        },
    }


def endorsement_tally(*, version: PlanVersion) -> Tally:
    """How the organisations stand on `version`: endorse, with reservations, object, abstain,
    and those present that have not taken a position; whether the lead government
    organisation endorses, and what the rule (`actionplans.endorsement`) still needs.

    A closed version is read from what was kept when it closed (`PlanVersion.closing_record`),
    with the organisations present without a position left out when there were none; an
    open one, or one closed before that record was kept, from today's data."""
    closed = version.status != PlanVersion.Status.OPEN
    record = version.closing_record if closed and version.closing_record else None
    if record is None:
        record = closing_record(version=version)
    stances = {int(pk): stance for pk, stance in record["stances"].items()}
    lead = Recorded(*record["lead"]) if record["lead"] else None
    counts = [
        (stance, label, record["counts"].get(stance, 0))
        for stance, label in Position.Stance.choices
    ]
    # While open, the room reads those present without a position as "not yet".
    if not closed:
        counts.append(("none", _("Not yet"), record["counts"]["none"]))
    elif record["counts"]["none"]:
        counts.append(("none", str(NO_POSITION_TAKEN), record["counts"]["none"]))
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
        # The kept record is read as data: a stance it does not know is shown as it was kept.
        lead_stance=dict(Position.Stance.choices).get(lead_stance, lead_stance) or None,
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
