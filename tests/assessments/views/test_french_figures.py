"""The assessment pages in French: scores with a decimal comma ("1,8"), amounts grouped with
no-break spaces and their currency's minor units, colons with their space."""

import re
from decimal import Decimal
from urllib.parse import quote

import pytest
from django.urls import reverse

from builders.rounds import answered_round
from tests.assessments.helpers import initiative
from tests.helpers import client_for

pytestmark = pytest.mark.django_db

NB = "\xa0"
# Six members' (current, desired): averages 11/6 and 19/6, shown as 1,8 and 3,2.
SCORES = [(1, 3), (2, 3), (2, 4), (2, 3), (2, 3), (2, 3)]


def in_french(user):
    user.language = "fr"
    user.save(update_fields=["language"])
    return client_for(user)


def test_results_in_french_write_scores_with_a_decimal_comma(event, version, members, facilitator):
    assessment_round = answered_round(event=event, members=members, version=version, scores=SCORES)

    response = in_french(facilitator).get(
        reverse("assessments:results", args=[event.pk, assessment_round.pk])
    )

    page = response.content.decode()
    assert "1,8 → 3,2" in page and "écart 1,3" in page
    text = re.sub(r"<(svg|script|style)\b.*?</\1>", "", page, flags=re.S)
    assert not re.search(r"\b\d\.\d\b", text)  # no decimal point in a score
    assert f"Résultats{NB}: Situation de référence" in page


def test_the_inventory_in_french_keeps_each_currency_s_minor_units(event, facilitator):
    initiative(event, title="A", budget=Decimal("510000000"), currency="UGX")
    initiative(event, title="B", budget=Decimal("1500.25"), currency="USD")

    page = in_french(facilitator).get(reverse("assessments:inventory", args=[event.pk]))

    body = page.content.decode()
    assert f"510{NB}000{NB}000{NB}UGX" in body and f"1{NB}500,25{NB}USD" in body
    assert f"510{NB}000{NB}000,00" not in body


def test_the_round_export_is_named_in_french(event, version, members, facilitator):
    assessment_round = answered_round(event=event, members=members, version=version, scores=SCORES)

    response = in_french(facilitator).get(
        reverse("assessments:export_xlsx", args=[event.pk, assessment_round.pk])
    )

    name = "Réponses à l'évaluation - Santé Ouganda - Situation de référence (cycle 1).xlsx"
    assert response["Content-Disposition"] == (
        "attachment; filename=\"Reponses a l'evaluation - Sante Ouganda - Situation de reference "
        f"(cycle 1).xlsx\"; filename*=UTF-8''{quote(name, safe='')}"
    )
