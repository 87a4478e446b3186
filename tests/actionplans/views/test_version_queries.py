"""The plan page lists its frozen versions at a fixed number of queries, however many."""

import pytest
from django.urls import reverse

from builders.plans import plan_with_versions
from tests.actionplans.helpers import close, freeze
from tests.helpers import client_for

pytestmark = pytest.mark.django_db

# The session, the user, the event, the plan with its chain, its totals, its versions, and the
# menu's permissions: as in test_plan, whatever the number of versions.
PLAN_PAGE_QUERIES = 19


@pytest.mark.parametrize("who", ["member", "facilitator"])
def test_the_plan_page_makes_the_same_queries_for_one_version_and_for_four(
    event, facilitator, core_group, django_assert_num_queries, who
):
    client = client_for(core_group[0].user if who == "member" else facilitator)
    plan = plan_with_versions(event=event, by=facilitator)
    url = reverse("actionplans:plan_detail", args=[event.pk])
    for count in (1, 4):
        while plan.versions.count() < count:
            close(freeze(plan, facilitator), facilitator)
        with django_assert_num_queries(PLAN_PAGE_QUERIES):
            page = client.get(url).content.decode()
        for number in range(1, count + 1):
            assert reverse("actionplans:version_detail", args=[event.pk, number]) in page
