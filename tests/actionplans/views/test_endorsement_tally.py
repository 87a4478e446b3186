"""The endorsement page names the lead government organisation and shows the tally."""

from django.urls import reverse

from actionplans.services.endorsement import position_record
from actionplans.services.versions import plan_freeze
from builders.events import event_advance_to
from events.models import Event

# The version page as a facilitator sees it, the tally included.
QUERIES = 18


def frozen_for_endorsement(event, plan, facilitator):
    """The plan frozen in core-group work, and the event moved on to its endorsement."""
    event_advance_to(event=event, phase=Event.Phase.CORE_GROUP_WORK)
    version = plan_freeze(plan=plan, by=facilitator)
    event_advance_to(event=event, phase=Event.Phase.ENDORSEMENT)
    return version


def test_the_version_page_names_the_lead_organisation_and_tallies_the_positions(
    fclient, event, plan, facilitator, core_group, government_org, civil_society_org, stakeholder
):
    version = frozen_for_endorsement(event, plan, facilitator)
    detail = reverse("actionplans:version_detail", args=[event.pk, version.number])
    page = fclient.get(detail).content.decode()
    assert "Lead government organisation:" in page and "Ministry of Health" in page
    assert "no position yet" in page
    # Present: the facilitators, the government, the partner and civil society; no position yet.
    assert '<span class="tally-number">4</span> <span class="tally-label">Not yet</span>' in page

    position_record(
        version=version, organisation=civil_society_org, stance="object", comment="", by=stakeholder
    )
    page = fclient.get(detail).content.decode()
    assert '<span class="tally-number">1</span> <span class="tally-label">Object</span>' in page
    assert '<span class="tally-number">3</span> <span class="tally-label">Not yet</span>' in page
    assert "the lead government organisation, must endorse." in page
    assert "0 of 1 so far" in page

    lead = core_group[0].user
    position_record(
        version=version, organisation=government_org, stance="endorse", comment="", by=lead
    )
    page = fclient.get(detail).content.decode()
    assert "has endorsed (Endorse)" in page
    assert "1 of 2 so far" in page


def test_the_tally_costs_the_same_queries_however_many_positions(
    fclient,
    event,
    plan,
    facilitator,
    core_group,
    government_org,
    partner_org,
    civil_society_org,
    django_assert_num_queries,
):
    version = frozen_for_endorsement(event, plan, facilitator)
    detail = reverse("actionplans:version_detail", args=[event.pk, version.number])
    position_record(
        version=version, organisation=government_org, stance="endorse", comment="", by=facilitator
    )
    with django_assert_num_queries(QUERIES):
        fclient.get(detail)
    for organisation in (partner_org, civil_society_org):
        position_record(
            version=version, organisation=organisation, stance="abstain", comment="", by=facilitator
        )
    with django_assert_num_queries(QUERIES):
        fclient.get(detail)
