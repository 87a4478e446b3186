"""The plan's pages in French: amounts grouped with no-break spaces and their currency's minor
units (none for UGX), indicator values without ".00", colons with their space."""

import re
from decimal import Decimal

import pytest
from django.urls import reverse

from actionplans.models import Indicator
from tests.actionplans.helpers import build_plan, endorse_and_publish, make_donor, pledge, url
from tests.helpers import client_for

pytestmark = pytest.mark.django_db

NB = "\xa0"


def in_french(user):
    user.language = "fr"
    user.save(update_fields=["language"])
    return client_for(user)


def test_the_plan_page_in_french(event, government_org, facilitator, core_group):
    plan = build_plan(event, government_org, actions=2)  # 120,000 USD and 5,000,000 UGX
    Indicator.objects.filter(output__objective__plan=plan).update(target_value=Decimal("92.5"))

    page = in_french(facilitator).get(url("plan_detail", event)).content.decode()

    assert f"120{NB}000,00{NB}USD" in page
    assert f"5{NB}000{NB}000{NB}UGX" in page  # UGX has no minor unit
    assert "5000000" not in page and f"5{NB}000{NB}000,00" not in page
    # Indicator values with their significant decimals only (40, 92,5); the colon has its space.
    assert f"Districts with an approved annual plan (%){NB}:" in page
    assert re.search(r"valeur de référence\s+40 \(2026\)", page)
    assert re.search(r"cible\s+92,5 \(2028\)", page)
    assert "40,00" not in page and "92,50" not in page


def test_pledges_in_french_keep_each_currency_s_minor_units(
    event, government_org, facilitator, core_group
):
    version = endorse_and_publish(build_plan(event, government_org, actions=2), facilitator)
    donor = make_donor()
    usd, ugx = version.plan.objectives.get().outputs.get().actions.order_by("order")
    pledge(version, ugx, donor, "1500000", currency="UGX")
    pledge(version, usd, donor, "2500.5")

    page = in_french(facilitator).get(url("plan_pledges", event)).content.decode()

    assert f"1{NB}500{NB}000{NB}UGX" in page and f"2{NB}500,50{NB}USD" in page
    assert f"3{NB}500{NB}000{NB}UGX" in page  # the UGX gap
    assert "1500000" not in page and f"1{NB}500{NB}000,00" not in page

    donor_page = in_french(donor).get(reverse("actionplans:donor_plan", args=[version.pk]))
    assert f"Écart 3{NB}500{NB}000{NB}UGX" in re.sub(r"[ \n]+", " ", donor_page.content.decode())
