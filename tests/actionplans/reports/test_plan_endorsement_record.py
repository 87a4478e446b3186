"""A closed version's endorsement record is what the rule was decided on when it closed: a lead
or participants changed since change neither the PDF's record nor its summary's tally."""

import re

import pytest
from django.utils.html import strip_tags

from actionplans.models import PlanVersion
from actionplans.reports import version_content, version_context
from actionplans.selectors.endorsement import event_organisations
from actionplans.services import endorsement as endorsement_services
from builders.factories import OrganisationFactory, UserFactory
from cdfacil import reports, services
from cdfacil.models import Organisation
from events.models import Participation
from events.services.people import participation_add
from tests.actionplans.helpers import freeze, in_endorsement

pytestmark = pytest.mark.django_db


def _text(version) -> str:
    html = services.report_html(kind=reports.get("plan"), subject=version, language="en")
    return re.sub(r"\s+", " ", strip_tags(html))


def _change_the_lead_and_add_people(event, partner_org):
    """After the endorsement closed: the lead moves to another organisation, which took no
    position, and three organisations join the event."""
    Participation.objects.filter(event=event, is_lead=True).update(is_lead=False)
    Participation.objects.filter(event=event, user__organisation=partner_org).update(is_lead=True)
    for _index in range(3):
        organisation = OrganisationFactory(kind=Organisation.Kind.CIVIL_SOCIETY)
        participation_add(
            event=event,
            user=UserFactory(organisation=organisation),
            role=Participation.Role.STAKEHOLDER,
        )


def test_the_record_of_a_closed_version_is_the_one_kept_when_it_closed(
    version, government_org, partner_org
):
    event = version.plan.event
    version.refresh_from_db()
    assert version.closing_record["lead"] == [government_org.pk, str(government_org)]
    _change_the_lead_and_add_people(event, partner_org)

    record = version_context(version)["record"]
    assert str(record["tally"].lead) == str(government_org)
    assert record["tally"].lead_endorses
    # At closing the partner and the facilitators' organisation had no position; five now.
    assert ("none", "Present, no position taken", 2) in record["tally"].counts
    assert version_content(version)["lead"] == [government_org.pk, str(government_org)]

    text = _text(version)
    assert f"The lead government organisation, {str(government_org)}, endorsed it" in text
    assert "took no position: not met" not in text
    assert f"For the lead ministry: {str(government_org)}" in text
    # The summary and the body name and count the row alike.
    front = reports.front_matter("plan", version)
    assert ("Present, no position taken", 2) in front["tally"]["counts"]
    assert "Not yet" not in text


def test_once_closed_an_empty_no_position_row_is_left_out(
    plan, facilitator, core_group, partner_org
):
    version = in_endorsement(freeze(plan, facilitator), facilitator)
    for organisation in event_organisations(event=plan.event):
        endorsement_services.position_record(
            version=version,
            organisation=organisation,
            stance="endorse",
            comment="",
            by=facilitator,
        )
    version = endorsement_services.endorsement_close(version=version)
    assert version.status == PlanVersion.Status.ENDORSED
    _change_the_lead_and_add_people(plan.event, partner_org)
    stances = [
        stance for stance, _label, _count in version_context(version)["record"]["tally"].counts
    ]
    assert "none" not in stances
    assert "Present, no position taken" not in _text(version)
    assert reports.front_matter("plan", version)["tally"]["counts"] == [("Endorse", 3)]


def test_a_version_closed_before_the_record_was_kept_reads_todays_data(version, partner_org):
    PlanVersion.objects.filter(pk=version.pk).update(closing_record={})
    version.refresh_from_db()
    _change_the_lead_and_add_people(version.plan.event, partner_org)
    tally = version_context(version)["record"]["tally"]
    assert str(tally.lead) == str(partner_org) and not tally.lead_endorses
    assert ("none", "Present, no position taken", 5) in tally.counts


def test_an_open_version_follows_the_room(plan, facilitator, core_group, partner_org):
    version = in_endorsement(freeze(plan, facilitator), facilitator)
    _change_the_lead_and_add_people(plan.event, partner_org)
    tally = version_context(version)["record"]["tally"]
    assert str(tally.lead) == str(partner_org)
    # Three organisations present, three joined: none has a position yet.
    assert tally.counts[-1][0] == "none" and tally.counts[-1][2] == 6
    assert ("Present, no position taken", 6) in reports.front_matter("plan", version)["tally"][
        "counts"
    ]
