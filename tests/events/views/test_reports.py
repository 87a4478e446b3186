"""The event's reports page: what it offers, at a fixed number of queries however many rounds
and plan versions the event has."""

import pytest
from django.urls import reverse

from builders.plans import plan_with_versions
from builders.rounds import closed_round
from tests.actionplans.helpers import close, freeze
from tests.helpers import client_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def members(event, government_org, add_core_member):
    lead = add_core_member(event, government_org, is_lead=True)
    return [lead.user] + [add_core_member(event, government_org).user for _ in range(2)]


# The session, the user, the event, its rounds (with their counts), its plan's versions, the
# reports made of what is offered, and the menu's user and group permissions. The rules on
# each round and version ask nothing more.
REPORTS_PAGE_QUERIES = 9


@pytest.mark.parametrize("who", ["member", "facilitator"])
def test_the_reports_page_makes_the_same_queries_for_one_round_and_version_and_for_four(
    event, facilitator, members, django_assert_num_queries, who
):
    client = client_for(members[0] if who == "member" else facilitator)
    url = reverse("events:reports", args=[event.pk])
    closed_round(event=event, members=members)
    plan = plan_with_versions(event=event, by=facilitator)
    for count in (1, 4):
        while event.assessment_rounds.count() < count:
            closed_round(event=event, members=members)
        while plan.versions.count() < count:
            close(freeze(plan, facilitator), facilitator)
        with django_assert_num_queries(REPORTS_PAGE_QUERIES):
            page = client.get(url).content.decode()
        # Every round's results and every version are offered: each rule was really asked.
        for number in range(1, count + 1):
            assert f"(round {number})</option>" in page
            assert f"Action plan: version {number} (" in page
        assert f"(round {count + 1})" not in page
